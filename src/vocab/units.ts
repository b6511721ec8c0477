/**
 * Units and qualifiers a statistic may carry, and how each reads in English.
 * Imported on the server (prose, charts, tables) and in the browser (count-ups),
 * so it must stay free of Node and DOM APIs.
 */

export const UNITS = [
  'year', 'years', 'months', 'hours-a-day',
  'percent', 'fraction', 'one-in', 'times', 'per-100k',
  'm2', 'metres',
  'people', 'places', 'cells', 'credits', 'recommendations', 'states',
  'gbp', 'usd', 'nok',
] as const;
export type Unit = (typeof UNITS)[number];

export const QUALIFIERS = [
  'about', 'around', 'up-to', 'up-to-about', 'more-than', 'at-least', 'rarely-over', 'nearly',
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const QUALIFIER_WORDS: Record<Qualifier, string> = {
  about: 'about',
  around: 'around',
  'up-to': 'up to',
  'up-to-about': 'up to about',
  'more-than': 'more than',
  'at-least': 'at least',
  'rarely-over': 'rarely more than about',
  nearly: 'nearly',
};

/** How a unit is written after (or, for currencies, before) a number. */
interface UnitWords {
  /** Written before the number, e.g. "£". */
  prefix?: string;
  /** Long form after the number; `one` is used when the value is exactly 1. */
  suffix?: { one: string; many: string };
  /** Short form for chart labels, e.g. "%" or " m²". Defaults to the long form. */
  short?: string;
  /** Group thousands with commas? Calendar years are not grouped. */
  group?: boolean;
}

export const UNIT_WORDS: Record<Unit, UnitWords> = {
  year: { group: false },
  years: { suffix: { one: ' year', many: ' years' }, short: ' yrs' },
  months: { suffix: { one: ' month', many: ' months' }, short: ' mo' },
  'hours-a-day': { suffix: { one: ' hour a day', many: ' hours a day' }, short: ' h' },
  percent: { suffix: { one: '%', many: '%' } },
  fraction: {},
  'one-in': {},
  times: { suffix: { one: ' time', many: ' times' }, short: '×' },
  'per-100k': { suffix: { one: ' per 100,000 residents', many: ' per 100,000 residents' }, short: '' },
  m2: { suffix: { one: ' m²', many: ' m²' } },
  metres: { suffix: { one: ' metre', many: ' metres' }, short: ' m' },
  people: { suffix: { one: ' person', many: ' people' }, short: '' },
  places: { suffix: { one: ' place', many: ' places' }, short: '' },
  cells: { suffix: { one: ' cell', many: ' cells' }, short: '' },
  credits: { suffix: { one: ' credit', many: ' credits' }, short: '' },
  recommendations: { suffix: { one: ' recommendation', many: ' recommendations' }, short: '' },
  states: { suffix: { one: ' state', many: ' states' }, short: '' },
  gbp: { prefix: '£' },
  usd: { prefix: 'US$' },
  nok: { prefix: 'NOK ' },
};

/** Fractions we write as words. Values are matched within FRACTION_TOLERANCE. */
export const FRACTION_WORDS: ReadonlyArray<[number, string]> = [
  [1 / 2, 'half'],
  [1 / 3, 'one-third'],
  [2 / 3, 'two-thirds'],
  [1 / 4, 'a quarter'],
  [3 / 4, 'three-quarters'],
];
/** Stored fractions are rounded to four places (0.6667), so match to 1e-3. */
export const FRACTION_TOLERANCE = 1e-3;
