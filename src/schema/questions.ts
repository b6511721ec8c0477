import { z } from 'astro/zod';

/**
 * A question for class discussion, with notes for the teacher. Both may use
 * {{statistic-id}} tokens, so any figure they mention comes from the data.
 */
export const discussionSchema = z.strictObject({
  /** The question, as the class sees it. */
  q: z.string().min(10),
  /** For the teacher: what to listen for, and where in the story the evidence is. */
  notes: z.string().min(20),
});

/** One answer to a self-check question, and why it is right or wrong. */
const choiceSchema = z.strictObject({
  text: z.string().min(1),
  correct: z.boolean().default(false),
  /** Shown when the reader picks it: the explanation, not just "wrong". */
  why: z.string().min(10),
});

/** A self-check question at the end of a section: exactly one correct choice. */
export const selfCheckSchema = z.strictObject({
  q: z.string().min(10),
  choices: z
    .array(choiceSchema)
    .min(2)
    .max(5)
    .refine((cs) => cs.filter((c) => c.correct).length === 1, { message: 'exactly one choice must have correct: true' }),
});

export type Discussion = z.infer<typeof discussionSchema>;
export type SelfCheck = z.infer<typeof selfCheckSchema>;
