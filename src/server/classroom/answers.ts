/**
 * What a device may send: its random id, a question the site asks, and a
 * value that question allows. Checked against the content's catalog, so the
 * database holds only answers the site itself asked for.
 */
import { z } from 'astro/zod';
import { DEVICE_PATTERN } from '../../lib/classroom';
import type { Catalog, Question } from './catalog';
import { Refusal } from './http';

const deviceField = z.string().regex(DEVICE_PATTERN, 'device must be the 22-character id this site made on the device');

export const joinBody = z.strictObject({ device: deviceField });

export const answerBody = z.strictObject({
  device: deviceField,
  question: z.string().max(80),
  value: z.number().int('value must be a whole number'),
});

/** A body checked against a schema, or a 400 naming the first field that is wrong. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const r = schema.safeParse(body);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const field = issue.path.join('.') || 'body';
  throw new Refusal(400, issue.code === 'unrecognized_keys' ? `Unknown field: ${issue.keys.join(', ')}.` : `${field}: ${issue.message}`);
}

export interface CheckedAnswer {
  question: Question;
  value: number;
  /** Whether the chosen answer is right; null for a guess. */
  correct: boolean | null;
}

/** The answer, if its question is one the site asks and its value one it allows; else a 422 saying which. */
export function checkAnswer(catalog: Catalog, question: string, value: number): CheckedAnswer {
  const q = catalog.questions.get(question);
  if (!q) throw new Refusal(422, 'Unknown question.');
  if (q.kind === 'guess') {
    if (value < 0 || value > 100) throw new Refusal(422, 'A guess is a whole number from 0 to 100.');
    return { question: q, value, correct: null };
  }
  if (value < 0 || value >= q.choices) throw new Refusal(422, `This question has ${q.choices} choices, numbered from 0.`);
  return { question: q, value, correct: value === q.correct };
}
