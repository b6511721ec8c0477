/**
 * Gate: fact-check fixes that must hold on every built page (and the deck's
 * slides, a partial), whatever a later edit does to one of them. Read from dist/, as a reader or a journalist gets it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { Window } from 'happy-dom';
import { expect, it } from 'vitest';
import { DECK_SLIDES } from '../../src/lib/urls';
import { DIST, builtPages, builtText, readPage } from '../helpers/site';
import { readContent } from '../helpers/read-content';

function parse(html: string): Document {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true } });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
const words = (el: Element | Document) => (('body' in el ? el.body : el)?.textContent ?? '').replace(/\s+/g, ' ');

const content = readContent('content');
const stat = (id: string) => content.statistics.find((s) => s.id === id)!.data;
/** The four Nordic two-year figures share a definition, not a population. */
const NORDIC = ['norway-reconviction-2005-nordic', 'denmark-reconviction-2005', 'finland-reconviction-2005', 'sweden-reconviction-2005'];
const NORDIC_NOTE = /largely reflects? who each country (sends to prison|imprisons)/;

it('every page that compares the Nordic countries says the differences reflect who each imprisons', () => {
  const comparing = builtText()
    .map((p) => ({ path: p.path, doc: parse(readPage(p)) }))
    .filter(({ doc }) => NORDIC.filter((id) => doc.querySelector(`[data-stat="${id}"]`)).length >= 2);
  // The story, the section page, the embed, the handout and the data page at least.
  expect(comparing.map((p) => p.path)).toEqual(expect.arrayContaining(['/', '/story/does-it-work/', '/embed/reoffending/', '/handout/', '/data/']));
  for (const { path, doc } of comparing) expect(words(doc), path).toMatch(NORDIC_NOTE);
});

it('the Nordic figures carry the note in the data downloads', () => {
  for (const file of ['reoffending.csv', 'statistics.csv']) {
    const rows = parseCsv(readFileSync(join(DIST, 'data', file), 'utf8').replace(/^\uFEFF/, ''), { columns: true }) as Array<Record<string, string>>;
    for (const id of NORDIC.slice(1)) {
      const row = rows.find((r) => r.id === id);
      expect(row, `${file} ${id}`).toBeDefined();
      expect(row!.caveat, `${file} ${id}`).toMatch(NORDIC_NOTE);
    }
  }
});

it('the teachers’ guide names the weakness of the Nordic comparison wherever it uses it', () => {
  const doc = parse(readPage(builtPages().find((p) => p.path === '/teach/')!));
  const nordicMentions = [...doc.querySelectorAll('li, p')].filter((el) => /Nordic/.test(el.textContent ?? '') && NORDIC.some((id) => el.querySelector(`[data-stat="${id}"]`) || (el.textContent ?? '').includes('lowest in the Nordic')));
  expect(nordicMentions.length).toBeGreaterThan(0);
  for (const el of nordicMentions) expect(words(el)).toMatch(NORDIC_NOTE);
});

it('every cost of a prison place says what it averages', () => {
  const costs = content.statistics.filter((s) => s.data.measure === 'cost-per-place-bbc-2019');
  const averages = costs.filter((s) => /average/i.test(s.data.definition));
  expect(averages.length).toBeGreaterThan(0);
  for (const s of averages) expect(s.data.label, s.id).toMatch(/average, all prisons/);
  // The fairer pair for a high-security prison is on the chart.
  expect(costs.map((s) => s.id)).toContain('ew-cost-cat-a');
});

it('no page calls Halden Norway’s newest prison or says the 12 m² includes the bathroom', () => {
  // The corrections log quotes and names the old wording: that is its point.
  for (const p of builtText().filter((page) => !page.path.startsWith('/corrections/'))) {
    const text = words(parse(readPage(p)));
    expect(text, p.path).not.toMatch(/Halden is Norway’s newest|newest high-security prison/);
    expect(text, p.path).not.toMatch(/bathroom included|including its own shower/);
  }
});

it('the forvaring time frame, not the 30-year maximum, is where extensions start', () => {
  expect(stat('forvaring-frame-max').value).toBe(stat('norway-max-term').value);
  expect(stat('forvaring-frame-max').measure).toBe(stat('forvaring-extension').measure);
});

it('every figure in the prose carries the id of its record, but for the reasoned exceptions', () => {
  const allowed = content.typedFigures.map((e) => e.data.text);
  const pages = builtText().filter((p) => p.path === '/' || p.path === '/handout/' || p.path === DECK_SLIDES || p.path.startsWith('/story/'));
  expect(pages.length).toBeGreaterThan(7);
  const untraced: string[] = [];
  for (const p of pages) {
    const doc = parse(readPage(p));
    // The prose of every section, its figure captions and descriptions, and its questions;
    // the presenter's slides (each step's text, the show of hands).
    for (const root of doc.querySelectorAll('.prose, .self-check, .handout-q, .scene-data > p, figcaption, .slide')) {
      const walker = doc.createTreeWalker(root, 4 /* text */);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent ?? '';
        if (!/\d/.test(text)) continue;
        const el = n.parentElement!;
        // Drawings are checked scene by scene (tests/unit/scenes.test.ts), and a
        // drawing's hidden description (.scene-desc) is the same text as its
        // "Description and data", checked here with its ids; footnote marks,
        // question numbers, counts of questions and a still's step number are not figures; a quotation
        // is the speaker's; a show of hands votes on equal quarters of the
        // scale (src/lib/deck.ts), which are not figures about anything.
        if (el.closest('[data-stat], svg, .scene-desc, sup, .self-check__num, .self-check__intro, .handout-q__num, .scene-stills__step, blockquote, .embed-code, .hands__range')) continue;
        if (allowed.some((a) => text.includes(a))) continue;
        untraced.push(`${p.path}: “${text.trim().slice(0, 80)}”`);
      }
    }
  }
  expect(untraced).toEqual([]);
});
