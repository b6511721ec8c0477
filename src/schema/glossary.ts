import { z } from 'astro/zod';
import { SLUG } from '../vocab/patterns';

/**
 * One glossary term, from content/data/glossary.yaml. The story marks a
 * term's first use with <Term id="…">; the glossary page lists them all.
 */
export const glossarySchema = z.strictObject({
  /** Permanent id, used by <Term id="…"> and in /glossary/#id links. */
  id: z.string().regex(SLUG, 'lowercase words joined by hyphens'),
  /** The term as a heading: "Preventive detention (forvaring)". */
  term: z.string().min(3),
  /** One to three plain sentences; may use {{statistic-id}} tokens. */
  definition: z.string().min(30).max(400),
  /** Id of the source the definition rests on, where one applies. */
  source: z.string().optional(),
  /** Related terms, by id. */
  see: z.array(z.string()).default([]),
});

export type GlossaryData = z.infer<typeof glossarySchema>;
