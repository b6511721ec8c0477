/**
 * How to cite the story or one section: APA (7th ed.), MLA (9th ed.) and
 * Chicago (17th ed., bibliography entry) for a web page, plus a BibTeX entry
 * (biblatex @online, with year and month for plain BibTeX). The date is the
 * story's last update, from the corrections log; a section's citation carries
 * the section page's own address. Pure, so the formats are tested directly.
 *
 * Styles put the title of the whole work in italics; each citation is a list
 * of parts, so pages render <i> while the copy buttons copy plain text.
 */

import { monthName } from './format';

export interface CiteWork {
  /** The whole story's title. */
  story: string;
  /** The site's name, as a container for the story (MLA). */
  site: string;
  /** The author: a person or a group ("The Norway Prisons Explainer team"). */
  author: string;
  /** YYYY-MM-DD of the last update. */
  updated: string;
  /** Absolute URL of what is cited. */
  url: string;
  /** A section's title, when citing one section. */
  section?: string | undefined;
  /** Short key for BibTeX, e.g. "norwayprisons2026the-cell". */
  key: string;
}

export interface CitePart {
  text: string;
  italic?: boolean;
}
export type Citation = CitePart[];

export const STYLES = ['apa', 'mla', 'chicago', 'bibtex'] as const;
export type CiteStyle = (typeof STYLES)[number];
export const STYLE_NAMES: Record<CiteStyle, string> = { apa: 'APA', mla: 'MLA', chicago: 'Chicago', bibtex: 'BibTeX' };

/** MLA abbreviates months longer than four letters. */
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

function parts(day: string): { y: number; m: number; d: number } {
  const [y, m, d] = day.split('-').map(Number);
  return { y: y!, m: m!, d: d! };
}

/** End a title with the style's full stop, unless it already ends in punctuation. */
const period = (t: string) => (/[.?!]$/.test(t) ? t : `${t}.`);

export function apa(w: CiteWork): Citation {
  const { y, m, d } = parts(w.updated);
  const date = `(${y}, ${monthName(m)} ${d}).`;
  if (w.section) {
    return [{ text: `${period(w.author)} ${date} ${period(w.section)} In ` }, { text: w.story, italic: true }, { text: `. ${w.url}` }];
  }
  return [{ text: `${period(w.author)} ${date} ` }, { text: w.story, italic: true }, { text: `. ${w.url}` }];
}

export function mla(w: CiteWork): Citation {
  const { y, m, d } = parts(w.updated);
  const date = `${d} ${MLA_MONTHS[m - 1]} ${y}`;
  const url = w.url.replace(/^https?:\/\//, '');
  if (w.section) {
    return [{ text: `${period(w.author)} “${period(w.section)}” ` }, { text: w.story, italic: true }, { text: `, ${date}, ${url}.` }];
  }
  return [{ text: `${period(w.author)} ` }, { text: w.story, italic: true }, { text: `. ${w.site}, ${date}, ${url}.` }];
}

export function chicago(w: CiteWork): Citation {
  const { y, m, d } = parts(w.updated);
  const date = `Last modified ${monthName(m)} ${d}, ${y}.`;
  if (w.section) {
    return [{ text: `${period(w.author)} “${period(w.section)}” ` }, { text: w.story, italic: true }, { text: `. ${date} ${w.url}.` }];
  }
  return [{ text: `${period(w.author)} ` }, { text: w.story, italic: true }, { text: `. ${w.site}. ${date} ${w.url}.` }];
}

/** Characters BibTeX treats as syntax, escaped so titles survive. */
function bibEscape(text: string): string {
  return text.replace(/([\\{}&%$#_^~])/g, (c) => (c === '\\' ? '\\textbackslash{}' : c === '~' ? '\\textasciitilde{}' : c === '^' ? '\\textasciicircum{}' : `\\${c}`));
}

export function bibtex(w: CiteWork): Citation {
  const { y, m } = parts(w.updated);
  const fields: [string, string][] = [
    // Double braces: a group author is one name, not "team, The Norway…".
    ['author', `{${bibEscape(w.author)}}`],
    ['title', bibEscape(w.section ?? w.story)],
    ...(w.section ? [['maintitle', bibEscape(w.story)] as [string, string]] : []),
    ['organization', bibEscape(w.site)],
    ['date', w.updated],
    ['year', String(y)],
    ['month', monthName(m).slice(0, 3).toLowerCase()],
    ['url', w.url],
  ];
  const body = fields.map(([k, v]) => `  ${k} = ${k === 'month' ? v : `{${v}}`}`).join(',\n');
  return [{ text: `@online{${w.key},\n${body}\n}` }];
}

export const CITE: Record<CiteStyle, (w: CiteWork) => Citation> = { apa, mla, chicago, bibtex };

/** A citation as plain text, for copying. */
export const plain = (c: Citation): string => c.map((p) => p.text).join('');

/** A BibTeX key: letters and digits of the site, the year, and the section slug. */
export function bibKey(site: string, updated: string, slug?: string): string {
  const base = site.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]/g, '');
  return `${base}${updated.slice(0, 4)}${slug ? `-${slug}` : ''}`;
}
