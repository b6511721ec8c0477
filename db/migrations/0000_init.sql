CREATE TABLE "answers" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"class_id" integer,
	"device" text NOT NULL,
	"question" text NOT NULL,
	"value" smallint NOT NULL,
	"correct" boolean,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "answers_once" UNIQUE NULLS NOT DISTINCT("class_id","device","question")
);
--> statement-breakpoint
CREATE TABLE "classes" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"key_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "classes_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "members" (
	"class_id" integer NOT NULL,
	"device" text NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "members_class_id_device_pk" PRIMARY KEY("class_id","device")
);
--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_class_id_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."classes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_class_id_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."classes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "answers_by_question" ON "answers" USING btree ("question");