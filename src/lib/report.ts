/**
 * The e-mail a reader sends to report an error: to the site's contact
 * address, naming the section and its address, and quoting the text they
 * selected, if any. Pure, for the page (at build) and the browser alike.
 */

/** A quote longer than this is cut: a mail link must stay a sane length for every mail program. */
export const MAX_QUOTE = 600;

export interface Report {
  to: string;
  title: string;
  url: string;
  selected?: string;
}

export function reportMailto({ to, title, url, selected }: Report): string {
  const quote = (selected ?? '').replace(/\s+/g, ' ').trim();
  const cut = quote.length > MAX_QUOTE ? `${quote.slice(0, MAX_QUOTE - 1)}…` : quote;
  const body = [
    `Section: ${title}`,
    `Address: ${url}`,
    ...(cut ? ['', `The text in question: “${cut}”`] : []),
    '',
    'What is wrong, and what should it say? A source helps us check.',
    '',
  ].join('\n');
  return `mailto:${to}?subject=${encodeURIComponent(`Error report: ${title}`)}&body=${encodeURIComponent(body)}`;
}
