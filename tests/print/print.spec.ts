/**
 * Paper: the handout (/handout/) and the story itself (/) printed to PDF by
 * Chromium on A4 and US Letter, then read back page by page. What a teacher
 * photocopies must have each section start a page, no figure split across
 * two pages, nothing from the screen's fixed header printed over the text,
 * the questions with room to answer, the glossary, and link addresses.
 */
import { expect, test, type Page } from '@playwright/test';
import { PAPER, readPdf, squash, type PrintedPdf } from '../helpers/pdf';

/**
 * A ceiling on the handout's length: the whole story, questions and all, is
 * about 30 pages; far more means something prints blank space or a figure
 * at the wrong size, and a class set would cost twice the paper.
 */
/** The handout's length with every section, its figures, tables and questions: 42 pages on Letter
 * since the fact-check added a third cell, caveats and wording; a jump past this means a layout fault. */
// 44 on Letter since each set of questions prints whole; 47 since each stepped scene's earlier
// pictures print with it, two to a row (2026-11-29; A4 stayed at 41).
const MAX_HANDOUT_PAGES = 47;

interface PrintFacts {
  /** Elements that would print at a fixed place (repeating on every sheet) or stick over the text. */
  pinned: string[];
  sections: { slug: string; kicker: string; title: string }[];
  /** Each figure's topmost drawn label and its caption: printed on one page, the figure is whole. */
  figures: { scene: string; top: string; caption: string }[];
  questions: { slug: string; text: string }[];
  /** The handout's sets of questions (Discuss; Check your understanding), each printed whole. */
  sets: { slug: string; heading: string; questions: string[] }[];
  /** Contents links styled apart from the rest ("you are here" on screen), which paper must not show. */
  tocHighlighted: string[];
  terms: string[];
  /** Glossary terms that print (a handout of chosen sections keeps only those its pages use). */
  printedTerms: string[];
  /** Addresses of links to other sites, which paper must print. */
  external: string[];
}

/** Reads, with print styles applied, what the printed pages must show. */
async function printFacts(page: Page): Promise<PrintFacts> {
  await page.emulateMedia({ media: 'print' });
  // What page.pdf() will print: the engine shows every scene's final state before printing.
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  const facts = await page.evaluate(() => {
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const pinned = [...document.querySelectorAll('body *')]
      .filter((el) => ['fixed', 'sticky'].includes(getComputedStyle(el).position) && shown(el))
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
    const sections = [...document.querySelectorAll('main section[id]')]
      .filter((s) => s.querySelector(':scope > .chapter__head'))
      .map((s) => ({ slug: s.id, kicker: text(s.querySelector('.chapter__kicker')), title: text(s.querySelector('.chapter__head h2')) }));
    // A label faded out in the final state (a scene that replaces one picture with the next) prints nothing.
    const drawn = (t: Element, f: Element) => {
      for (let e: Element | null = t; e && e !== f; e = e.parentElement) if (Number(getComputedStyle(e).opacity) === 0) return false;
      return true;
    };
    const figures = [...document.querySelectorAll('main figure[data-scene]')].filter(shown).map((f) => {
      // Paper shows each scene's final state: labels faded out by then (opacity 0,
      // or data-off) are drawn but never printed.
      const labels = [...f.querySelectorAll('svg text')].filter((t) => shown(t) && drawn(t, f) && text(t) && !t.closest('[data-off]'));
      labels.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
      return { scene: f.getAttribute('data-scene')!, top: text(labels[0]), caption: text(f.querySelector('figcaption')) };
    });
    const questions = [...document.querySelectorAll('.handout-questions')].flatMap((q) =>
      [...q.querySelectorAll('.handout-q__text')].map((p) => ({ slug: q.closest('section')!.id, text: text(p) })));
    const sets = [...document.querySelectorAll('.handout-qset')].map((set) => ({
      slug: set.closest('section')!.id,
      heading: text(set.querySelector('h3')),
      questions: [...set.querySelectorAll('.handout-q__text')].map((p) => text(p)),
    }));
    // Set one contents link as the screen's "you are here" would, then compare its print style with another's.
    const toc = [...document.querySelectorAll<HTMLAnchorElement>('.toc-list a')];
    toc[1]?.setAttribute('aria-current', 'location');
    const look = (a: Element) => { const c = getComputedStyle(a); return `${c.backgroundColor} ${c.fontWeight} ${c.color}`; };
    const tocHighlighted = toc.filter((a) => look(a) !== look(toc[0]!)).map((a) => text(a));
    toc[1]?.removeAttribute('aria-current');
    const terms = [...document.querySelectorAll('.handout-glossary dt')].map((dt) => text(dt));
    const printedTerms = [...document.querySelectorAll('.handout-glossary dt')].filter(shown).map((dt) => text(dt));
    const external = [...new Set([...document.querySelectorAll<HTMLAnchorElement>('main a[href^="http"]')].filter(shown).map((a) => a.getAttribute('href')!))];
    return { pinned, sections, figures, questions, sets, tocHighlighted, terms, printedTerms, external };
  });
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: null }); // page.pdf() prints with print styles unless told otherwise
  return facts;
}

