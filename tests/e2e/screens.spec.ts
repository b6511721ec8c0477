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
import { expect, test, type Page } from '@playwright/test';
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

/**
 * Under 360 px a drawing keeps its 22rem (labels of 12 px and up) and scrolls
 * sideways in its own box (.scene-box, scrolly.css). A reader must see that it
 * goes on: an edge shadow, and where the browser ties animations to scrolling
 * the drawing fading out, at each edge with more to see and only there. The
 * box is a named tab stop, so the arrow keys scroll it; where the drawing fits,
 * the box is no box and no tab stop.
 */
type Box = { scrolls: boolean; left: number; max: number; tab: number; focused: boolean; attach: string; start: number; end: number; name: string | null; label: number };
const box = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el): Box => {
    const b = el as HTMLElement;
    b.focus();
    const cs = getComputedStyle(b);
    const svg = b.querySelector('svg')!;
    return {
      scrolls: b.scrollWidth > b.clientWidth && cs.overflowX === 'auto',
      left: b.scrollLeft,
      max: b.scrollWidth - b.clientWidth,
      tab: b.tabIndex,
      focused: document.activeElement === b,
      attach: cs.backgroundAttachment,
      start: parseFloat(cs.getPropertyValue('--more-start')) || 0,
      end: parseFloat(cs.getPropertyValue('--more-end')) || 0,
      name: b.getAttribute('aria-label'),
      label: Math.min(...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize))) * svg.getScreenCTM()!.a,
    };
  });

test('at 320 px a drawing scrolls in its own box, shows there is more and takes the keyboard; at 375 px it does neither', { tag: '@desktop' }, async ({ page }) => {
  const selector = 'figure[data-scene="rights"] .scene-box';
  await page.setViewportSize({ width: 320, height: 568 });
  await page.goto('/');
  await settle(page);
  await page.locator('figure[data-scene="rights"]').scrollIntoViewIfNeeded();
  const timelines = await page.evaluate(() => CSS.supports('animation-timeline: scroll()'));
  const start = await box(page, selector);
  expect(start.scrolls, 'the drawing is wider than its box').toBe(true);
  expect(start.label, 'and keeps its labels at 12 px and up').toBeGreaterThanOrEqual(12);
  expect(start.tab).toBe(0);
  expect(start.focused, 'the box takes focus').toBe(true);
  expect(start.name).toBe(await page.locator('figure[data-scene="rights"] svg').getAttribute('aria-label'));
  // Shadows fixed to the box, covers that scroll with the drawing.
  expect(start.attach).toContain('local');
  expect(start.attach).toContain('scroll');
  if (timelines) expect([start.start, start.end], 'more to see on the right only').toEqual([0, 1]);
  // The arrow keys scroll it, to the end: there the right edge says there is no more.
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await box(page, selector)).left).toBeGreaterThan(0);
  await page.locator(selector).evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const end = await box(page, selector);
  expect(end.left).toBeGreaterThanOrEqual(end.max - 1);
  if (timelines) expect([end.start, end.end], 'more to see on the left only').toEqual([1, 0]);

  // The embed, framed at that width, does the same.
  await page.goto('/embed/rights/');
  const embed = await box(page, 'figure[data-scene="rights"] .scene-box');
  expect(embed.scrolls).toBe(true);
  expect(embed.label).toBeGreaterThanOrEqual(12);
  expect(embed.focused).toBe(true);

  // At 375 px the drawing fits: no scrolling, no tab stop, no shadow.
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto('/');
  await settle(page);
  await page.locator('figure[data-scene="rights"]').scrollIntoViewIfNeeded();
  const wide = await box(page, selector);
  expect(wide.scrolls).toBe(false);
  expect(wide.focused, 'no tab stop where nothing scrolls').toBe(false);
  expect([wide.start, wide.end]).toEqual([0, 0]);
  expect(await page.locator('figure[data-scene="rights"]').evaluate((f) => f.scrollWidth <= f.clientWidth)).toBe(true);
});
