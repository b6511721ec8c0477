/**
 * The animation library is an enhancement. If GSAP's download fails (a
 * network blip, a content blocker) or is slow, every scene still shows its
 * step's state at once, as with reduced motion, and nothing throws.
 */
import { expect, test, type Page } from '@playwright/test';
import { guard, settle, stepY, wheelTo } from './helpers';

const GSAP = /\/_astro\/gsap\.[^/]*\.js$/;

async function scrollThroughRoom(page: Page): Promise<void> {
  const states = await page.locator('#scene-room [data-step]').evaluateAll((ss) => ss.map((s) => (s as HTMLElement).dataset.state!));
  for (const [i, state] of states.entries()) {
    await wheelTo(page, await stepY(page, 'room', i));
    // Within a moment of the step arriving, not after the library does.
    await expect(page.locator('figure[data-scene="room"]'), `step ${i + 1}`).toHaveAttribute('data-state', state, { timeout: 1500 });
    await expect(page.locator('[data-animating]')).toHaveCount(0, { timeout: 1500 });
  }
}

test('with GSAP blocked, scrolling still shows each step\'s state, without errors', async ({ page }) => {
  const { errors } = guard(page);
  let blocked = 0;
  await page.route(GSAP, (route) => {
    blocked++;
    return route.abort('blockedbyclient');
  });
  await page.goto('/');
  await settle(page);
  await scrollThroughRoom(page);
  expect(blocked, 'the page did ask for GSAP').toBeGreaterThan(0);
  // Only the browser's own note of the blocked request, no uncaught error from our code.
  expect(errors.filter((e) => !/ERR_BLOCKED_BY_CLIENT|Failed to load resource/.test(e))).toEqual([]);
});

test('with GSAP slow to arrive, the scene keeps up with the text', { tag: '@desktop' }, async ({ page }) => {
  await page.route(GSAP, async (route) => {
    await new Promise((r) => setTimeout(r, 4000));
    await route.continue();
  });
  await page.goto('/');
  await settle(page);
  await scrollThroughRoom(page);
});

test('an embed without GSAP shows the state its step counter names', { tag: '@desktop' }, async ({ page }) => {
  await page.route(GSAP, (route) => route.abort('blockedbyclient'));
  await page.goto('/embed/rates/');
  const steps = page.locator('embed-steps');
  const total = Number((await steps.locator('.embed-steps__count').textContent())!.match(/of (\d+)/)![1]);
  const named: string[] = JSON.parse((await steps.getAttribute('data-steps'))!).map((s: { state: string }) => s.state);
  await steps.locator('button[data-go="-1"]').click();
  await expect(steps.locator('.embed-steps__count')).toHaveText(`Step ${total - 1} of ${total}`);
  await expect(page.locator('figure[data-scene="rates"]')).toHaveAttribute('data-state', named[total - 2]!);
});

test('a reading switch whose code failed to load is not offered', { tag: '@desktop' }, async ({ page }) => {
  // Fail only the script that defines <reading-toggle> (a blocker, a network blip).
  let failed = 0;
  await page.route(/\/_astro\/.*\.js$/, async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (/define\(\s*["'`]reading-toggle["'`]/.test(body)) {
      failed++;
      return route.abort('failed');
    }
    return route.fulfill({ response, body });
  });
  await page.goto('/');
  await page.waitForLoadState('load');
  expect(failed, 'the page did ask for the switch\'s code').toBeGreaterThan(0);
  await expect(page.locator('reading-toggle button')).toBeHidden();
  // Lazy chunks still arriving when the test ends must not trip the handler on a closed page.
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test('the reading switch is offered once its code runs', { tag: '@desktop' }, async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('reading-toggle button')).toBeVisible();
});
