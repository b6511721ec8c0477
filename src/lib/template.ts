/**
 * {{statistic-id}} tokens let strings outside prose (alt text, summaries,
 * captions) show a statistic without typing its number. `{{id|short}}` picks
 * the short chart form. Unknown ids are reported by the content check.
 */
import type { StatFormat } from './format';

const TOKEN = /\{\{\s*([a-z0-9-]+)\s*(?:\|\s*(full|short|number)\s*)?\}\}/g;

export interface Token {
  id: string;
  format: StatFormat;
}

export function tokensIn(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ id: m[1]!, format: (m[2] as StatFormat | undefined) ?? 'full' }));
}

/** Replace every token using `render`, which receives the id and the format. */
export function fillTokens(text: string, render: (id: string, format: StatFormat) => string): string {
  return text.replace(TOKEN, (_, id: string, format?: StatFormat) => render(id, format ?? 'full'));
}
