import { z } from 'astro/zod';

/** Lowercase words joined by hyphens: these become permanent URLs (/#slug). */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

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
});

export type SectionData = z.infer<typeof sectionSchema>;
