/**
 * A reader scrolls the whole story: every scene passes through each of its
 * states in order and ends complete, nothing shifts, no request leaves the
 * site, and the JavaScript stays within budget.
 */
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { SCENES } from '../../src/scenes/registry';
import { guard, scenes, settle } from './helpers';
import { budgetsOf } from '../helpers/site';

/** The story page's JavaScript budget after a full scroll, gzip: the gates' own figure (tests/helpers/site.ts). */
const JS_BUDGET_GZIP = budgetsOf('story').jsAfterScroll;
/** Cumulative Layout Shift allowed over a full scroll on a phone. */
const CLS_BUDGET = 0.01;

test('a full scroll down and back shows every state of every scene, without layout shift', async ({ page, request }) => {
  test.setTimeout(300_000);
  const { errors, foreign } = guard(page);
  const scripts = new Set<string>();
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.add(r.url());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { cls: number; shown: Record<string, string[]> };
    w.cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as Array<{ value: number; hadRecentInput: boolean }>) {
        if (!e.hadRecentInput) w.cls += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
    // Every state each scene shows, in order, however briefly.
    w.shown = {};
    new MutationObserver((records) => {
      for (const r of records) {
        const fig = r.target as HTMLElement;
        const state = fig.dataset.state;
        if (!fig.matches('figure[data-scene]') || !state) continue;
        const list = (w.shown[fig.dataset.scene!] ??= []);
        if (list.at(-1) !== state) list.push(state);
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
  });
  await page.goto('/');
  await settle(page);
  const loadScripts = new Set(scripts);

  await page.mouse.move(10, 200);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  // Small wheel steps, like a reader reading: each step's state gets a frame to show.
  for (let i = 0; i < 1500; i++) {
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(50);
    if ((await page.evaluate(() => scrollY + innerHeight)) >= height - 2) break;
  }
  await settle(page);
  const seen = await page.evaluate(() => (window as unknown as { shown: Record<string, string[]> }).shown);

  for (const [name, { states }] of Object.entries(SCENES)) {
    expect(seen[name], `scene ${name}`).toEqual([...states]);
  }
  const final = await scenes(page);
  for (const [name, { states }] of Object.entries(SCENES)) {
    expect(final[name]!.split('|')[0], name).toBe(states.at(-1));
  }

  // And back up to the top: every state again, in reverse.
  await page.evaluate(() => ((window as unknown as { shown: Record<string, string[]> }).shown = {}));
  for (let i = 0; i < 1500; i++) {
    await page.mouse.wheel(0, -120);
    await page.waitForTimeout(50);
    if ((await page.evaluate(() => scrollY)) <= 0) break;
  }
  await settle(page);
  const back = await page.evaluate(() => (window as unknown as { shown: Record<string, string[]> }).shown);
  for (const [name, { states }] of Object.entries(SCENES)) {
    expect(back[name], `scene ${name}, scrolling back`).toEqual([...states].reverse().slice(1));
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
