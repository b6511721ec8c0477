/**
 * Finds figures typed by hand into reader-facing text. Every figure a reader
 * sees must come from a record in content/data/statistics.yaml, through
 * <Stat> or a {{token}}, so prose can never drift from the data. Typed means:
 * - any digit ("12 m²", "2013", "21"), and
 * - a number word attached to a unit ("two years", "five-year", "ten times").
 * Deliberate exceptions (a decade named as history, a quiz's wrong answer)
 * are listed with a reason in content/data/typed-figures.yaml. Pure: used by
 * the content check (src/lib/content-check.ts) and its tests.
 */

export interface TypedFigure {
  /** The figure as written, e.g. "two years" or "2013". */
  figure: string;
  /** Where it starts in the text. */
  index: number;
}

/** A deliberate exception: `text` may appear in `file` (any file when absent). */
export interface Exception {
  text: string;
  file?: string | undefined;
  reason: string;
}

const NUMBER_WORDS = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred',
  'thousand', 'million', 'billion',
];
/** Units a number word can count; "one thing" or "three parts" are not figures. */
const UNIT_WORDS = [
  'years?', 'months?', 'weeks?', 'days?', 'hours?', 'minutes?', 'decades?', 'centuries', 'century',
  'metres?', 'meters?', 'feet', 'foot', 'square', 'times', 'percent', 'per cent',
  'people', 'prisoners', 'inmates', 'cells', 'places', 'states', 'credits', 'recommendations', 'officers', 'staff',
  'kroner', 'pounds', 'dollars',
];

const DIGITS = new RegExp(
  `\\d(?:[\\d,.]*\\d)?(?:\\s?(?:%|m²|m\\b|s\\b|st\\b|nd\\b|rd\\b|th\\b)|[\\s-](?:million|billion|${UNIT_WORDS.join('|')})\\b)?`,
  'g',
);
const WORD_FIGURE = new RegExp(
  `\\b(?:${NUMBER_WORDS.join('|')})(?:[\\s-]+(?:${NUMBER_WORDS.join('|')}))*[\\s-]+(?:${UNIT_WORDS.join('|')})\\b`,
  'gi',
);
/** {{statistic}} tokens are the right way to write a figure: never report them. */
const TOKEN = /\{\{[^}]*\}\}/g;

/** Every typed figure in `text`, in order. */
export function findTypedFigures(text: string): TypedFigure[] {
  const blanked = text.replace(TOKEN, (t) => ' '.repeat(t.length));
  const found: TypedFigure[] = [];
  for (const re of [DIGITS, WORD_FIGURE]) {
    for (const m of blanked.matchAll(re)) found.push({ figure: m[0], index: m.index });
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * The typed figures of `text` not covered by an exception for `file`; each
 * exception that covered something is added to `used`, so stale exceptions
 * can be reported.
 */
export function uncoveredFigures(text: string, file: string, exceptions: readonly Exception[], used?: Set<Exception>): TypedFigure[] {
  const ranges: Array<[number, number, Exception]> = [];
  for (const e of exceptions) {
    if (e.file && !file.endsWith(e.file)) continue;
    for (let at = text.indexOf(e.text); at !== -1; at = text.indexOf(e.text, at + 1)) ranges.push([at, at + e.text.length, e]);
  }
  return findTypedFigures(text).filter((f) => {
    const cover = ranges.find(([start, end]) => f.index >= start && f.index + f.figure.length <= end);
    if (cover) used?.add(cover[2]);
    return !cover;
  });
}

/** The line of `text` (1-based) on which `index` falls. */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}
