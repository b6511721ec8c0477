/**
 * Every screen gets the whole story, readable: phones in portrait and
 * landscape, small laptops and tablets (the 900–1100 px band), desktops, a
 * 1920 × 1080 projector, and a 1280 × 800 screen zoomed to 200% and 400%
 * (640 × 400 and 320 × 200 CSS px). At each size, for every scene at its
 * last step:
 * - no visible figure label is under 12 CSS px;
 * - where the figure is sticky over the text (one column), at least 40% of
 *   the screen below the header is left for the step text;
 * - nothing makes the page scroll sideways (a drawing may scroll inside its
 *   own box on the narrowest phones).
 */
import { expect, test } from '@playwright/test';
import { settle, stepY, visibleLabels } from './helpers';

const SCREENS: [number, number, string][] = [
  [320, 568, 'small phone'],
  [360, 640, 'phone'],
  [414, 896, 'large phone'],
  [667, 375, 'phone, landscape'],
  [740, 360, 'phone, landscape'],
  [900, 700, 'tablet, landscape'],
  [960, 700, 'small laptop'],
  [1024, 768, 'tablet, landscape'],
  [1100, 800, 'small laptop'],
  [1440, 900, 'laptop'],
  [1920, 1080, 'projector'],
  [640, 400, '1280 × 800 at 200%'],
  [320, 200, '1280 × 800 at 400%'],
];

for (const [width, height, what] of SCREENS) {
  test(`${width} × ${height} (${what}): labels of 12 px and up, room to read, no sideways scroll`, { tag: '@desktop' }, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/');
    await settle(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'page width').toBeLessThanOrEqual(width);
    const scenes = await page.locator('figure[data-scene]').evaluateAll((fs) => fs.map((f) => (f as HTMLElement).dataset.scene!));
    const problems: string[] = [];
    for (const scene of scenes) {
      const last = (await page.locator(`#scene-${scene} [data-step]`).count()) - 1;
      await page.evaluate((top) => scrollTo({ top, behavior: 'instant' }), await stepY(page, scene, last));
      await settle(page);
      const labels = await visibleLabels(page, scene);
      const small = labels.filter((l) => l.px < 12);
      if (small.length) problems.push(`${scene}: ${small.length} labels under 12 px, smallest "${small[0]!.text}" at ${Math.min(...small.map((l) => l.px))} px`);
      const room = await page.evaluate((scene) => {
        const fig = document.querySelector<HTMLElement>(`figure[data-scene="${scene}"]`)!;
        if (getComputedStyle(fig).position !== 'sticky') return undefined;
        const steps = document.querySelector(`#scene-${scene} .scrolly__steps`)!.getBoundingClientRect();
        const f = fig.getBoundingClientRect();
        if (f.left >= steps.right - 1 || f.right <= steps.left + 1) return undefined; // beside the text
        const header = document.querySelector('.site-header')!.getBoundingClientRect().bottom;
        return (innerHeight - f.bottom) / (innerHeight - header);
      }, scene);
      if (room !== undefined && room < 0.4) problems.push(`${scene}: the sticky figure leaves ${Math.round(room * 100)}% of the screen for the text`);
    }
    expect(problems).toEqual([]);
  });
}