async function print(page: Page, path: string, format: keyof typeof PAPER, ready?: () => Promise<void>): Promise<{ pdf: PrintedPdf; facts: PrintFacts }> {
  await page.goto(path);
  await page.evaluate(() => document.fonts.ready);
  // What a teacher waits for on screen before pressing Print (code that loads after the page).
  await ready?.();
  const facts = await printFacts(page);
  const pdf = await readPdf(await page.pdf({ format, printBackground: false }));
  return { pdf, facts };
}

/** A page's text without its page number ("3 / 32"), which the handout prints in the margin. */
const body = (page: string) => page.replace(/^\d+ \/ \d+ ?/, '');

/** A line that ends in a hyphen ("back-in-") reads back as "back-in- prison". */
const unbroken = (t: string) => t.replace(/(\w)- (?=\w)/g, '$1-');

/** The 1-based page on which a section begins: its kicker and title open the page (after the page number). */
function sectionPage(pdf: PrintedPdf, s: PrintFacts['sections'][number]): number {
  const heading = squash(`${s.kicker} ${s.title}`).toUpperCase();
  const i = pdf.pages.findIndex((p) => body(p).toUpperCase().startsWith(heading));
  return i + 1;
}

/**
 * Links to a place on a page (a data table's sources, `/#source-…`; a glossary
 * term, `/glossary/#…`) print no address: paper has the sources and the
 * glossary, and "(/#source-bjs-2021)" in a table cell is noise.
 */
