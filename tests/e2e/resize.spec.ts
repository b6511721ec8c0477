/**
 * Resizing and rotating re-measure and keep the reader's step; the mobile
 * address bar showing or hiding changes nothing.
 */
import { expect, test } from '@playwright/test';
import { countTweens, scenes, settle, stepY, tweenStarts, wheelTo } from './helpers';

const state = async (page: import('@playwright/test').Page, scene: string) => (await scenes(page))[scene]!.split('|')[0];

test('resizing keeps the step and sets it without a tween', { tag: '@desktop' }, async ({ page }) => {
  await countTweens(page);
  await page.goto('/');
  await settle(page);
  await wheelTo(page, await stepY(page, 'sentence', 3, 120));
  await settle(page);
  expect(await state(page, 'sentence')).toBe('gravest');
  const tweensBefore = await tweenStarts(page);

  // Across the layout's breakpoint both ways: narrower, wider, a phone held
  // upright and turned sideways (too short for a sticky figure: the static
  // layout, figures complete), and back.
  const { width, height } = page.viewportSize()!;
  const sizes = [{ width: 1000, height }, { width: 1440, height: 900 }, { width: 375, height: 667 }, { width: 667, height: 375 }, { width, height }];
  for (const size of sizes) {
    await page.setViewportSize(size);
    await page.waitForTimeout(250);
    await settle(page);
    const expected = size.height < 500 ? 'final' : 'gravest';
    expect(await state(page, 'sentence'), `${size.width}×${size.height}`).toBe(expected);
  }
  expect(await tweenStarts(page)).toBe(tweensBefore);
});

test('the mobile address bar showing or hiding does not change any step', { tag: '@phone' }, async ({ page }) => {
  await countTweens(page);
  await page.goto('/');
  await settle(page);
  await wheelTo(page, await stepY(page, 'rights', 1, 60));
  await settle(page);
  const before = await scenes(page);
  const y = await page.evaluate(() => scrollY);
  const tweens = await tweenStarts(page);
  const { width, height } = page.viewportSize()!;
  const bar = 56;
  for (const h of [height - bar, height, height - bar, height]) {
    await page.setViewportSize({ width, height: h });
    await page.waitForTimeout(200);
    await settle(page);
    expect(await scenes(page)).toEqual(before);
  }
  expect(await page.evaluate(() => scrollY)).toBe(y);
  expect(await tweenStarts(page)).toBe(tweens);
});
