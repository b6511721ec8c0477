import { z } from 'astro/zod';
import { SLUG } from '../vocab/patterns';

/** "2019-07-07", "2019-07", "2019", or "undated". */
const DATE = /^(\d{4}(-\d{2}(-\d{2})?)?|undated)$/;

/**
 * One publication, from content/data/sources.yaml. The entry id is its `id:`.
 * Name the original publisher, title and date, never a mirror's.
 */
export const sourceSchema = z.strictObject({
  /** Permanent id, used by statistics and <Cite source="…">. */
  id: z.string().regex(SLUG, 'lowercase words joined by hyphens'),
  /** The organisation that published it: "BBC News", "Bureau of Justice Statistics (US)". */
  publisher: z.string().min(2),
  /** Author(s), when the publication names them. */
  author: z.string().min(2).optional(),
  /** Title as published; a [bracketed description] where the title is not known. */
  title: z.string().min(3),
  /** Publication date, as precise as known. */
  date: z.string().regex(DATE, 'use YYYY, YYYY-MM, YYYY-MM-DD or "undated"'),
  /** The original address. */
  url: z.url({ protocol: /^https?$/ }),
  /** True when `url` is a copy because no original address is known. */
  copy: z.boolean().default(false),
});

export type SourceData = z.infer<typeof sourceSchema>;
