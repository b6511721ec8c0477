/**
 * Visual regression: every state of every scene, as drawn at 375 and 1280 px,
 * against a committed picture (tests/e2e/visual.spec.ts-snapshots/), so the
 * art cannot silently break. A deliberate change to a drawing updates them:
 *   npx playwright test tests/e2e/visual.spec.ts --update-snapshots
 * and the new pictures are looked at before they are committed.
 *
 * Pixels depend on the browser's text and vector rasterizer, so the baselines
 * record the Chromium major version that drew them (BROWSER in the snapshot
 * folder). On another version the comparison would only measure the browser,
 * not our art: the test says so and is skipped, until the baselines are redrawn
 * with that browser and looked at.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { SCENES } from '../../src/scenes/registry';
import { settle, stepY } from './helpers';

const BASELINE_BROWSER = readFileSync('tests/e2e/visual.spec.ts-snapshots/BROWSER', 'utf8').trim();
/**
 * Pixels a state may differ by. On the baselines' own Chromium every state matches exactly
 * (0 pixels); a bound of 1 % of the image let a colour change through (the Norway green turned
 * red changes 74–2,480 pixels a state, under 1 % in most). 100 catches that, with room for a
 * few anti-aliased edges from a minor browser update.
 */
const MAX_DIFF_PIXELS = 100;

for (const scene of Object.keys(SCENES)) {
  test(`${scene}: every state looks as it did`, async ({ page, browser }, info) => {
    const major = browser.version().split('.')[0]!;
    // Redrawing (--update-snapshots) runs on any version; comparing needs the baselines' own.
    if (!['all', 'changed'].includes(info.config.updateSnapshots)) {
      test.skip(major !== BASELINE_BROWSER, `baselines were drawn by Chromium ${BASELINE_BROWSER}; this is Chromium ${major}: redraw them with --update-snapshots and look at them`);
    }
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
        maxDiffPixels: MAX_DIFF_PIXELS,
        animations: 'disabled',
      });
    }
  });
}
