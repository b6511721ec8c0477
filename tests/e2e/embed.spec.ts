/**
 * Embeddable charts: the code from a chart's Embed button, pasted into a page
 * on another site (a host served here on another port), frames the chart and
 * keeps the frame as tall as its content when the width changes; the embed's
 * step controls show the story's states; without JavaScript the embed is the
 * complete chart with all its text; the Embed box stays off paper and off the
 * handout.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { SCENES } from '../../src/scenes/registry';
import { finalStateReport, guard, holdRequests, scenes, settle, stepY, wheelTo } from './helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Another site: its own host name and port, serving whatever page a test gives it. */
let host: Server;
let hostOrigin = '';
const hostPages = new Map<string, string>();

test.beforeAll(async () => {
  host = createServer((req, res) => {
    const html = hostPages.get(req.url ?? '');
    res.writeHead(html ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html ?? 'Not found');
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

/**
 * Follow a chart's "Embed this chart" link from the story to its box on the
 * section page, press Copy, and return what the clipboard holds.
 */
async function copyEmbedCode(page: Page, scene: string): Promise<string> {
  await page.goto('/');
  await page.locator(`#scene-${scene} .embed-code--link a`).click();
  await expect(page).toHaveURL(new RegExp(`/story/[a-z-]+/#embed-${scene}-code$`));
  // The link lands on the code itself, which opens its box.
  const box = page.locator(`#scene-${scene} .embed-code`);
  await expect(box.getByRole('textbox')).toBeInViewport();
  await page.waitForFunction(() => customElements.get('copy-text'));
  await box.getByRole('button', { name: 'Copy code' }).click();
  await expect(box.getByRole('status')).toHaveText('Copied');
  const code = await page.evaluate(() => navigator.clipboard.readText());
  expect(code).toBe(await box.getByRole('textbox').inputValue());
  return code;
}

/**
 * Wait until the host has sized the frame to its content: the iframe is as
 * tall as the embed's content and the embed has nothing to scroll. Returns the height.
 */
async function expectFitted(frame: Locator): Promise<number> {
  let height = 0;
  await expect
    .poll(async () => {
      const outer = (await frame.boundingBox())!.height;
      const inner = await frame.contentFrame().locator('html').evaluate((html) => ({
        content: document.querySelector('[data-embed]')!.getBoundingClientRect().height,
        scroll: html.scrollHeight,
        client: html.clientHeight,
      }));
      height = outer;
      return Math.abs(outer - inner.content) < 1.5 && inner.scroll <= inner.client;
    }, { timeout: 10_000 })
    .toBe(true);
  return height;
}

test('the code copied from an Embed button shows the chart on another site, and the frame\'s height follows its content', { tag: '@phone' }, async ({ page, context, baseURL }) => {
  test.setTimeout(90_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  // Two charts on one host page: each snippet brings its own copy of the script.
  const room = await copyEmbedCode(page, 'room');
  const reoffending = await copyEmbedCode(page, 'reoffending');
  // The code names the published address (SITE_URL); this test's browser
  // reaches that address on the server under test, so the code is used as copied.
  const site = /<iframe src="(https?:\/\/[^/"]+)\/embed\/room\/"/.exec(room)?.[1];
  expect(site, room).toBeTruthy();
  expect(room).toContain(`<iframe src="${site}/embed/room/" title="Whose room is this?" width="100%"`);
  expect(room).toContain(`<script src="${site}/embed.js" async></script>`);
  const published = new Set<string>();
  await context.route(`${site}/**`, async (route) => {
    published.add(route.request().url());
    const response = await route.fetch({ url: route.request().url().replace(site!, baseURL!) });
    await route.fulfill({ response });
  });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });

  const key = `/article-${test.info().project.name}`;
  hostPages.set(
    key,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
      `<link rel="icon" href="data:,"><title>A newspaper</title></head><body><h1>A newspaper's article</h1><p>Some text before the chart.</p>\n${room}\n` +
      `<p>More text between the charts.</p>\n${reoffending}\n<p>The end.</p></body></html>`,
  );
  await page.goto(`${hostOrigin}${key}`);
  const frames = [page.locator('iframe[src$="/embed/room/"]'), page.locator('iframe[src$="/embed/reoffending/"]')];
  const before: number[] = [];
  for (const frame of frames) {
    await frame.scrollIntoViewIfNeeded();
    // The chart, named by the same title as the frame.
    const chart = frame.contentFrame().locator('svg[role="img"]');
    await expect(chart).toBeVisible();
    await expect(chart).toHaveAccessibleName((await frame.getAttribute('title'))!);
    await expect(frame.contentFrame().getByRole('heading', { level: 1 })).toHaveText((await frame.getAttribute('title'))!);
    before.push(await expectFitted(frame));
  }
  // Each frame was sized from its own content, not the other's.
  expect(before[0]).not.toBe(before[1]);

  // A new width reflows the charts and their notes: the frames follow.
  const { width } = page.viewportSize()!;
  await page.setViewportSize({ width: width < 600 ? 720 : 375, height: 800 });
  for (const [i, frame] of frames.entries()) {
    await frame.scrollIntoViewIfNeeded();
    const after = await expectFitted(frame);
    // Fitted again to content whose height changed: the frame followed. (How much
    // it changes depends on the chart: a wider chart is taller, its notes shorter.)
    expect(after, `frame ${i} kept its height of ${before[i]} px`).not.toBe(before[i]);
  }
  // A source in the data table points to the chart's own source line, inside the frame.
  const inside = frames[0]!.contentFrame();
  await inside.getByText('Description and data').click();
  const sourceLink = inside.locator('.scene-data td a').first();
  const target = (await sourceLink.getAttribute('href'))!;
  expect(target).toMatch(/^#source-/);
  await expect(inside.locator(target)).toHaveCount(1);
  // A link out of the chart (to the story) opens a tab; the frame stays.
  const [tab] = await Promise.all([page.waitForEvent('popup'), inside.locator('.embed__kicker a').click()]);
  await expect(tab).toHaveURL(/\/#a-room-with-a-view$/);
  await tab.close();
  await expect(inside.locator('svg[role="img"]')).toBeVisible();
  expect(errors).toEqual([]);
  // Nothing but the host page and the site (served here) was asked for.
  expect(requests.filter((u) => !u.startsWith(`${hostOrigin}/`) && !u.startsWith(`${site}/`) && !u.startsWith('data:'))).toEqual([]);
  expect([...published].map((u) => new URL(u).pathname)).toEqual(expect.arrayContaining(['/embed/room/', '/embed/reoffending/', '/embed.js']));
});

test.describe('step controls', () => {
  test('previous and next show the story\'s states, by mouse and keyboard, and say which step', { tag: '@desktop' }, async ({ page }) => {
    const { errors } = guard(page);
    await page.goto('/embed/room/');
    const steps = page.locator('embed-steps');
    const status = steps.locator('[aria-live="polite"]');
    const previous = steps.getByRole('button', { name: 'Previous' });
    const next = steps.getByRole('button', { name: 'Next' });
    // The chart starts complete: the last step.
    await expect(status).toContainText('Step 6 of 6');
    await expect(status).toContainText('This is a prison cell.');
    await expect(next).toHaveAttribute('aria-disabled', 'true');
    await expect(page.locator('figure[data-scene="room"]')).not.toHaveAttribute('data-state');

    await previous.click();
    await expect(status).toContainText('Step 5 of 6');
    await expect(status).toContainText('And there is a tall window.');
    await expect(page.locator('figure[data-scene="room"]')).toHaveAttribute('data-state', 'window');
    await expect(next).not.toHaveAttribute('aria-disabled');

    // The keyboard: buttons, then the arrow keys.
    await previous.focus();
    await page.keyboard.press('Enter');
    for (const key of ['ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowRight']) await page.keyboard.press(key);
    await expect(status).toContainText('Step 2 of 6');
    await expect(status).toContainText('Against one wall stands a bed');
    await expect(page.locator('figure[data-scene="room"]')).toHaveAttribute('data-state', 'bed');
    await expect(page.locator('[data-animating]')).toHaveCount(0, { timeout: 10_000 });
    const embedded = (await scenes(page)).room;

    // The same picture as the story at that step.
    await page.goto('/');
    await settle(page);
    await wheelTo(page, await stepY(page, 'room', 1));
    await settle(page);
    expect((await scenes(page)).room).toBe(embedded);

    // At the first step Previous does nothing and keeps focus.
    await page.goto('/embed/room/');
    await previous.focus();
    for (let i = 0; i < 7; i++) await page.keyboard.press('Enter');
    await expect(status).toContainText('Step 1 of 6');
    await expect(previous).toHaveAttribute('aria-disabled', 'true');
    await expect(previous).toBeFocused();
    expect(errors).toEqual([]);
  });

  test.describe('with reduced motion', () => {
    test.use({ reducedMotion: 'reduce' });
    test('each step is set at once and GSAP is never loaded', { tag: '@phone' }, async ({ page }) => {
      const scripts: string[] = [];
      page.on('request', (r) => scripts.push(r.url()));
      await page.goto('/embed/reoffending/');
      const steps = page.locator('embed-steps');
      for (let i = 0; i < 4; i++) {
        await steps.getByRole('button', { name: 'Previous' }).click();
        await expect(page.locator('[data-animating]')).toHaveCount(0, { timeout: 0 });
      }
      await expect(steps.locator('[aria-live="polite"]')).toContainText('Step 1 of 5');
      // The first step's own words label it: where the figure the reader is asked to guess comes from.
      await expect(steps.locator('[aria-live="polite"]')).toContainText('Norway’s official figure comes from a study');
      await expect(page.locator('figure[data-scene="reoffending"]')).toHaveAttribute('data-state', 'guess');
      expect(scripts.filter((u) => /gsap/i.test(u))).toEqual([]);
    });
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an embed is the complete chart with a note, its sources by publisher and year, links, and its definitions behind a disclosure', { tag: '@phone' }, async ({ page }) => {
    await page.goto('/embed/cells/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Three cells, drawn to one scale');
    await expect(page.locator('svg[role="img"]')).toBeVisible();
    const [report] = await finalStateReport(page);
    expect(report).toMatchObject({ scene: 'cells', state: undefined, wrong: 0, hidden: 0 });
    // Step controls need JavaScript; nothing is left that does nothing.
    await expect(page.locator('embed-steps')).toBeHidden();
    // One sentence on what the chart shows.
    await expect(page.locator('.embed__note')).toHaveText(/^Drawn to one scale, Halden’s cell is far larger/);
    // The source by publisher and year: the story's footnote numbers mean nothing on another site.
    const source = page.locator('.embed__source');
    await expect(source).toHaveText(/^\s*Sources: [^[\]]+, \d{4}[^[\]]*\.\s*$/);
    await expect(page.locator('.scene-data')).not.toContainText(/\[\d+\]/);
    // The definitions wait behind a disclosure, which opens without JavaScript.
    const more = page.locator('details.embed__more');
    await expect(page.locator('.embed__defs')).toBeHidden();
    await more.getByText('What the figures count').click();
    // One definition for each figure the cells table lists (src/scenes/catalog.ts).
    await expect(page.locator('.embed__defs dt')).toHaveCount(8);
    await expect(page.locator('.embed__defs dt').getByText('Floor area of most cells at Ullersmo')).toBeVisible();
    await expect(page.locator('.embed__defs').getByText('Floor area of a single cell at Halden')).toBeVisible();
    // …with each source in full, linked.
    await expect(more.locator('.embed__cites a').first()).toHaveAttribute('href', /^https?:\/\//);
    await expect(page.getByRole('link', { name: 'Data (CSV)' })).toHaveAttribute('href', '/data/cells.csv');
    await expect(page.getByRole('link', { name: /^Read the story/ })).toHaveAttribute('href', '/#the-cell');
    await expect(page.getByText('Description and data')).toBeVisible();
  });

  test('?step= is ignored: the chart stays complete', { tag: '@phone' }, async ({ page }) => {
    await page.goto('/embed/room/?step=walls');
    const [report] = await finalStateReport(page);
    expect(report).toMatchObject({ scene: 'room', state: undefined, wrong: 0, hidden: 0 });
    await expect(page.locator('.embed__note')).toBeVisible();
  });

  test('the Embed box shows the code to select, and no Copy button', { tag: '@desktop' }, async ({ page }) => {
    await page.goto('/story/the-sentence/');
    const box = page.locator('#scene-sentence .embed-code');
    await box.locator('summary').click();
    const code = box.getByRole('textbox');
    await expect(code).toBeVisible();
    await expect(code).toHaveJSProperty('readOnly', true);
    await expect(code).toHaveValue(/^<div style="container-type:inline-size"><iframe src="https:\/\/[^"]+\/embed\/sentence\/" title="How long a sentence can last"/);
    await expect(box.getByRole('button', { name: 'Copy code' })).toBeHidden();
    await expect(box.getByRole('link', { name: /Preview the embed/ })).toHaveAttribute('href', '/embed/sentence/');
    // The step picker needs JavaScript: the code embeds the whole chart.
    await expect(box.getByLabel('Show the chart at')).toBeHidden();
  });
});

test('the story links each chart to its Embed box; the box is left off the handout and off paper', { tag: '@desktop' }, async ({ page }) => {
  await page.goto('/handout/');
  await expect(page.locator('.scrolly__figure')).toHaveCount(8);
  await expect(page.locator('.embed-code')).toHaveCount(0);
  await page.goto('/');
  await expect(page.locator('.embed-code--link a')).toHaveCount(8);
  await expect(page.locator('#scene-room .embed-code--link a')).toHaveAttribute('href', '/story/a-room-with-a-view/#embed-room-code');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#scene-room .embed-code--link')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await page.goto('/story/a-room-with-a-view/');
  await expect(page.locator('#scene-room .embed-code')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#scene-room .embed-code')).toBeHidden();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`an embed and an open Embed box have no axe violations (${colorScheme})`, { tag: colorScheme === 'light' ? '@phone' : '@desktop' }, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme });
    await page.goto('/embed/rights/');
    await page.locator('embed-steps').getByRole('button', { name: 'Previous' }).click();
    await page.getByText('Description and data').click();
    const embed = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(embed.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);

    await page.goto('/story/rights-kept/');
    await page.locator('#scene-rights .embed-code summary').click();
    await expect(page.locator('#scene-rights .embed-code textarea')).toBeVisible();
    const box = await new AxeBuilder({ page }).include('#scene-rights .embed-code').withTags(TAGS).analyze();
    expect(box.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
}

/** The section page whose Embed box holds each scene's code. */
async function boxCode(page: Page, scene: string, state?: string): Promise<string> {
  await page.goto(`/story/${(await sectionOf(page, scene))}/`);
  const box = page.locator(`#scene-${scene} embed-picker`);
  if (state !== undefined) {
    await page.waitForFunction(() => customElements.get('embed-picker'));
    await box.getByLabel('Show the chart at').selectOption(state);
  }
  return box.locator('textarea').inputValue();
}

/** The section a chart belongs to: its embed's canonical page. */
async function sectionOf(page: Page, scene: string): Promise<string> {
  await page.goto(`/embed/${scene}/`);
  const href = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
  return /\/story\/([a-z-]+)\//.exec(href)![1]!;
}

/** The embed's content height and its frame's, once the frame has drawn it (and /embed.js, if any, has sized it). */
async function heights(page: Page, script: boolean): Promise<{ content: number; frame: number }> {
  const frame = page.locator('iframe');
  const inside = frame.contentFrame();
  await expect(inside.locator('[data-embed]')).toBeVisible();
  await inside.locator('html').evaluate(() => document.fonts.ready);
  await expect(inside.locator('[data-animating]')).toHaveCount(0);
  const measure = async () => ({
    content: await inside.locator('[data-embed]').evaluate((e) => e.getBoundingClientRect().height),
    frame: (await frame.boundingBox())!.height,
  });
  if (script) await expect.poll(async () => { const m = await measure(); return Math.abs(m.frame - m.content); }, { timeout: 10_000 }).toBeLessThan(1.5);
  return measure();
}

test.describe('the iframe code fits its chart', () => {
  // 360, 640 and 960 px, and 320: a 360 px phone's article column, margins taken off.
  const WIDTHS = [320, 360, 640, 960];
  for (const scene of Object.keys(SCENES)) {
    test(`${scene}: the frame is within 5% of the content at ${WIDTHS.join(', ')} px, with and without /embed.js`, { tag: '@desktop' }, async ({ page, context, baseURL }) => {
      test.setTimeout(90_000);
      const code = await boxCode(page, scene);
      const site = /<iframe src="(https?:\/\/[^/"]+)\//.exec(code)![1]!;
      await context.route(`${site}/**`, async (route) => {
        const response = await route.fetch({ url: route.request().url().replace(site, baseURL!) });
        await route.fulfill({ response });
      });
      const found: string[] = [];
      for (const script of [false, true]) {
        const snippet = (script ? code : code.replace(/\n?<script[^>]*><\/script>/, '')).replace(' loading="lazy"', '');
        const key = `/fit-${scene}-${script}`;
        hostPages.set(key, `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>Host</title><style>body{margin:0}</style></head><body>${snippet}</body></html>`);
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(`${hostOrigin}${key}`);
          const { content, frame } = await heights(page, script);
          const off = Math.abs(frame - content) / content;
          if (off > 0.05) found.push(`${width} px ${script ? 'with' : 'without'} /embed.js: frame ${Math.round(frame)} px, content ${Math.round(content)} px (${(off * 100).toFixed(1)}%)`);
        }
      }
      expect(found, 'heights off by more than 5%: run `npm run build && npm run measure:embeds && npm run build`').toEqual([]);
    });
  }
});

test.describe('?step=', () => {
  /** What the reader gets at a step: the figure's DOM (state, each part's --p, counts), the controls' and the notes'. */
  const snapshot = (page: Page) =>
    page.evaluate(() => [
      document.querySelector('figure[data-scene]')!.outerHTML,
      document.querySelector('embed-steps')!.outerHTML,
      `note hidden: ${document.querySelector<HTMLElement>('.embed__note')!.hidden}`,
      `notice hidden: ${document.querySelector<HTMLElement>('.embed__notice')!.hidden}`,
    ].join('\n'));

  for (const [scene, { states }] of Object.entries(SCENES)) {
    test(`${scene}: opening each state by ?step= is the same DOM as stepping there`, { tag: '@desktop' }, async ({ page }) => {
      test.setTimeout(90_000);
      const { errors } = guard(page);
      const total = states.length;
      const status = page.locator('embed-steps .embed-steps__count');
      const stepped = new Map<number, string[]>();
      const take = async (i: number) => {
        await expect(status).toHaveText(`Step ${i + 1} of ${total}`);
        await expect(page.locator('[data-animating]')).toHaveCount(0, { timeout: 10_000 });
        stepped.set(i, [...(stepped.get(i) ?? []), await snapshot(page)]);
      };
      // Step there with the buttons, tweened (GSAP loads as the pointer arrives), down to the first and back up.
      await page.goto(`/embed/${scene}/`);
      const previous = page.getByRole('button', { name: 'Previous' });
      const next = page.getByRole('button', { name: 'Next' });
      for (let i = total - 2; i >= 0; i--) {
        await previous.click();
        await take(i);
      }
      for (let i = 1; i < total; i++) {
        await next.click();
        await take(i);
      }
      for (const [i, state] of states.entries()) {
        await page.goto(`/embed/${scene}/?step=${state}`);
        await expect(page.locator('figure[data-scene]')).toHaveAttribute('data-state', state);
        const opened = await snapshot(page);
        for (const got of stepped.get(i)!) expect(opened, `${scene} at ${state}`).toBe(got);
      }
      expect(errors).toEqual([]);
    });
  }

  // The step controls' code comes after first paint (src/client/deferred.ts); a slow network is a held request.
  const STEP_CODE = /\/_astro\/embed-steps\.[\w-]+\.js$/;

  test('opened at a step, the chart waits hidden for that step: the twist the server drew is never shown first', { tag: '@phone' }, async ({ page }) => {
    const release = await holdRequests(page, STEP_CODE);
    await page.goto('/embed/room/?step=walls');
    const figure = page.locator('figure[data-scene="room"]');
    // Painted and waiting: the room, its note and its counter are not on the screen or in the accessibility tree.
    await page.waitForTimeout(500);
    await expect(figure).toBeHidden();
    // Nor any part of the drawing: a child can make itself visible inside a hidden parent.
    const shown = await figure.evaluate((f) => [...f.querySelectorAll('*')].filter((el) => getComputedStyle(el).visibility !== 'hidden').map((el) => el.tagName));
    expect(shown).toEqual([]);
    await expect(page.getByRole('img')).toHaveCount(0);
    await expect(page.locator('.embed__note')).toBeHidden();
    const said = await page.locator('main').ariaSnapshot();
    expect(said).not.toMatch(/\bcell\b|concrete wall/i);
    expect(said).not.toContain('- figure');
    release();
    await expect(figure).toBeVisible();
    await expect(figure).toHaveAttribute('data-state', 'walls');
    await expect(page.locator('embed-steps .embed-steps__count')).toHaveText(`Step 1 of ${SCENES.room.states.length}`);
  });

  test('opened at a step whose code never comes, the chart appears complete after a wait, as without JavaScript', { tag: '@phone' }, async ({ page }) => {
    await page.route(STEP_CODE, (route) => route.abort());
    await page.goto('/embed/cells/?step=us');
    const figure = page.locator('figure[data-scene="cells"]');
    await expect(figure).toBeHidden();
    await expect(figure).toBeVisible({ timeout: 5_000 });
    // As the server drew it: complete, with the counter at the last step.
    const last = SCENES.cells.states.length;
    await expect(page.locator('embed-steps .embed-steps__count')).toHaveText(`Step ${last} of ${last}`);
    await expect(page.locator('.embed__note')).toBeVisible();
  });

  test('opened without a step, the complete chart shows before its controls\' code arrives, and that code leaves it as drawn', { tag: '@phone' }, async ({ page }) => {
    for (const scene of Object.keys(SCENES)) {
      await page.unrouteAll();
      const release = await holdRequests(page, STEP_CODE);
      await page.goto(`/embed/${scene}/`);
      const figure = page.locator(`figure[data-scene="${scene}"]`);
      await expect(figure).toBeVisible();
      const drawn = await figure.evaluate((f) => f.outerHTML);
      release();
      if (await page.locator('embed-steps').count()) await page.waitForFunction(() => customElements.get('embed-steps'));
      expect(await figure.evaluate((f) => f.outerHTML), scene).toBe(drawn);
    }
  });

  test('a state the chart does not have gets a polite note and the first step', { tag: '@phone' }, async ({ page }) => {
    await page.goto('/embed/reoffending/?step=norddic');
    await expect(page.getByRole('status').filter({ hasText: 'no step called “norddic”' })).toBeVisible();
    await expect(page.locator('embed-steps .embed-steps__count')).toHaveText('Step 1 of 5');
    await expect(page.locator('figure[data-scene="reoffending"]')).toHaveAttribute('data-state', 'guess');
    await expect(page.getByRole('button', { name: 'Previous' })).toHaveAttribute('aria-disabled', 'true');
    const axe = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });

  test('before the room\'s reveal, an embed opened at a step keeps the twist, and its note waits for the reveal', { tag: '@phone' }, async ({ page }) => {
    const TWIST = /\bcell\b|prison|concrete wall/i;
    const reveal = SCENES.room.states.indexOf('prison');
    for (const [i, state] of SCENES.room.states.entries()) {
      await page.goto(`/embed/room/?step=${state}`);
      await expect(page.locator('figure[data-scene="room"]')).toHaveAttribute('data-state', state);
      // What a sighted reader sees and a screen reader reads out: the figure, the step, the note.
      const said = [
        await page.locator('figure').ariaSnapshot(),
        await page.locator('embed-steps').innerText(),
        (await page.locator('.embed__note').isVisible()) ? await page.locator('.embed__note').innerText() : '',
      ].join('\n');
      if (i < reveal) {
        expect(said, `at ${state}`).not.toMatch(TWIST);
        await expect(page.locator('.embed__note')).toBeHidden();
      } else await expect(page.locator('.embed__note')).toBeVisible();
    }
    // Stepping on to the reveal shows the note.
    await page.goto('/embed/room/?step=window');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.locator('.embed__note')).toBeVisible();
  });

  test('the Embed box\'s step picker puts that step in the code and the preview', { tag: '@desktop' }, async ({ page }) => {
    await page.goto('/story/does-it-work/');
    const box = page.locator('#scene-reoffending embed-picker');
    await box.locator('summary').click();
    const picker = box.getByLabel('Show the chart at');
    const code = box.getByRole('textbox');
    const preview = box.getByRole('link', { name: /Preview the embed/ });
    // Every step, labelled by its first words; the chart opens at the last.
    await expect(picker.locator('option')).toHaveCount(5);
    await expect(picker.locator('option').first()).toHaveText(/^Step 1 of 5: Norway’s official figure/);
    await expect(picker).toHaveValue('');
    const whole = await code.inputValue();
    await page.waitForFunction(() => customElements.get('embed-picker'));
    await picker.selectOption('nordic');
    await expect(code).toHaveValue(/<iframe src="https:\/\/[^"]+\/embed\/reoffending\/\?step=nordic" title="One question, several answers"/);
    await expect(preview).toHaveAttribute('href', '/embed/reoffending/?step=nordic');
    await preview.click();
    await expect(page.locator('figure[data-scene="reoffending"]')).toHaveAttribute('data-state', 'nordic');
    await expect(page.locator('embed-steps .embed-steps__count')).toHaveText('Step 3 of 5');
    await page.goBack();
    await page.locator('#scene-reoffending embed-picker summary').click();
    await page.waitForFunction(() => customElements.get('embed-picker'));
    await page.locator('#scene-reoffending embed-picker select').selectOption('');
    await expect(page.locator('#scene-reoffending embed-picker textarea')).toHaveValue(whole);
    await expect(page.locator('#scene-reoffending embed-picker a[data-preview]')).toHaveAttribute('href', '/embed/reoffending/');
  });

  test('the Embed box\'s image downloads follow the step picker and are served as images', { tag: '@desktop' }, async ({ page, request }) => {
    await page.goto('/story/a-room-with-a-view/');
    const box = page.locator('#scene-room embed-picker');
    await box.locator('summary').click();
    const links = box.locator('a[data-image]');
    const hrefs = () => links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    // As the embed opens: the chart as it ends. Each link downloads and says its size.
    await expect(links).toHaveCount(3);
    expect(await hrefs()).toEqual(['/images/room/prison.png', '/images/room/prison@2x.png', '/images/room/prison.svg']);
    await expect(links.nth(0)).toHaveText(/^PNG.*, 1200 px wide$/);
    await expect(links.nth(1)).toHaveText(/^PNG 2×.*, 2400 px wide$/);
    for (const a of await links.all()) await expect(a).toHaveAttribute('download', '');
    // Another step: the links follow the picker, like the code.
    await page.waitForFunction(() => customElements.get('embed-picker'));
    await box.getByLabel('Show the chart at').selectOption('bed');
    await expect(links.first()).toHaveAttribute('href', '/images/room/bed.png');
    const picked = await hrefs();
    expect(picked).toEqual(['/images/room/bed.png', '/images/room/bed@2x.png', '/images/room/bed.svg']);
    for (const href of picked) {
      const res = await request.get(href!);
      expect(res.status(), href!).toBe(200);
      expect(res.headers()['content-type'], href!).toBe(href!.endsWith('.svg') ? 'image/svg+xml' : 'image/png');
    }
    await box.getByLabel('Show the chart at').selectOption('');
    await expect(links.first()).toHaveAttribute('href', '/images/room/prison.png');
  });

  test('without JavaScript the image downloads give the chart as it ends', { tag: '@phone' }, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/story/the-cell/');
    const box = page.locator('#scene-cells embed-picker');
    await box.locator('summary').click();
    const last = SCENES.cells.states.at(-1);
    await expect(box.locator('a[data-image]').first()).toHaveAttribute('href', `/images/cells/${last}.png`);
    await expect(box.locator('a[data-image]').first()).toBeVisible();
    await context.close();
  });
});
