/**
 * A twist is sprung by its step and not before. The room "turns out" to be a
 * cell in a maximum-security prison: until the reader reaches the step that
 * says so, neither the screen nor the accessibility tree may say it, on any
 * path: scrolling the story, the contents list, the static layout (no
 * JavaScript, "read without animation") and the section's own page, where the
 * complete figure follows the text instead of standing beside or above it.
 */
import { expect, test, type Page } from '@playwright/test';
import { settle, stepY } from './helpers';

/** Words that give the room away. */
const TWIST = /\bcell\b|prison|concrete wall/i;
const figure = (page: Page) => page.locator('figure[data-scene="room"]');

/** The figure's text as a sighted reader sees it now: the caption and the drawing's visible labels. */
function visibleText(page: Page): Promise<string> {
  return figure(page).evaluate((f) => {
    // Opacity multiplies down the tree; visibility is inherited, and a child
    // may be visible inside a hidden parent (as a drawing is in its .scene-box),
    // so only the element's own counts.
    const seen = (el: Element): boolean => {
      if (getComputedStyle(el).visibility === 'hidden') return false;
      for (let e: Element | null = el; e && e !== f; e = e.parentElement) {
        if (Number(getComputedStyle(e).opacity) < 0.05) return false;
      }
      return true;
    };
    const labels = [...f.querySelectorAll('svg text')].filter(seen).map((t) => t.textContent);
    return [...labels, f.querySelector('figcaption')?.textContent].join(' | ');
  });
}

test('scrolling the story: no step before the reveal shows or reads out the twist', async ({ page }) => {
  await page.goto('/');
  await settle(page);
  const states = await page.locator('#scene-room [data-step]').evaluateAll((ss) => ss.map((s) => (s as HTMLElement).dataset.state!));
  const reveal = states.indexOf('prison');
  expect(reveal, 'the room has a reveal step').toBeGreaterThan(0);
  for (const [i, state] of states.entries()) {
    await page.evaluate((top) => scrollTo({ top, behavior: 'instant' }), await stepY(page, 'room', i));
    await expect(figure(page)).toHaveAttribute('data-state', state);
    await settle(page);
    const seen = await visibleText(page);
    const heard = await figure(page).ariaSnapshot();
    if (i < reveal) {
      expect(seen, `on screen at "${state}"`).not.toMatch(TWIST);
      expect(heard, `read out at "${state}"`).not.toMatch(TWIST);
    } else {
      // The test can fail: at the reveal the drawing does say it.
      expect(seen, `on screen at "${state}"`).toMatch(TWIST);
    }
  }
});

test('the contents list and the section\'s title and summary keep the secret', async ({ page }) => {
  await page.goto('/');
  const entry = page.locator('a[data-toc="a-room-with-a-view"]').first();
  await expect(entry).toHaveCount(1);
  expect(await entry.textContent()).not.toMatch(TWIST);
  expect(await page.locator('#a-room-with-a-view h2').first().textContent()).not.toMatch(TWIST);
});

for (const [path, how] of [
  ['/?mode=static', 'read without animation'],
  ['/story/a-room-with-a-view/', 'the section page'],
] as const) {
  test(`${how}: the text comes before the complete figure`, async ({ page }) => {
    await page.goto(path);
    const reveal = page.locator('#scene-room [data-step][data-state="prison"]');
    const figTop = (await figure(page).boundingBox())!.y;
    const revealTop = (await reveal.boundingBox())!.y;
    expect(figTop, 'the figure starts below the step that reveals it').toBeGreaterThan(revealTop);
    // And nothing above the reveal step names it, on screen or to a screen reader.
    const before = await page.locator('#scene-room [data-step]').evaluateAll((ss) =>
      ss.slice(0, ss.findIndex((s) => (s as HTMLElement).dataset.state === 'prison')).map((s) => s.textContent).join(' '));
    expect(before).not.toMatch(TWIST);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the text comes before the complete figure', async ({ page }) => {
    await page.goto('/');
    const figTop = (await figure(page).boundingBox())!.y;
    const revealTop = (await page.locator('#scene-room [data-step][data-state="prison"]').boundingBox())!.y;
    expect(figTop).toBeGreaterThan(revealTop);
  });
});
