CREATE TABLE "reports" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"section" text NOT NULL,
	"quote" text,
	"message" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "reports_by_time" ON "reports" USING btree ("created_at");