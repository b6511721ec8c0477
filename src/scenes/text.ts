/**
 * Text layout for scenes, on the server. SVG has no line wrapping, and a label
 * that comes from a record (its `label`, `caveat`…) can be any length, so a
 * scene measures it with Inter's advance widths and breaks it into lines that
 * fit the room it has. Measured in Chromium at weights 400 and 700 (em);
 * weights between are interpolated. Digits use the widest digit, because
 * scenes set tabular figures (.scene-svg in scrolly.css).
 *
 *   const lines = wrap(k.stat(id).caveat!, 380, 13.7);   // ['Differences…', …]
 */

const CHARS = ' !"#$%&\'()*+,-./:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~–—’“”·£≥…→øåé';
// prettier-ignore
const W400 = [28,29,47,63,64,98,64,30,36,36,50,66,29,46,29,36,29,30,66,66,66,51,97,69,65,73,72,60,59,75,74,27,57,67,57,90,75,76,64,76,64,64,65,74,69,99,68,68,63,36,36,36,47,46,32,56,61,57,61,58,37,61,59,24,24,55,24,88,59,60,61,61,38,53,33,59,56,82,55,56,55,43,33,43,66,50,100,26,44,44,29,61,55,86,100,60,56,58];
// prettier-ignore
const W700 = [24,34,55,65,65,102,67,34,38,38,56,68,33,47,33,39,33,34,68,68,68,56,102,75,66,74,72,61,59,75,75,28,58,72,57,93,76,77,65,78,66,65,67,73,75,104,74,73,66,38,39,38,49,48,37,58,63,59,63,60,40,63,62,27,27,58,27,91,62,61,63,63,41,56,37,62,60,85,58,60,57,47,37,47,68,50,100,31,54,53,33,64,55,100,100,61,58,60];
const DIGIT = { 400: 0.65, 700: 0.68 };
/** Characters not in the table: about an average lowercase letter. */
const OTHER = { 400: 0.6, 700: 0.62 };
/** Room for rounding and hinting; a label that only just fits is left some air. */
const SAFETY = 1.03;

const index = new Map([...CHARS].map((ch, i) => [ch, i]));

function advance(ch: string, weight: number): number {
  const t = Math.max(0, Math.min(1, (weight - 400) / 300));
  const mix = (a: number, b: number) => a + (b - a) * t;
  if (ch >= '0' && ch <= '9') return mix(DIGIT[400], DIGIT[700]);
  const i = index.get(ch);
  if (i === undefined) return mix(OTHER[400], OTHER[700]);
  return mix(W400[i]!, W700[i]!) / 100;
}

/** Width of `text` in user units at font size `size` and `weight`. */
export function textWidth(text: string, size: number, weight = 400): number {
  let em = 0;
  for (const ch of text) em += advance(ch, weight);
  return em * size * SAFETY;
}

/** Greedy line breaking at spaces. */
function greedy(words: string[], width: number, size: number, weight: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, weight) > width) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Breaks `text` at spaces into lines no wider than `width`. A single word
 * wider than `width` gets a line of its own (never cut mid-word). When it
 * costs no extra line, a parenthesis starts a new line rather than being
 * split from its opening words: "England and Wales / (average, all prisons)".
 */
export function wrap(text: string, width: number, size: number, weight = 400): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const plain = greedy(words, width, size, weight);
  const groups: string[][] = [[]];
  for (const word of words) {
    if (word.startsWith('(') && groups[groups.length - 1]!.length) groups.push([]);
    groups[groups.length - 1]!.push(word);
  }
  if (groups.length === 1) return plain;
  const grouped = groups.flatMap((g) => greedy(g, width, size, weight));
  return grouped.length <= plain.length ? grouped : plain;
}

/**
 * Wraps a run of spans (pieces of text that differ in style or in the
 * statistic they show) as one text, and returns each line's pieces, so a
 * wrapped label can keep its year in a tspan that carries data-stat.
 * Sizes are measured as if every span had `weight`.
 */
export function wrapSpans<S extends { text: string }>(spans: readonly S[], width: number, size: number, weight = 400): S[][] {
  const joined = spans.map((s) => s.text).join('');
  const bounds: Array<[number, number]> = [];
  let at = 0;
  for (const s of spans) {
    bounds.push([at, at + s.text.length]);
    at += s.text.length;
  }
  let cursor = 0;
  return wrap(joined, width, size, weight).map((line) => {
    const start = joined.indexOf(line, cursor);
    if (start === -1) throw new Error(`wrapSpans: "${line}" not found; spans must use single spaces`);
    const end = start + line.length;
    cursor = end;
    return spans.flatMap((s, i) => {
      const [a, b] = bounds[i]!;
      const from = Math.max(a, start);
      const to = Math.min(b, end);
      return to > from ? [{ ...s, text: joined.slice(from, to) }] : [];
    });
  });
}
