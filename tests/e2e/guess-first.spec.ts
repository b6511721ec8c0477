/**
 * Guess first. Section 6 asks the reader to guess Norway's re-offending
 * figure before it tells them. On every path a reader can take (the story
 * while scrolling, the story read without animation, the story without
 * JavaScript, the section's own page, the printable handout) the answer is
 * nowhere on screen or in the accessibility tree before its place (the
 * "reveal" step), and the question comes before it, and before the chart it
 * asks about; the contents lists never name it.
 *
 * The answer is read from the built site's data download (the figure as the
 * site prints it, e.g. "20%"), not typed here, and each path first checks
 * that its answer's place does print it, so no check can pass by looking for
 * the wrong string.
 */
import { expect, test, type Page } from '@playwright/test';
import { settle, stepY } from './helpers';

const STAT = 'norway-reconviction-2005';
const SCENE = 'reoffending';
const QUESTION = 'guess-slider label';
const ANSWER_PLACE = `#scene-${SCENE} [data-step][data-state="reveal"]`;

/** The figure as the site prints it, from /data/statistics.json (its `display` column). */
async function answerOf(page: Page): Promise<string> {
  const data = (await (await page.request.get('/data/statistics.json')).json()) as { statistics: Array<{ id: string; display: string }> };
  const display = data.statistics.find((s) => s.id === STAT)?.display;
  expect(display, `${STAT} in /data/statistics.json`).toBeTruthy();
  return display!;
}

/** Matches the printed figure on its own (so "20%" is not found in "120%"), with any kind of space inside it. */
function pattern(answer: string): RegExp {
  const body = answer.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s*');
  return new RegExp(`(?<![\\d.,])${body}`);
}

interface Before {
  /** Visible texts before the answer's place that show the answer. */
  shown: string[];
  /** Accessible descriptions and labels before the answer's place that say it. */
  described: string[];
  questionFirst: boolean;
  figureAfterQuestion: boolean;
  /** A working slider or a line to write on, after the question and before the answer. */
  placeToAnswer: boolean;
  answerPlaceShowsIt: boolean;
}

/** What a reader meets, in document order, before the answer's place. */
function before(page: Page, answer: string): Promise<Before> {
  return page.evaluate(
    ([source, QUESTION, ANSWER_PLACE, SCENE]) => {
      const re = new RegExp(source);
      const place = document.querySelector(ANSWER_PLACE)!;
      const question = document.querySelector(QUESTION)!;
      const figure = document.querySelector(`figure[data-scene="${SCENE}"]`)!;
      const precedes = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
      const visible = (el: Element) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
      const shown: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!precedes(n, place)) break;
        const el = n.parentElement;
        if (el && re.test(n.textContent ?? '') && visible(el) && !el.closest('script, style, template')) shown.push(`${el.tagName}: ${el.textContent!.trim().slice(0, 80)}`);
      }
      // What assistive technology announces besides the text: descriptions and labels.
      const hiddenForAria = (el: Element) => Boolean(el.closest('[aria-hidden="true"], [hidden], [inert]')) || !el.checkVisibility({ visibilityProperty: true });
      const described: string[] = [];
      for (const el of document.querySelectorAll('[aria-describedby], [aria-label], [aria-description], [title]')) {
        if (!precedes(el, place) || hiddenForAria(el)) continue;
        const said = [
          ...(el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean).map((id) => document.getElementById(id)?.textContent ?? ''),
          el.getAttribute('aria-label') ?? '',
          el.getAttribute('aria-description') ?? '',
          el.getAttribute('title') ?? '',
        ].join(' ');
        if (re.test(said)) described.push(`${el.tagName}: ${said.trim().slice(0, 120)}`);
      }
      const slider = document.querySelector<HTMLInputElement>('guess-slider input[type="range"]');
      const line = document.querySelector('.guess__write');
      const usable = [slider && !slider.disabled ? slider : null, line].filter((el): el is Element => Boolean(el && visible(el)));
      return {
        shown,
        described,
        questionFirst: precedes(question, place) && visible(question),
        figureAfterQuestion: precedes(question, figure),
        placeToAnswer: usable.some((el) => precedes(question, el) && precedes(el, place)),
        answerPlaceShowsIt: re.test(place.textContent ?? ''),
      };
    },
    [pattern(answer).source, QUESTION, ANSWER_PLACE, SCENE] as const,
  );
}

