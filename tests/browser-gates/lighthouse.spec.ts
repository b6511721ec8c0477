/**
 * Gate: Lighthouse (its default mobile emulation and simulated throttling) on
 * one page of each type: Performance, Accessibility, Best Practices and SEO all
 * 100, with at most 2 points of noise on Performance. A page is measured
 * until a run passes, at most five times, and its best run counts (Lighthouse
 * CI's "optimistic" aggregation). Load on a shared 2-core CI machine only ever
 * slows a page down, so the best run is the fairest measure of the page: the
 * story's runs there spread from 90 to 99 for the same build. A page fails
 * when none of five runs reaches the bar. Before any measurement one
 * discarded run warms the server's caches and the machine (the first run
 * after the browser tests once measured a page without JavaScript at TBT
 * 231 ms). Every run's Performance score is printed. Prints a table of scores, LCP, TBT, CLS and bytes.
 */
import { expect, test } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { onePagePerType } from '../helpers/site';

/** Performance may fall this far below 100 from run-to-run noise on a busy CI machine. */
const PERFORMANCE_NOISE = 2;
/** Runs at most per page, stopping at the first that passes; the best one is the result. */
const RUNS = 5;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

test.describe.configure({ mode: 'serial' });

type Result = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];
const rows: string[] = [];

/** Lighthouse runs that fail outright (no page loaded: a runtime error, scores of 0) are retried this often. */
const RETRIES = 2;

async function run(url: string): Promise<Result> {
  for (let attempt = 0; ; attempt++) {
    const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', chromeFlags: FLAGS });
    try {
      const lhr = (await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: [...CATEGORIES] }))!.lhr;
      if (!lhr.runtimeError) return lhr;
      // A run that could not measure the page is not a score; say so and try again.
      console.warn(`Lighthouse could not measure ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      if (attempt >= RETRIES) return lhr;
    } finally {
      chrome.kill();
    }
  }
}

test.beforeAll(async ({ baseURL }) => {
  test.setTimeout(120_000);
  await run(new URL(onePagePerType()[0]!.path, baseURL).href);
});

for (const page of onePagePerType()) {
  test(`Lighthouse: ${page.path} (${page.type})`, async ({ baseURL }) => {
    test.setTimeout(RUNS * 120_000);
    const runs: Result[] = [];
    const score = (lhr: Result, c: string) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
    const passes = (lhr: Result) =>
      score(lhr, 'performance') >= 100 - PERFORMANCE_NOISE && CATEGORIES.every((c) => c === 'performance' || score(lhr, c) === 100);
    do runs.push(await run(new URL(page.path, baseURL).href));
    while (runs.length < RUNS && !passes(runs.at(-1)!));
    const lhr = runs.reduce((best, r) => (score(r, 'performance') > score(best, 'performance') ? r : best));
    const audit = (id: string) => lhr.audits[id]!;
    const imperfect = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && !['informative', 'manual', 'notApplicable'].includes(a.scoreDisplayMode))
      .map((a) => `${a.id} (${a.score})`);
    rows.push(
      [
        page.path.padEnd(12),
        ...CATEGORIES.map((c) => String(score(lhr, c)).padStart(4)),
        `${((audit('largest-contentful-paint').numericValue ?? 0) / 1000).toFixed(2)} s`.padStart(8),
        `${Math.round(audit('total-blocking-time').numericValue ?? 0)} ms`.padStart(7),
        (audit('cumulative-layout-shift').numericValue ?? 0).toFixed(3).padStart(6),
        `${((audit('total-byte-weight').numericValue ?? 0) / 1024).toFixed(0)} KB`.padStart(7),
        `  (perf runs: ${runs.map((r) => score(r, 'performance')).join(', ')})`,
      ].join(' '),
    );
    console.log(
      `Lighthouse ${lhr.lighthouseVersion}, mobile emulation, simulated throttling; best of up to ${RUNS} runs, stopping at the first that passes\n` +
        `page          perf a11y  b-p  seo      LCP     TBT    CLS   bytes\n${rows.join('\n')}` +
        (imperfect.length ? `\n${page.path}: audits below 1: ${imperfect.join(', ')}` : ''),
    );
    expect(score(lhr, 'performance')).toBeGreaterThanOrEqual(100 - PERFORMANCE_NOISE);
    for (const c of ['accessibility', 'best-practices', 'seo'] as const) expect(score(lhr, c), c).toBe(100);
    // No layout shift on any page: a CLS of 0.033 still scores 100, so the score alone would let one through
    // (the class results page shifted as its status arrived, 2026-11-29).
    expect(audit('cumulative-layout-shift').numericValue ?? 0, 'cumulative layout shift').toBeLessThan(0.001);
  });
}
