import { z } from 'astro/zod';
import { QUALIFIERS, UNITS } from '../vocab/units';
import { STATUSES } from '../vocab/status';
import { SLUG } from '../vocab/patterns';

/** A number, or a range written { min, max }. */
const value = z.union([
  z.number(),
  z.strictObject({ min: z.number(), max: z.number() }).refine((r) => r.min < r.max, {
    message: 'a range needs min < max',
  }),
]);


/** Where a figure belongs; charts colour by it (Norway cool, US warm). */
export const PLACES = ['norway', 'us', 'nordic', 'world'] as const;

/**
 * One statistic, from content/data/statistics.yaml. The entry id is its `id:`.
 * Strict: a misspelt field name is an error, not a silently ignored key.
 */
export const statisticSchema = z
  .strictObject({
    /** Permanent id, used by <Stat id="…"> and in data downloads. */
    id: z.string().regex(SLUG, 'lowercase words joined by hyphens'),
    /** The number, or { min, max } for a range. */
    value,
    /** What the number counts in; decides how it is written (src/vocab/units.ts). */
    unit: z.enum(UNITS),
    /** A hedge that belongs to the number: "about", "more than"… */
    qualifier: z.enum(QUALIFIERS).optional(),
    /** Decimal places to show; defaults to what the value has. */
    decimals: z.number().int().min(0).max(3).optional(),
    /** Short name, used in charts, tables and downloads. */
    label: z.string().min(3),
    /** What exactly is counted, over which group and period. */
    definition: z.string().min(20),
    /** The year the figure describes… */
    year: z.number().int().min(1800).max(2100).optional(),
    /** …or a period such as "1980s" when there is no single year. */
    period: z.string().min(2).optional(),
    /** Id of an entry in content/data/sources.yaml. */
    source: z.string().min(1),
    status: z.enum(STATUSES),
    /** What a careful reader must know before using the number. */
    caveat: z.string().min(10).optional(),
    place: z.enum(PLACES),
    /** Listed in "How the key statistics are defined" at the end of the story. */
    key: z.boolean().default(false),
    /**
     * Statistics that may share one chart axis have the same `measure`.
     * Defaults to the statistic's own id, so nothing shares an axis by accident.
     */
    measure: z.string().optional(),
    /**
     * For a rate that follows a group of people over time: what counts and for
     * how long. Charts build their row labels from it, and prose writes the
     * period with <Stat format="window"> ("two years"), so no period is typed.
     */
    followUp: z
      .strictObject({
        /** What is counted, as a chart row starts: "Arrested", "New sentence". */
        event: z.string().min(3),
        /** How long each person was followed. */
        years: z.number().int().positive(),
        /** Id of a statistic that limits whom the figure covers (e.g. the states with data). */
        coverage: z.string().optional(),
      })
      .optional(),
    /** For status "derived": the arithmetic, checked against `value` at build time. */
    derive: z
      .strictObject({
        op: z.enum(['multiply', 'divide', 'sum']),
        of: z.array(z.string()).min(2),
        round: z.number().int().min(0).max(3).default(0),
      })
      .optional(),
  })
  .refine((s) => (s.year === undefined) !== (s.period === undefined), {
    message: 'give exactly one of "year" or "period"',
    path: ['year'],
  })
  .refine((s) => (s.status === 'derived') === (s.derive !== undefined), {
    message: 'a "derived" statistic needs "derive" (and only a derived one may have it)',
    path: ['derive'],
  });

export type StatisticData = z.infer<typeof statisticSchema>;
