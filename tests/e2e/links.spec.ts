/**
 * A scene is a function of its step: opening a section by its link, reloading
 * mid-story and going back or forward show exactly what scrolling there shows,
 * and nothing replays on the way.
 */
import { expect, test } from '@playwright/test';
import { SLUGS, countTweens, scenes, settle, stepY, tweenStarts, wheelTo } from './helpers';

/**
 * Every section on the phone; on the desktop, where the same engine reads a
 * side-by-side layout, the last, whose link crosses every scene (CI time).
 */
const DESKTOP_SLUGS = new Set([SLUGS.at(-1)]);

for (const slug of SLUGS) {
  test(`/#${slug} shows what scrolling there shows`, { tag: DESKTOP_SLUGS.has(slug) ? [] : ['@phone'] }, async ({ browser }) => {
    const linked = await browser.newPage();
    await countTweens(linked);
    await linked.goto(`/#${slug}`);
    await linked.waitForLoadState('load');
    await settle(linked);
    const y = await linked.evaluate(() => scrollY);
    const heading = await linked.locator(`#${slug} h2`).boundingBox();
    expect(heading!.y, 'the section heading is at the top, below the header').toBeGreaterThan(0);
    expect(heading!.y).toBeLessThan(160);
    expect(await tweenStarts(linked), 'nothing animates on arrival by link').toBe(0);
    const byLink = await scenes(linked);

    const scrolled = await browser.newPage();
    await scrolled.goto('/');
    await settle(scrolled);
    await wheelTo(scrolled, y, 600);
    await settle(scrolled);
    expect(await scenes(scrolled)).toEqual(byLink);
    await linked.close();
    await scrolled.close();
  });
}

test('reloading mid-scene restores the same place and state without replaying', async ({ page }) => {
  await countTweens(page);
  await page.goto('/');
  await settle(page);
  await wheelTo(page, await stepY(page, 'cells', 2));
  await settle(page);
  const before = await scenes(page);
  expect(before.cells!.split('|')[0]).toBe('inside');
  const y = await page.evaluate(() => scrollY);

  await page.reload();
  await page.waitForLoadState('load');
  await settle(page);
  expect(Math.abs((await page.evaluate(() => scrollY)) - y)).toBeLessThan(2);
  expect(await scenes(page)).toEqual(before);
  expect(await tweenStarts(page)).toBe(0);
});

test('back and forward return to the same states', { tag: '@phone' }, async ({ page }) => {
  await page.goto('/');
  await settle(page);
  // The contents list is one line until opened.
  await page.locator('nav.contents summary').click();
  await page.locator('nav.contents a[href="#the-sentence"]').click();
  await settle(page);
  const atSentence = await scenes(page);
  expect(page.url()).toMatch(/#the-sentence$/);

  await page.locator('nav.contents a[href="#does-it-work"]').evaluate((a: HTMLAnchorElement) => a.click());
  await settle(page);
  const atOutcomes = await scenes(page);
  expect(atOutcomes).not.toEqual(atSentence);

  await page.goBack();
  await settle(page);
  expect(await scenes(page)).toEqual(atSentence);
  await page.goForward();
  await settle(page);
  expect(await scenes(page)).toEqual(atOutcomes);
});
