/**
 * The class-results service's one schema (PostgreSQL, through Drizzle). What
 * it holds is what the privacy page says it holds: no names, no accounts, no
 * IP addresses. A device appears only as a hash of its random id salted with
 * the class, so the same phone cannot be followed from one class to another.
 * Change a table here, then `npm run db:generate` writes the migration that
 * every server applies at start (db/migrations/).
 */
import { bigserial, boolean, index, integer, pgTable, primaryKey, serial, smallint, text, timestamp, unique } from 'drizzle-orm/pg-core';


/** A class a teacher created: a short code students type, and a hash of the teacher's key. */
export const classes = pgTable('classes', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  /** SHA-256 of the teacher's 128-bit key, hex; the key itself is never stored. */
  keyHash: text('key_hash').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  /** The service deletes the class, with everything in it, after this moment. */
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

/** The devices that joined a class: how many students are there. */
export const members = pgTable(
  'members',
  {
    classId: integer('class_id').notNull().references(() => classes.id, { onDelete: 'cascade' }),
    device: text('device').notNull(),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.classId, t.device] })],
);

/**
 * One first answer: the re-offending guess (0–100) or a self-check choice.
 * A reader outside any class has no class (their guess feeds only the
 * readers' histogram). Once per device and question: a second answer is
 * refused by the database itself, so no race can count it twice.
 */
export const answers = pgTable(
  'answers',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    classId: integer('class_id').references(() => classes.id, { onDelete: 'cascade' }),
    device: text('device').notNull(),
    /** `guess/<statistic>` or `<section slug>/<question index>`. */
    question: text('question').notNull(),
    /** The guess in percent, or the index of the chosen answer. */
    value: smallint('value').notNull(),
    /** Whether a chosen answer was right; null for a guess. */
    correct: boolean('correct'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('answers_once').on(t.classId, t.device, t.question).nullsNotDistinct(),
    index('answers_by_question').on(t.question),
  ],
);

/**
 * A reader's report of an error: which section, the words in question, and
 * what they say is wrong. No name, no address: nothing that identifies them.
 */
export const reports = pgTable(
  'reports',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** A section slug the content knows. */
    section: text('section').notNull(),
    /** The text the reader selected, if any. */
    quote: text('quote'),
    message: text('message').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('reports_by_time').on(t.createdAt)],
);