function expectNoAnchorsPrinted(pdf: PrintedPdf) {
  const printed = pdf.pages.flatMap((p, i) => [...p.matchAll(/\(\/[^\s)]*#[^)]{0,30}/g)].map((m) => `page ${i + 1}: ${m[0]}`));
  expect(printed, 'addresses of anchors printed').toEqual([]);
}

function expectCleanPaper(pdf: PrintedPdf, facts: PrintFacts, format: keyof typeof PAPER) {
  const [w, h] = PAPER[format];
  // Chromium rounds the paper to whole CSS pixels: within a point or two.
  expect(Math.abs(pdf.size[0] - w)).toBeLessThan(2);
  expect(Math.abs(pdf.size[1] - h)).toBeLessThan(2);

  // Nothing fixed or sticky in print, and no line of text on every page but the page number.
  expect(facts.pinned).toEqual([]);
  const openings = pdf.pages.map((p) => body(p).slice(0, 40));
  expect(new Set(openings).size, 'every page starts with the same text: something is pinned to the page').toBeGreaterThan(1);
  expect(pdf.pages.findIndex((p) => !body(p)) + 1, 'a blank page').toBe(0);

  // Every section starts a new page, in order.
  expect(facts.sections.length).toBe(7);
  const starts = facts.sections.map((s) => sectionPage(pdf, s));
  expect(starts.every((p) => p > 0), `${JSON.stringify(facts.sections)} ${JSON.stringify(pdf.pages.map((p) => body(p).slice(0, 60)))} sections that do not open a page: ${facts.sections.filter((_, i) => !starts[i]).map((s) => s.slug).join(', ')}`).toBe(true);
  expect([...starts].sort((a, b) => a - b)).toEqual(starts);

  // No figure cut across two pages: its top label and its caption share a page.
  expect(facts.figures.length).toBeGreaterThanOrEqual(7);
  for (const f of facts.figures) {
    expect(f.top, `figure ${f.scene} has a label`).not.toBe('');
    const whole = pdf.pages.some((p) => p.includes(f.top) && p.includes(f.caption));
    expect(whole, `figure ${f.scene} ("${f.caption}") is split across pages`).toBe(true);
  }

  // Links to other sites print their addresses (which may wrap anywhere, so compare without spaces).
  const all = pdf.pages.join('').replace(/\s+/g, '');
  expect(facts.external.length).toBeGreaterThan(10);
  const missing = facts.external.filter((href) => !all.includes(href.replace(/\s+/g, '')));
  expect(missing, 'link addresses not printed').toEqual([]);
  expectNoAnchorsPrinted(pdf);
  return starts;
}

for (const format of ['A4', 'Letter'] as const) {
  test(`the handout prints cleanly on ${format}`, async ({ page }) => {
    const { pdf, facts } = await print(page, '/handout/', format);
    const starts = expectCleanPaper(pdf, facts, format);
    console.log(`handout on ${format}: ${pdf.pages.length} pages; sections start on pages ${starts.join(', ')}`);
    expect(pdf.pages.length).toBeLessThanOrEqual(MAX_HANDOUT_PAGES);
    expect(starts[0], 'the title block and contents fit on the first sheet').toBe(2);

    // Every section's questions follow it, before the next section begins.
    expect(facts.questions.length).toBeGreaterThanOrEqual(14);
    for (const q of facts.questions) {
      const i = facts.sections.findIndex((s) => s.slug === q.slug);
      const from = starts[i]!;
      const to = (starts[i + 1] ?? pdf.pages.length + 1) - 1;
      const on = pdf.pages.findIndex((p, n) => n + 1 >= from && n + 1 <= to && unbroken(p).includes(unbroken(q.text))) + 1;
      expect(on, `question "${q.text.slice(0, 50)}…" of ${q.slug} is not printed within its section`).toBeGreaterThan(0);
    }

    // Each set of questions prints whole on one page: a question spilled onto a
    // page of its own (as on Letter pages 5, 9, 17 and 21 before) is not a worksheet.
    expect(facts.sets.length).toBe(facts.sections.length * 2);
    const split = facts.sets.filter((set) => !pdf.pages.some((p) => set.questions.every((q) => unbroken(p).includes(unbroken(q)))));
    expect(split.map((set) => `${set.slug}: ${set.heading}`), 'question sets split across pages').toEqual([]);

    // The contents print as a plain list, with no "you are here" on paper.
    expect(facts.tocHighlighted, 'contents links printed apart from the others').toEqual([]);

    // The glossary, after the last section, with every term.
    const glossaryPage = pdf.pages.findIndex((p, n) => n + 1 > starts.at(-1)! && /^\d+ \/ \d+ Glossary\b/.test(p)) + 1;
    expect(glossaryPage, 'the glossary opens a page after the last section').toBeGreaterThan(0);
    expect(facts.terms.length).toBeGreaterThanOrEqual(11);
    const after = pdf.pages.slice(glossaryPage - 1).join(' ');
    expect(facts.terms.filter((t) => !after.includes(t))).toEqual([]);
  });

  test(`a handout of chosen sections prints only those, and only their glossary terms, on ${format}`, async ({ page }) => {
    const { pdf, facts } = await print(page, '/handout/?assign=the-cell,does-it-work', format, () =>
      expect(page.locator('handout-selection')).toContainText('sections your teacher chose'));
    expect(facts.pinned).toEqual([]);
    const chosen = facts.sections.filter((s) => ['the-cell', 'does-it-work'].includes(s.slug));
    // The first chosen section follows the title block on the first sheet (a
    // cover alone was a near-empty page); the next one opens a page of its own.
    const heading = (s: PrintFacts['sections'][number]) => squash(`${s.kicker} ${s.title}`).toUpperCase();
    expect(pdf.pages[0]!.toUpperCase(), 'the first section begins on the cover page').toContain(heading(chosen[0]!));
    const second = sectionPage(pdf, chosen[1]!);
    console.log(`handout of 2 sections on ${format}: ${pdf.pages.length} pages; sections start on pages 1, ${second}`);
    expect(second).toBeGreaterThan(1);
    // The others are not on paper at all; the note says which part this is.
    const all = pdf.pages.join(' ');
    for (const s of facts.sections.filter((x) => !chosen.includes(x))) expect(all, s.slug).not.toContain(s.title);
    expect(pdf.pages[0]).toContain('sections your teacher chose');
    expect(pdf.pages.length).toBeLessThan(20);
    expect(pdf.pages.findIndex((p) => !body(p)) + 1, 'a blank page').toBe(0);
    expectNoAnchorsPrinted(pdf);

    // The glossary has the terms these pages use (the re-offending measures),
    // and none that only other sections use.
    const glossaryPage = pdf.pages.findIndex((p) => /^\d+ \/ \d+ Glossary\b/.test(p)) + 1;
    expect(glossaryPage, 'the glossary opens a page').toBeGreaterThan(second);
    const glossary = pdf.pages.slice(glossaryPage - 1).join(' ').split(/\bSources\b/)[0]!;
    expect(facts.printedTerms).toEqual(['Recidivism (re-offending)', 'Reconviction', 'Rearrest', 'Reincarceration']);
    for (const t of facts.printedTerms) expect(glossary, t).toContain(t);
    for (const t of facts.terms.filter((x) => !facts.printedTerms.includes(x))) expect(glossary, t).not.toContain(t);
  });

  test(`a handout of a section that uses no glossary term prints no glossary on ${format}`, async ({ page }) => {
    // As a teacher would: after the page has narrowed itself to the chosen section.
    const { pdf, facts } = await print(page, '/handout/?assign=the-cell', format, () =>
      expect(page.locator('handout-selection')).toContainText('the section your teacher chose'));
    console.log(`handout of the-cell on ${format}: ${pdf.pages.length} pages`);
    expect(facts.printedTerms).toEqual([]);
    const all = pdf.pages.join(' ');
    expect(all).not.toMatch(/\bGlossary\b/);
    expect(all, 'the title block does not promise a glossary').not.toContain('words in the glossary');
    expect(pdf.pages[0]!.toUpperCase()).toContain(squash(`${facts.sections.find((s) => s.slug === 'the-cell')!.kicker} Three cells, one scale`).toUpperCase());
  });

  test(`the answer key prints every answer with its question on ${format}`, async ({ page }) => {
    await page.goto('/handout/answer-key/');
    await page.evaluate(() => document.fonts.ready);
    const key = await page.evaluate(() => {
      const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
      return {
        sections: [...document.querySelectorAll('.answer-key__section h2')].map(text),
        items: [...document.querySelectorAll('.answer-key__q')].map((q) => ({
          q: text(q.querySelector('.handout-q__text')),
          right: text(q.querySelector('.answer-key__right')),
          answer: text(q.querySelector('.answer-key__answer, .answer-key__notes')),
        })),
      };
    });
    const pdf = await readPdf(await page.pdf({ format, printBackground: false }));
    console.log(`answer key on ${format}: ${pdf.pages.length} pages`);
    expect(pdf.pages.length, 'a compact key: sections follow one another').toBeLessThanOrEqual(10);
    expect(pdf.pages.findIndex((p) => !body(p)) + 1, 'a blank page').toBe(0);
    expect(key.sections).toHaveLength(7);
    const all = pdf.pages.join(' ');
    for (const t of key.sections) expect(all, t).toContain(t);
    // Every question prints whole, with its marked answer (or notes) on the same page.
    expect(key.items.filter((i) => i.right)).toHaveLength(key.items.filter((i) => i.answer.startsWith('Answer:')).length);
    expect(key.items.length).toBeGreaterThanOrEqual(28);
    const apart = key.items.filter((i) => !pdf.pages.some((p) => [i.q, i.right, i.answer].every((t) => unbroken(p).includes(unbroken(t)))));
    expect(apart.map((i) => i.q.slice(0, 50)), 'questions printed apart from their answers').toEqual([]);
    expect(all).toContain('Right answer');
    expectNoAnchorsPrinted(pdf);
  });

  test(`"My answers" prints each question with the student's answer on ${format}`, async ({ page }) => {
    const mine = { 'answer-the-cell-1': 'Only its area is known, so the shape is a guess.', 'answer-does-it-work-2': 'A new conviction within two years.\nNot an arrest.' };
    await page.addInitScript((answers) => {
      for (const [k, v] of Object.entries(answers)) localStorage.setItem(k, v);
    }, mine);
    await page.goto('/my-answers/?assign=the-cell,does-it-work&questions=1');
    await page.evaluate(() => document.fonts.ready);
    await expect(page.locator('.my-answers__section:visible')).toHaveCount(2);
    const questions = await page.locator('.my-answers__section:visible .handout-q__text').allTextContents();
    const pdf = await readPdf(await page.pdf({ format, printBackground: false }));
    console.log(`my answers (2 sections) on ${format}: ${pdf.pages.length} pages`);
    const all = unbroken(pdf.pages.join(' '));
    for (const q of questions) expect(all, q).toContain(unbroken(squash(q)));
    for (const a of Object.values(mine)) expect(all).toContain(squash(a));
    expect(all).toContain('No answer yet.');
    expect(all).toMatch(/Name:\s+Class:/);
    // Only this assignment's sections; no screen controls on paper.
    expect(all).not.toContain('A room with a view');
    expect(all).not.toContain('Print my answers');
    expect(all).not.toContain('Back to');
    expect(pdf.pages.length).toBeLessThanOrEqual(3);
    expect(pdf.pages.findIndex((p) => !body(p)) + 1, 'a blank page').toBe(0);
  });

  test(`the story itself prints cleanly on ${format}`, async ({ page }) => {
    const { pdf, facts } = await print(page, '/', format);
    const starts = expectCleanPaper(pdf, facts, format);
    console.log(`story on ${format}: ${pdf.pages.length} pages; sections start on pages ${starts.join(', ')}`);
    expect(facts.tocHighlighted, 'contents links printed apart from the others').toEqual([]);
    // The controls of the screen are not printed: the header, the self-checks' buttons and answers.
    const all = pdf.pages.join(' ');
    expect(all).not.toContain('Skip to the story');
    expect(all).not.toMatch(/\bShow the answer\b/);
    expect(all).not.toMatch(/\bCheck Show\b|\bCheck$/m);
  });
}
