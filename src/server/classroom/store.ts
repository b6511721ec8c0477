/**
 * The class service's reads and writes, through Drizzle: the only code that
 * touches the tables. Each write that must not half-happen is a transaction;
 * each rule that must hold under concurrency (one answer per device and
 * question, the device cap) is held by the database, not by a check before
 * the write.
 */
import { and, count, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/connect';
import { answers, classes, members } from '../db/schema';
import type { CheckedAnswer } from './answers';
import { Refusal } from './http';
import { deviceHash, hashKey, keyMatches, newClassCode, newTeacherKey } from './keys';
import { CLASS_DAYS, MAX_CLASS_DEVICES, READER_GUESS_DAYS } from './limits';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Codes are random; a clash with a live class is rare, five in a row is impossible in practice. */
const CODE_ATTEMPTS = 5;

export interface ClassRow {
  id: number;
  code: string;
  keyHash: string;
  createdAt: Date;
  expiresAt: Date;
}

/** A new class: its code and the teacher's key (returned once, stored only as a hash). */
export async function createClass(db: Db, now = new Date()): Promise<{ code: string; key: string; expiresAt: Date }> {
  const key = newTeacherKey();
  const expiresAt = new Date(now.getTime() + CLASS_DAYS * DAY_MS);
  for (let i = 0; i < CODE_ATTEMPTS; i++) {
    const code = newClassCode();
    const made = await db.insert(classes).values({ code, keyHash: hashKey(key), createdAt: now, expiresAt }).onConflictDoNothing().returning({ id: classes.id });
    if (made.length) return { code, key, expiresAt };
  }
  throw new Error('no free class code after several attempts');
}

/** A live class by its code, or a 404 (an expired class is gone, even before the purge reaches it). */
export async function findClass(db: Db, code: string): Promise<ClassRow> {
  const [row] = await db.select().from(classes).where(and(eq(classes.code, code), gt(classes.expiresAt, sql`now()`)));
  if (!row) throw new Refusal(404, 'No class with this code (it may have been deleted or expired).');
  return row;
}

/** A live class whose teacher key matches, or a 403. */
export async function teacherClass(db: Db, code: string, key: string): Promise<ClassRow> {
  const row = await findClass(db, code);
  if (!keyMatches(key, row.keyHash)) throw new Refusal(403, 'This key does not open this class.');
  return row;
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Adds the device to the class unless it is full; joining twice is fine. Call inside a transaction. */
async function ensureMember(tx: Tx, classId: number, device: string): Promise<void> {
  // Lock the class row: joins to one class take turns, so the cap holds under a rush.
  await tx.execute(sql`select id from ${classes} where ${classes.id} = ${classId} for update`);
  const [already] = await tx.select({ n: count() }).from(members).where(and(eq(members.classId, classId), eq(members.device, device)));
  if (already!.n > 0) return;
  const [inClass] = await tx.select({ n: count() }).from(members).where(eq(members.classId, classId));
  if (inClass!.n >= MAX_CLASS_DEVICES) throw new Refusal(409, `This class is full (${MAX_CLASS_DEVICES} devices).`);
  await tx.insert(members).values({ classId, device });
}

export async function join(db: Db, cls: ClassRow, device: string): Promise<void> {
  await db.transaction((tx) => ensureMember(tx, cls.id, deviceHash(device, cls.code)));
}

/**
 * Stores a device's first answer to a question, in a class or (cls null) as a
 * reader. A second answer to the same question is refused with a 409 and
 * changes nothing.
 */
export async function saveAnswer(db: Db, cls: ClassRow | null, device: string, a: CheckedAnswer): Promise<void> {
  const who = deviceHash(device, cls ? cls.code : 'readers');
  // Most answers come from a device already in the class: one indexed read, no lock.
  // A new device joins first, under the class's lock (the cap).
  if (cls) {
    const [member] = await db.select({ device: members.device }).from(members).where(and(eq(members.classId, cls.id), eq(members.device, who))).limit(1);
    if (!member) await db.transaction((tx) => ensureMember(tx, cls.id, who));
  }
  let saved: { id: number }[];
  try {
    saved = await db
      .insert(answers)
      .values({ classId: cls?.id ?? null, device: who, question: a.question.id, value: a.value, correct: a.correct })
      .onConflictDoNothing()
      .returning({ id: answers.id });
  } catch (error) {
    // The class was deleted between the read and the write.
    if (isForeignKeyViolation(error)) throw new Refusal(404, 'No class with this code (it may have been deleted or expired).');
    throw error;
  }
  if (!saved.length) throw new Refusal(409, 'This device has already answered this question; only the first answer counts.');
}

/** PostgreSQL's foreign_key_violation, from either driver (Drizzle may wrap it). */
function isForeignKeyViolation(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23503') return true;
  }
  return false;
}

/** What the dashboard is built from: the devices, and counts of answers by question, value and verdict. */
export async function classAnswers(db: Db, cls: ClassRow) {
  const [[students], byValue, byDevice] = await Promise.all([
    db.select({ n: count() }).from(members).where(eq(members.classId, cls.id)),
    db
      .select({ question: answers.question, value: answers.value, correct: answers.correct, n: count() })
      .from(answers)
      .where(eq(answers.classId, cls.id))
      .groupBy(answers.question, answers.value, answers.correct),
    db.select({ device: answers.device, question: answers.question }).from(answers).where(eq(answers.classId, cls.id)),
  ]);
  return { students: students!.n, byValue, byDevice };
}

/** Every reader's and student's guess about a question, counted by value. */
export async function guessCounts(db: Db, question: string) {
  return db.select({ value: answers.value, n: count() }).from(answers).where(eq(answers.question, question)).groupBy(answers.value);
}

export async function deleteClass(db: Db, cls: ClassRow): Promise<void> {
  await db.delete(classes).where(eq(classes.id, cls.id));
}

/** Deletes expired classes (with their devices and answers) and readers' guesses older than a year. */
export async function purgeExpired(db: Db, now = new Date()): Promise<{ classes: number; guesses: number }> {
  const gone = await db.delete(classes).where(lt(classes.expiresAt, now)).returning({ id: classes.id });
  const old = await db
    .delete(answers)
    .where(and(isNull(answers.classId), lt(answers.createdAt, new Date(now.getTime() - READER_GUESS_DAYS * DAY_MS))))
    .returning({ id: answers.id });
  return { classes: gone.length, guesses: old.length };
}
