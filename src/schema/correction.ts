import { z } from 'astro/zod';
import { DAY, SLUG } from '../vocab/patterns';


/** What kind of change an entry records; the log and the "Updated" notes name it. */
export const CORRECTION_KINDS = ['correction', 'clarification', 'update'] as const;

/** Each kind's name, as the log and its feed head an entry. */
export const CORRECTION_KIND_NAMES: Record<(typeof CORRECTION_KINDS)[number], string> = {
  correction: 'Correction', clarification: 'Clarification', update: 'Update',
};

/**
 * One entry of the corrections log, content/data/corrections.yaml. Every
 * change a reader could notice is recorded here: it drives the log page, its
 * Atom feed, the "Updated" note on each affected section and the story's
 * "last updated" date, so none of them can disagree.
 */
export const correctionSchema = z.strictObject({
  /** Permanent id: the anchor /corrections/#id and the feed entry's id. Never change it. */
  id: z.string().regex(SLUG, 'lowercase words joined by hyphens'),
  /** The day the change was published. */
  date: z.string().regex(DAY, 'use YYYY-MM-DD'),
  kind: z.enum(CORRECTION_KINDS),
  /** Slugs of the sections it changed; leave empty for a change to the whole story. */
  sections: z.array(z.string().regex(SLUG)).default([]),
  /**
   * A change that alters no fact, figure or claim a reader relies on (a
   * footnote mark, a repeated word, a citation added to a figure that stays
   * the same). Logged and in the feed like any other, but not flagged on the
   * section, where it would crowd out the changes that matter.
   */
  minor: z.boolean().default(false),
  /** What changed, in one or two sentences a reader can check against the page. */
  what: z.string().min(20),
  /** Why it changed. */
  why: z.string().min(20),
  /**
   * For a correction of wording: what the page said before and says now, quoted
   * (the most telling sentence or label, not whole paragraphs), so a reader can
   * see exactly what was wrong.
   */
  wording: z
    .array(z.strictObject({ before: z.string().min(2), after: z.string().min(2) }))
    .default([]),
});

export type CorrectionData = z.infer<typeof correctionSchema>;
