import { z } from 'astro/zod';
import { SLUG } from '../vocab/patterns';

/**
 * One deliberate exception to "no figure typed by hand", from
 * content/data/typed-figures.yaml. The content check refuses any digit, or
 * number word with a unit, in reader-facing text that is not a <Stat> or a
 * {{token}}, unless an entry here allows those exact words, with a reason.
 * An entry that no longer matches anything is reported, so the list stays short.
 */
export const typedFigureSchema = z.strictObject({
  id: z.string().regex(SLUG, 'lowercase words joined by hyphens'),
  /** The exact words allowed, as written in the content. */
  text: z.string().min(2),
  /** The file they may appear in, as its path under content/ ends (e.g. "story/02-the-cell.mdx"); absent: any file. */
  file: z.string().min(3).optional(),
  /** Why this figure is not a statistic. */
  reason: z.string().min(10),
});

export type TypedFigureData = z.infer<typeof typedFigureSchema>;
