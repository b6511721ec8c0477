import { z } from 'astro/zod';
import { SLUG } from '../vocab/patterns';
import { discussionSchema, selfCheckSchema } from './questions';

/** Lowercase words joined by hyphens: these become permanent URLs (/#slug). */

/** Front matter of one story section, content/story/*.mdx. */
export const sectionSchema = z.strictObject({
  /** Permanent id, used in links such as /#the-sentence. Never change a published slug. */
  slug: z.string().regex(SLUG, 'lowercase words joined by hyphens'),
  /** Position in the story, from 1. */
  order: z.number().int().min(1),
  /** The heading readers see. */
  title: z.string().min(3),
  /** Two to four words for the contents list and the progress bar. */
  kicker: z.string().min(3).max(40),
  /** One or two sentences; may use {{statistic-id}} tokens. */
  summary: z.string().min(20),
  /**
   * The statistic that stands for the section: its social card shows this
   * record's value, label and source (a number is never typed for a card).
   * Leave it out where any figure would give the section's twist away (the
   * room that turns out to be a cell): its card then shows the title and the
   * summary, which keep the secret. Never the answer to a <GuessSlider>
   * (the content check refuses it): the card would tell it first.
   */
  keyStat: z.string().regex(SLUG, 'a statistic id').optional(),
  /** Questions for class, with notes for the teacher (the teachers' guide and handout). */
  discussion: z.array(discussionSchema).min(1),
  /** One to three questions readers can check themselves on, after the section. */
  selfCheck: z.array(selfCheckSchema).min(1).max(3),
});

export type SectionData = z.infer<typeof sectionSchema>;