/**
 * The accessibility tree of everything before the answer's place: the page
 * is cut there (this ends the test's use of the page), then snapshotted.
 */
async function ariaBefore(page: Page): Promise<string> {
  await page.evaluate((ANSWER_PLACE) => {
    const place = document.querySelector(ANSWER_PLACE)!;
    for (let node: Node = place; node !== document.body; node = node.parentNode!) {
      while (node.nextSibling) node.nextSibling.remove();
    }
    place.remove();
  }, ANSWER_PLACE);
  return page.locator('body').ariaSnapshot();
}

async function expectGuessFirst(page: Page): Promise<void> {
  const answer = await answerOf(page);
  // A reader arrives at the question: the slider's code loads as it comes near.
  await page.locator(QUESTION).scrollIntoViewIfNeeded();
  // (Where there is neither, the check of the place to answer below says so.)
  await expect(page.locator('guess-slider input[type="range"]:enabled, .guess__write').locator('visible=true').first()).toBeVisible().catch(() => {});
  const seen = await before(page, answer);
  expect(seen.answerPlaceShowsIt, `the answer's place prints ${answer}`).toBe(true);
  expect.soft(seen.questionFirst, 'the question is shown, before the answer').toBe(true);
  expect.soft(seen.figureAfterQuestion, 'the chart comes after the question').toBe(true);
  expect.soft(seen.placeToAnswer, 'a slider or a line to write on comes after the question, before the answer').toBe(true);
  expect.soft(seen.shown, `${answer} shown before its place`).toEqual([]);
  expect.soft(seen.described, `${answer} described or labelled before its place`).toEqual([]);
  const tree = await ariaBefore(page);
  expect(tree).toContain('what share do you think');
  expect.soft(tree, `${answer} in the accessibility tree before its place`).not.toMatch(pattern(answer));
  expect.soft(await page.title()).not.toMatch(pattern(answer));
}

test('the story while scrolling: at the guess step the answer is nowhere on screen or before its place', async ({ page }) => {
  const answer = await answerOf(page);
  await page.goto('/');
  await settle(page);
  await page.evaluate((top) => scrollTo({ top, behavior: 'instant' }), await stepY(page, SCENE, 0));
  await expect(page.locator(`figure[data-scene="${SCENE}"]`)).toHaveAttribute('data-state', 'guess');
  await settle(page);
  // On screen now, wherever it sits in the page: the chart, the step cards, the rest.
  const onScreen = await page.evaluate((source) => {
    const re = new RegExp(source);
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !re.test(n.textContent ?? '') || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      if ([...range.getClientRects()].some((r) => r.width > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth)) {
        out.push(`${el.tagName}: ${el.textContent!.trim().slice(0, 80)}`);
      }
    }
    return out;
  }, pattern(answer).source);
  expect.soft(onScreen, `${answer} on screen at the guess step`).toEqual([]);
  await expectGuessFirst(page);
});

test('the story read without animation', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('reading-mode', 'static'));
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-reading', 'static');
  await expectGuessFirst(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the story', async ({ page }) => {
    await page.goto('/');
    await expectGuessFirst(page);
  });

  test('the section page', async ({ page }) => {
    await page.goto('/story/does-it-work/');
    await expectGuessFirst(page);
  });
});

test('the section page', async ({ page }) => {
  await page.goto('/story/does-it-work/');
  await expectGuessFirst(page);
});

test('the handout', async ({ page }) => {
  await page.goto('/handout/');
  await expectGuessFirst(page);
});

test('the contents lists never name the answer', async ({ page }) => {
  const answer = await answerOf(page);
  for (const path of ['/', '/handout/']) {
    await page.goto(path);
    const entries = await page.locator('[data-toc="does-it-work"]').evaluateAll((links) => links.map((a) => a.closest('li')!.textContent!.replace(/\s+/g, ' ').trim()));
    expect(entries.length, `${path}: contents entries`).toBeGreaterThan(0);
    for (const entry of entries) expect.soft(entry, path).not.toMatch(pattern(answer));
  }
});
