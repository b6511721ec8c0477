/**
 * Formatting of statistics for readers. One function, used everywhere a number
 * is shown: prose (<Stat>), chart labels, data tables, alt text and count-ups,
 * so the same record always reads the same way. Safe on server and client.
 */
import {
  FRACTION_TOLERANCE, FRACTION_WORDS, QUALIFIER_WORDS, UNIT_WORDS,
  type Qualifier, type Unit,
} from '../vocab/units';

export type StatValue = number | { min: number; max: number };

export interface Formattable {
  value: StatValue;
  unit: Unit;
  qualifier?: Qualifier | undefined;
  decimals?: number | undefined;
}

/**
 * - `full`: prose and alt text: "about 12 m²", "up to 5 years"
 * - `short`: chart labels, no qualifier, compact unit: "12 m²", "20%"
 * - `number`: the number alone: "12"
 */
export type StatFormat = 'full' | 'short' | 'number';

/**
 * Every way a statistic can be written, in prose (<Stat format="…">) and in
 * {{id|format}} tokens: the three value forms above, and two facts about the
 * record that are not its value, written without a footnote:
 * - `when`: the year or period it describes ("2005", "1980s");
 * - `window`: how long its group was followed ("two years"; needs `followUp`).
 */
export const STAT_FORMATS = ['full', 'short', 'number', 'when', 'window'] as const;
export type StatFormatName = (typeof STAT_FORMATS)[number];

/** Formats that describe the record rather than show its value: no footnote. */
export function isFacet(format: string | undefined): boolean {
  return format === 'when' || format === 'window';
}

export function isStatFormat(format: string): format is StatFormatName {
  return (STAT_FORMATS as readonly string[]).includes(format);
}

/** Counts up to ten in words, as prose writes a small number of years. */
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "two years": the follow-up period of a rate, as prose writes it. */
export function formatWindow(s: { followUp?: { years: number } | undefined }): string {
  const years = s.followUp?.years;
  if (years === undefined) return '';
  return `${NUMBER_WORDS[years] ?? formatNumber(years)} ${years === 1 ? 'year' : 'years'}`;
}

type Renderable = Formattable & Parameters<typeof formatWhen>[0] & Parameters<typeof formatWindow>[0];

/** A statistic written in any of STAT_FORMATS: the one switch every page uses. */
export function renderStat(s: Renderable, format: StatFormatName = 'full'): string {
  if (format === 'when') return formatWhen(s);
  if (format === 'window') return formatWindow(s);
  return formatStat(s, format);
}

const EN_DASH = '–';
/** Numbers are written the British way ("1,234.5"); the content is in British English. */
const LOCALE = 'en-GB';
/** From a million up, a number is written in words: "4 million", "1.3 billion". */
const WORDS_FROM = 1e6;
const inWords = new Intl.NumberFormat(LOCALE, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 });
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(decimals: number, group: boolean): Intl.NumberFormat {
  const key = `${decimals}:${group}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: group });
    formats.set(key, f);
  }
  return f;
}

/** Decimal places a value needs when none are given (4.5 → 1, 12 → 0). */
export function impliedDecimals(n: number): number {
  if (Number.isInteger(n)) return 0;
  const text = String(n);
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : Math.min(2, text.length - dot - 1);
}

/** "1,234", "4.5", "4 million"; `group: false` for calendar years. */
export function formatNumber(n: number, opts: { decimals?: number | undefined; group?: boolean } = {}): string {
  const group = opts.group ?? true;
  if (group && Math.abs(n) >= WORDS_FROM) return inWords.format(n);
  return numberFormat(opts.decimals ?? impliedDecimals(n), group).format(n);
}

export function round(n: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(n * f) / f;
}

function fractionWord(n: number): string | undefined {
  return FRACTION_WORDS.find(([v]) => Math.abs(v - n) < FRACTION_TOLERANCE)?.[1];
}

/** The value part alone, with a range written "10–12". */
function formatValuePart(s: Formattable): string {
  const words = UNIT_WORDS[s.unit];
  const num = (n: number) => formatNumber(n, { decimals: s.decimals, group: words.group ?? true });
  if (s.unit === 'fraction') {
    const single = typeof s.value === 'number' ? s.value : s.value.max;
    return fractionWord(single) ?? `${formatNumber(single * 100, { decimals: 0 })}%`;
  }
  if (s.unit === 'one-in') {
    const single = typeof s.value === 'number' ? s.value : s.value.max;
    return `1 in ${num(single)}`;
  }
  if (typeof s.value === 'number') return num(s.value);
  return `${num(s.value.min)}${EN_DASH}${num(s.value.max)}`;
}

function isOne(v: StatValue): boolean {
  return typeof v === 'number' && v === 1;
}

export function formatStat(s: Formattable, format: StatFormat = 'full'): string {
  const words = UNIT_WORDS[s.unit];
  const value = formatValuePart(s);
  if (format === 'number') return value;
  const prefix = words.prefix ?? '';
  const suffix =
    format === 'short' && words.short !== undefined
      ? words.short
      : words.suffix
        ? isOne(s.value) ? words.suffix.one : words.suffix.many
        : '';
  const core = `${prefix}${value}${suffix}`;
  if (format === 'short' || !s.qualifier) return core;
  return `${QUALIFIER_WORDS[s.qualifier]} ${core}`;
}

/** "2019", "1980s", or "2005–2007": when a statistic applies. */
export function formatWhen(s: { year?: number | undefined; period?: string | undefined }): string {
  return s.period ?? (s.year !== undefined ? String(s.year) : '');
}

/** A full date from the content (`2026-11-28`) as readers write it: "28 November 2026". */
export function formatDay(isoDate: string): string {
  // Noon UTC, so no time zone can move the day.
  return new Date(`${isoDate}T12:00:00Z`).toLocaleDateString(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

const MONTH = new Intl.DateTimeFormat(LOCALE, { month: 'long', timeZone: 'UTC' });
/** The English name of month `m` (1–12): "July". */
export function monthName(m: number): string {
  return MONTH.format(Date.UTC(2000, m - 1, 15));
}

/**
 * A source's date as precise as it is known: "7 July 2019", "July 2021",
 * "2019", or "undated".
 */
export function formatSourceDate(date: string): string {
  if (date === 'undated') return 'undated';
  const [y, m, d] = date.split('-');
  if (d) return formatDay(date);
  return m ? `${monthName(Number(m))} ${y}` : y!;
}
