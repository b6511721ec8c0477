/**
 * A bar that is absent in a state paints nothing, not even the pixel or two
 * a closed clip can leave at its left end: in every state, every part that
 * grows by clipping and is at p = 0 is also fully transparent. The scenes
 * whose bars start at the same zero (the sentence ruler, the close's clock and
 * cost bars) say so in their own styles.
 */
import { expect, test } from '@playwright/test';
import { settle, stepY } from './helpers';

for (const scene of ['sentence', 'close']) {
  test(`${scene}: every absent bar is transparent, in every state`, { tag: '@phone' }, async ({ page }) => {
    await page.goto('/');
    await settle(page);
    const states = await page.locator(`#scene-${scene} [data-step]`).evaluateAll((ss) => ss.map((s) => (s as HTMLElement).dataset.state!));
    let absent = 0;
    for (const [i, state] of states.entries()) {
      await page.evaluate((top) => scrollTo({ top, behavior: 'instant' }), await stepY(page, scene, i));
      await expect(page.locator(`figure[data-scene="${scene}"]`)).toHaveAttribute('data-state', state);
      await settle(page);
      const parts = await page.locator(`figure[data-scene="${scene}"] [data-effect^="grow"]`).evaluateAll((els) =>
        els
          .map((el) => ({ p: parseFloat(getComputedStyle(el).getPropertyValue('--p')), opacity: getComputedStyle(el).opacity, html: el.outerHTML.slice(0, 90) }))
          .filter((part) => part.p === 0),
      );
      absent += parts.length;
      for (const part of parts) expect(part.opacity, `${state}: ${part.html}`).toBe('0');
    }
    expect(absent, 'some bars are absent in some state').toBeGreaterThan(0);
  });
}
