/**
 * {{statistic-id}} tokens let strings outside prose (alt text, summaries,
 * captions) show a statistic without typing its number. `{{id|short}}` picks
 * the short chart form; `|when` and `|window` the year and the follow-up period
 * (src/lib/format.ts, STAT_FORMATS). Unknown ids are reported by the content check.
 */
import { STAT_FORMATS, type StatFormatName } from './format';

/** {{id}} or {{id|format}}, with any format of STAT_FORMATS. */
const TOKEN = new RegExp(`\\{\\{\\s*([a-z0-9-]+)\\s*(?:\\|\\s*(${STAT_FORMATS.join('|')})\\s*)?\\}\\}`, 'g');

export interface Token {
  id: string;
  format: StatFormatName;
}

export function tokensIn(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ id: m[1]!, format: (m[2] as StatFormatName | undefined) ?? 'full' }));
}

/** A token that opens the text or a sentence (after . ! ? and a space): its value starts with a capital. */
function opensSentence(text: string, offset: number): boolean {
  return /(^|[.!?]["”’)]?\s+)$/.test(text.slice(0, offset));
}

/** A piece of filled text: plain words, or a statistic's value with its id. */
export type FilledPart = { text: string; id?: undefined } | { text: string; id: string; format: StatFormatName };

/**
 * The text cut at its tokens, each token rendered (and capitalised where it
 * opens a sentence, as fillTokens does), so a page can mark every value with
 * the statistic it comes from.
 */
export function fillParts(text: string, render: (id: string, format: StatFormatName) => string): FilledPart[] {
  const parts: FilledPart[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index) });
    const format = (m[2] as StatFormatName | undefined) ?? 'full';
    const value = render(m[1]!, format);
    parts.push({ id: m[1]!, format, text: opensSentence(text, m.index) ? value.charAt(0).toUpperCase() + value.slice(1) : value });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/**
 * Replace every token using `render`, which receives the id and the format.
 * A value that begins a sentence is capitalised ("About 12 m²"), so a
 * statistic whose full form starts "about" can open a sentence or a choice.
 */
export function fillTokens(text: string, render: (id: string, format: StatFormatName) => string): string {
  return text.replace(TOKEN, (_, id: string, format: StatFormatName | undefined, offset: number) => {
    const value = render(id, format ?? 'full');
    return opensSentence(text, offset) ? value.charAt(0).toUpperCase() + value.slice(1) : value;
  });
}
