/**
 * Visual regression: every state of every scene, as drawn at 375 and 1280 px,
 * against a committed picture (tests/e2e/visual.spec.ts-snapshots/), so the
 * art cannot silently break. A deliberate change to a drawing updates them:
 *   npx playwright test tests/e2e/visual.spec.ts --update-snapshots
 * and the new pictures are looked at before they are committed.
 */
import { expect, test } from '@playwright/test';
import { SCENES } from '../../src/scenes/registry';
import { settle, stepY } from './helpers';

for (const scene of Object.keys(SCENES)) {
  test(`${scene}: every state looks as it did`, async ({ page }, info) => {
    const size = info.project.name === 'phone' ? 375 : 1280;
    await page.goto('/');
    await settle(page);
    const states = await page.locator(`#scene-${scene} [data-step]`).evaluateAll((ss) => ss.map((s) => (s as HTMLElement).dataset.state!));
    const seen = new Set<string>();
    for (const [i, state] of states.entries()) {
      if (seen.has(state)) continue;
      seen.add(state);
      await page.evaluate((top) => scrollTo({ top, behavior: 'instant' }), await stepY(page, scene, i));
      await expect(page.locator(`figure[data-scene="${scene}"]`)).toHaveAttribute('data-state', state);
      await settle(page);
      await expect(page.locator(`figure[data-scene="${scene}"] svg`)).toHaveScreenshot(`${scene}-${state}-${size}.png`, {
        maxDiffPixelRatio: 0.01,
        animations: 'disabled',
      });
    }
  });
}
