/** Layouts from a 320 px phone to print keep the whole story readable. */
import { expect, test } from '@playwright/test';
import { finalStateReport, settle, stepY, wheelTo } from './helpers';

test('nothing overflows sideways on a 320 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/');
  await settle(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const wide = await page.evaluate(() =>
    // Parts of a drawing are clipped by their <svg>; under 360 px the drawing
    // keeps its width and scrolls inside its figure, and a table wider than the
    // screen scrolls inside its box (tables.spec.ts): the boxes are checked themselves.
    [...document.querySelectorAll<HTMLElement>('main *')]
      .filter((el) => !el.parentElement?.closest('svg, .scrolly__figure, .table-scroll'))
      .filter((el) => el.getBoundingClientRect().right > innerWidth + 1)
      .map((el) => el.tagName + (el.id ? `#${el.id}` : ''))
      .slice(0, 5),
  );
  expect(wide).toEqual([]);
});

test('printing shows every scene complete and hides the page chrome', { tag: '@desktop' }, async ({ page }) => {
  await page.goto('/');
  await settle(page);
  await wheelTo(page, await stepY(page, 'sentence', 1));
  await settle(page);
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('.site-header')).toBeHidden();
  for (const f of await finalStateReport(page)) {
    expect(f.position, f.scene).not.toBe('sticky');
    expect(f.wrong, f.scene).toBe(0);
  }
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  await settle(page);
  await expect(page.locator('figure[data-scene="sentence"]')).toHaveAttribute('data-state', 'parole');
});
