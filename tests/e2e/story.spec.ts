/**
 * A reader scrolls the whole story: every scene passes through each of its
 * states in order and ends complete, nothing shifts, no request leaves the
 * site, and the JavaScript stays within budget.
 */
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { SCENES } from '../../src/scenes/registry';
import { guard, scenes, settle } from './helpers';

/** The story page's JavaScript budget after a full scroll, gzip (issue 2). */
const JS_BUDGET_GZIP = 45 * 1024;
/** Cumulative Layout Shift allowed over a full scroll on a phone. */
const CLS_BUDGET = 0.01;

test('a full scroll shows every state of every scene, without layout shift', async ({ page, request }) => {
  test.setTimeout(180_000);
  const { errors, foreign } = guard(page);
  const scripts = new Set<string>();
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.add(r.url());
  });
  await page.addInitScript(() => {
    (window as unknown as { cls: number }).cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as Array<{ value: number; hadRecentInput: boolean }>) {
        if (!e.hadRecentInput) (window as unknown as { cls: number }).cls += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/');
  await settle(page);
  const loadScripts = new Set(scripts);

  const seen: Record<string, string[]> = {};
  const record = async () => {
    const states = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll<HTMLElement>('figure[data-scene]')].map((f) => [f.dataset.scene ?? '', f.dataset.state ?? '']),
      ),
    );
    for (const [scene, state] of Object.entries(states)) {
      if (!state) continue;
      const list = (seen[scene] ??= []);
      if (list.at(-1) !== state) list.push(state);
    }
  };
  await page.mouse.move(10, 200);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  // Small wheel steps, like a reader reading: each step's state gets a frame to show.
  for (let i = 0; i < 1500; i++) {
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(50);
    await record();
    if ((await page.evaluate(() => scrollY + innerHeight)) >= height - 2) break;
  }
  await settle(page);
  await record();

  for (const [name, { states }] of Object.entries(SCENES)) {
    expect(seen[name], `scene ${name}`).toEqual([...states]);
  }
  const final = await scenes(page);
  for (const [name, { states }] of Object.entries(SCENES)) {
    expect(final[name]!.split('|')[0], name).toBe(states.at(-1));
  }

  const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls);
  expect(cls).toBeLessThan(CLS_BUDGET);
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);

  const gzip = async (urls: Iterable<string>) => {
    let total = 0;
    for (const url of urls) total += gzipSync(await (await request.get(url)).body(), { level: 9 }).length;
    return total;
  };
  const atLoad = await gzip(loadScripts);
  const afterScroll = await gzip(scripts);
  console.log(`JS gzip: ${(atLoad / 1024).toFixed(1)} KB at load, ${(afterScroll / 1024).toFixed(1)} KB after a full scroll; CLS ${cls.toFixed(4)}`);
  expect(afterScroll).toBeLessThanOrEqual(JS_BUDGET_GZIP);
  expect([...scripts].some((u) => u.includes('gsap')), 'GSAP loads once the reader scrolls').toBe(true);
  expect([...loadScripts].some((u) => u.includes('gsap')), 'GSAP is not loaded before anything animates').toBe(false);
});

test('the header says where the reader is', async ({ page }) => {
  await page.goto('/#the-sentence');
  await settle(page);
  await expect(page.locator('story-progress')).toContainText('4 / 7');
  await expect(page.locator('.toc-menu [aria-current="location"]')).toHaveAttribute('href', '#the-sentence');
});
