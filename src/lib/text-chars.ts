/**
 * The characters a built page can show, for subsetting its fonts. Pure, so it
 * is tested on its own (src/lib/text-chars.test.ts).
 */
import { decodeHTML as decode } from 'entities';

/** Visible text of an HTML document: element content and the attributes readers can meet (alt, title, aria-label, placeholder, value). */
export function visibleText(html: string): string {
  const withoutCode = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ');
  const attrs = [...withoutCode.matchAll(/\s(?:alt|title|aria-label|placeholder|value|content)="([^"]*)"/gi)].map((m) => m[1]);
  return decode(`${withoutCode.replace(/<[^>]*>/g, ' ')} ${attrs.join(' ')}`);
}

/**
 * Always kept, whatever the pages say today: printable ASCII (numbers and
 * words written by scripts at run time), Norwegian letters, and the
 * typographic marks the story uses.
 */
export const ALWAYS = (() => {
  let ascii = '';
  for (let c = 0x20; c <= 0x7e; c++) ascii += String.fromCharCode(c);
  return `${ascii}æøåÆØÅéèêëüöäÜÖÄ–—‘’“”…•·×÷²³€£§°\u00a0`;
})();

/** Sorted, de-duplicated characters of the given texts plus ALWAYS (no controls or whitespace other than space). */
export function charactersFor(texts: Iterable<string>): string {
  const set = new Set<string>(ALWAYS);
  for (const t of texts) for (const ch of t) if (!/[\u0000-\u001f\u007f]/.test(ch)) set.add(ch);
  return [...set].sort().join('');
}
