/**
 * The journalists' kit in the built site: section pages with their own
 * metadata and social card, data downloads that match the pages, citations
 * that copy, and a corrections log that the "Updated" notes link to.
 * Width-independent checks run on the desktop; what depends on layout runs
 * at both widths.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { readContent } from '../helpers/read-content';
import { SCENES } from '../../src/scenes/registry';

const content = readContent('content');
const sections = [...content.story].sort((a, b) => a.data.order - b.data.order);
const slugs = sections.map((s) => s.data.slug);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const meta = (page: Page, selector: string) => page.locator(selector).first().getAttribute('content');

test.describe('section pages', () => {
  test('every section page has its own title, description, canonical URL, card and structured data', { tag: '@desktop' }, async ({ page, request }) => {
    for (const slug of slugs) {
      await page.goto(`/story/${slug}/`);
      const h1 = (await page.locator('h1').textContent())!.trim();
      // The title in the data may hold {{tokens}}; the page shows them filled.
      expect(h1.length, slug).toBeGreaterThan(3);
      await expect(page).toHaveTitle(`${h1} · Norway’s prisons`);
      const description = await meta(page, 'meta[name="description"]');
      expect(description).toBe(await page.locator('.section-page__dek').textContent());
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(new URL(canonical!).pathname).toBe(`/story/${slug}/`);
      expect(await meta(page, 'meta[property="og:url"]')).toBe(canonical);
      expect(await meta(page, 'meta[property="og:title"]')).toBe(h1);
      expect(await meta(page, 'meta[property="og:type"]')).toBe('article');
      expect(await meta(page, 'meta[name="twitter:card"]')).toBe('summary_large_image');

      const image = await meta(page, 'meta[property="og:image"]');
      expect(new URL(image!).pathname).toBe(`/cards/${slug}.png`);
      expect(await meta(page, 'meta[name="twitter:image"]')).toBe(image);
      const png = await request.get(new URL(image!).pathname);
      expect(png.status(), image!).toBe(200);
      expect(png.headers()['content-type']).toBe('image/png');
      expect(pngSize(await png.body()), image!).toEqual({ width: 1200, height: 630 });
      expect(await meta(page, 'meta[property="og:image:width"]')).toBe('1200');
      expect(await meta(page, 'meta[property="og:image:height"]')).toBe('630');
      expect(await meta(page, 'meta[property="og:image:alt"]')).toContain(h1);

      // Structured data: an Article with author, dates and the sources it cites.
      const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
      expect(ld).toMatchObject({ '@type': 'Article', headline: h1, url: canonical, author: { name: 'The Norway Prisons Explainer team' } });
      expect(ld.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(ld.dateModified >= ld.datePublished).toBe(true);
      const listed = await page.locator('.sources-list li').count();
      expect(listed, slug).toBeGreaterThan(0);
      expect(ld.citation).toHaveLength(listed);
    }
  });

  test('the story’s structured data names each section’s page, whose own data lists its sources', { tag: '@desktop' }, async ({ page }) => {
    await page.goto('/');
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld['@type']).toBe('Article');
    expect(ld.hasPart.map((p: { url: string }) => new URL(p.url).pathname)).toEqual(slugs.map((slug) => `/story/${slug}/`));
    expect(ld.hasPart.map((p: { headline: string }) => p.headline)).toEqual(
      await page.locator('[data-chapter]').evaluateAll((cs) => cs.map((c) => c.getAttribute('data-title'))),
    );
  });

  test('a section page shows the section, its scene with its data table, and links into the story', { tag: '@phone' }, async ({ page }) => {
    await page.goto('/story/the-cell/');
    await expect(page.locator('.scrolly__figure svg[role="img"]')).toBeVisible();
    await expect(page.locator('.scene-data table')).toHaveCount(1);
    // Every footnote on the page points to a source listed on the page.
    const targets = await page.locator('.prose sup.fn a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(targets.length).toBeGreaterThan(3);
    for (const href of new Set(targets)) {
      expect(href).toMatch(/^#source-/);
      await expect(page.locator(href!)).toHaveCount(1);
    }
    await page.locator('.section-page__story').click();
    await expect(page).toHaveURL(/\/#the-cell$/);
    await expect(page.locator('#the-cell h2')).toBeInViewport();
  });

  test('pages link to their neighbours in story order', { tag: '@desktop' }, async ({ page }) => {
    await page.goto(`/story/${slugs[0]}/`);
    await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
    for (const next of slugs.slice(1)) {
      await page.locator('a[rel="next"]').click();
      await expect(page).toHaveURL(new RegExp(`/story/${next}/$`));
    }
    await expect(page.locator('a[rel="next"]')).toHaveCount(0);
  });
});

test.describe('data downloads', () => {
  test('every dataset on /data/ downloads as CSV and JSON that parse and agree', { tag: '@desktop' }, async ({ page, request }) => {
    await page.goto('/data/');
    const csvLinks = await page.locator('.datasets a[href$=".csv"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(csvLinks).toContain('/data/statistics.csv');
    expect(csvLinks.length).toBeGreaterThanOrEqual(9);
    for (const href of csvLinks) {
      const csv = await request.get(href);
      expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
      const rows = parse(await csv.text(), { columns: true, bom: true }) as Record<string, string>[];
      expect(rows.length, href).toBeGreaterThan(0);
      const json = await (await request.get(href.replace(/\.csv$/, '.json'))).json();
      expect(json.statistics.map((r: { id: string }) => r.id)).toEqual(rows.map((r) => r.id));
      expect(json.statistics.map((r: { display: string }) => r.display)).toEqual(rows.map((r) => r.display));
      expect(new URL(json.url).pathname).toBe(href.replace(/\.csv$/, '.json'));
    }
  });

  test('/data/ lists every chart at every step as PNG, 2× PNG and SVG, and each downloads', { tag: '@desktop' }, async ({ page, request }) => {
    await page.goto('/data/');
    for (const [scene, { states }] of Object.entries(SCENES)) {
      const item = page.locator(`#images-${scene}`);
      await expect(item.locator('li'), scene).toHaveCount(states.length);
      const hrefs = await item.locator('a[download]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs, scene).toEqual(states.flatMap((s) => [`/images/${scene}/${s}.png`, `/images/${scene}/${s}@2x.png`, `/images/${scene}/${s}.svg`]));
    }
    await expect(page.locator('#images-room li').first()).toContainText('Step 1 of 6');
    for (const href of ['/images/rates/us.png', '/images/rates/us@2x.png', '/images/rates/us.svg']) {
      const res = await request.get(href);
      expect(res.status(), href).toBe(200);
      expect(res.headers()['content-type']).toBe(href.endsWith('.svg') ? 'image/svg+xml' : 'image/png');
    }
    // The SVG carries the licence and whom to credit, like every download.
    const svg = await (await request.get('/images/rates/us.svg')).text();
    expect(svg).toContain('CC BY 4.0');
    expect(svg).toContain('The Norway Prisons Explainer team');
  });

  test('the full CSV holds exactly the statistics of the content, with their sources', { tag: '@desktop' }, async ({ request }) => {
    const rows = parse(await (await request.get('/data/statistics.csv')).text(), { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.map((r) => r.id)).toEqual(content.statistics.map((s) => s.id));
    const sources = new Map(content.sources.map((s) => [s.id, s.data]));
    for (const s of content.statistics) {
      const row = rows.find((r) => r.id === s.id)!;
      expect(row.definition).toBe(s.data.definition);
      expect(row.source_url).toBe(sources.get(s.data.source)!.url);
      expect(row.source_publisher).toBe(sources.get(s.data.source)!.publisher);
      if (typeof s.data.value === 'number') expect(Number(row.value)).toBe(s.data.value);
    }
  });

  test('a chart’s CSV has exactly the numbers its data table shows on the page', { tag: '@desktop' }, async ({ page, request }) => {
    await page.goto('/story/does-it-work/');
    for (const scene of ['reoffending', 'rates']) {
      const rows = parse(await (await request.get(`/data/${scene}.csv`)).text(), { columns: true, bom: true }) as Record<string, string>[];
      const table = page.locator(`#scene-${scene}-data table`);
      await expect(table.locator('tbody tr')).toHaveCount(rows.length);
      for (const r of rows) await expect(table.locator(`tr[data-stat="${r.id}"] td.num`)).toHaveText(r.display!);
    }
  });
});

test.describe('citations', () => {
  test('a footnote’s source shows its number beside it, the number the footnote cites', { tag: '@phone' }, async ({ page }) => {
    await page.goto('/#source-bbc-2019');
    const source = page.locator('#source-bbc-2019');
    await expect(source).toBeInViewport();
    await expect(page.locator('sup.fn a[href="#source-bbc-2019"]').first()).toHaveText('8');
    const box = (await source.boundingBox())!;
    // The number is the list's marker, drawn in the margin left of the entry.
    const margin = { x: 0, y: box.y, width: box.x, height: 24 };
    const withNumber = await page.screenshot({ clip: margin });
    await source.evaluate((li) => ((li as HTMLElement).style.listStyleType = 'none'));
    expect(withNumber.equals(await page.screenshot({ clip: margin })), 'the number "8." is painted beside the source').toBe(false);
  });

  test('each citation of a section copies as shown, with the section’s URL', { tag: '@desktop' }, async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto('/story/the-sentence/');
    for (const style of ['apa', 'mla', 'chicago', 'bibtex']) {
      const text = (await page.locator(`#cite-${style}-the-sentence`).textContent())!.trim();
      expect(text).toContain('norway-prisons.example/story/the-sentence/');
      await page.locator(`copy-text[for="cite-${style}-the-sentence"] button`).click();
      await expect(page.locator(`copy-text[for="cite-${style}-the-sentence"] [role="status"]`)).toHaveText('Copied');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    }
    const bibtex = await page.evaluate(() => navigator.clipboard.readText());
    expect(bibtex).toMatch(/^@online\{norwaysprisons\d{4}-the-sentence,\n/);
  });

  test('the story is citable from its end and from sources and method', { tag: '@desktop' }, async ({ page }) => {
    for (const path of ['/', '/sources/']) {
      await page.goto(path);
      const apa = page.locator('#cite-apa');
      await expect(apa).toContainText('The Norway Prisons Explainer team. (');
      await expect(apa).toContainText(/norway-prisons\.example\/$/);
    }
  });

  test('without JavaScript the citations are there and no Copy button shows', { tag: '@phone' }, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('http://localhost:' + (process.env.PORT ?? 4321) + '/story/the-cell/');
    await expect(page.locator('#cite-apa-the-cell')).toBeVisible();
    await expect(page.locator('copy-text button').first()).toBeHidden();
    await context.close();
  });
});

test.describe('corrections', () => {
  test('an "Updated" note is one line that opens to its corrections, each linking to the log', { tag: '@phone' }, async ({ page }) => {
    // The first substantive correction of "does it work?", as the log has it.
    const first = content.corrections.find((c) => c.data.sections.includes('does-it-work') && !c.data.minor)!;
    for (const path of ['/story/does-it-work/', '/']) {
      await page.goto(path);
      const note = page.locator('#does-it-work .updated-note, .section-page__head .updated-note').first();
      const summary = note.locator('summary');
      await expect(summary).toContainText('Corrected');
      // One line: no taller than a line of its text and its padding.
      expect((await note.boundingBox())!.height).toBeLessThan(48);
      await summary.click();
      await note.locator(`li[data-correction="${first.id}"] a`).click();
      await expect(page).toHaveURL(new RegExp(`/corrections/#${first.id}$`));
      const entry = page.locator(`#${first.id}`);
      await expect(entry).toBeInViewport();
      await expect(entry.locator('a[href="/story/does-it-work/"]')).toHaveCount(1);
    }
  });

  test('a minor change is in the log but not flagged on its section', { tag: '@phone' }, async ({ page }) => {
    await page.goto('/story/does-it-work/');
    await expect(page.locator('[data-correction="repeated-footnotes"]')).toHaveCount(0);
    await page.goto('/corrections/');
    await expect(page.locator('#repeated-footnotes')).toContainText('Removed footnote marks');
  });

  test('sections no correction names show no note', { tag: '@desktop' }, async ({ page }) => {
    const named = new Set(content.corrections.flatMap((c) => c.data.sections));
    const clean = slugs.find((s) => !named.has(s))!;
    await page.goto(`/story/${clean}/`);
    await expect(page.locator('.updated-note')).toHaveCount(0);
  });

  test('the Atom feed lists every correction, newest first, linking to the log', { tag: '@desktop' }, async ({ page, request }) => {
    const response = await request.get('/corrections/feed.xml');
    expect(response.headers()['content-type']).toMatch(/xml/);
    await page.goto('/corrections/');
    const feedHref = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
    expect(feedHref).toBe('/corrections/feed.xml');
    const entries = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      if (doc.querySelector('parsererror')) throw new Error('feed is not well-formed XML');
      return [...doc.querySelectorAll('entry')].map((e) => ({ id: e.querySelector('id')!.textContent, updated: e.querySelector('updated')!.textContent }));
    }, await response.text());
    expect(entries).toHaveLength(content.corrections.length);
    for (const e of entries) expect(new URL(e.id!).pathname + new URL(e.id!).hash).toMatch(/^\/corrections\/#[a-z0-9-]+$/);
    const dates = entries.map((e) => e.updated!);
    expect([...dates].sort().reverse()).toEqual(dates);
    await expect(page.locator('.corrections__entry')).toHaveCount(content.corrections.length);
  });
});

test('the sitemap lists every section page and robots.txt points to it', { tag: '@desktop' }, async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  const sitemapUrl = /Sitemap: (\S+)/.exec(robots)![1]!;
  const index = await (await request.get(new URL(sitemapUrl).pathname)).text();
  const first = /<loc>([^<]+)<\/loc>/.exec(index)![1]!;
  const sitemap = await (await request.get(new URL(first).pathname)).text();
  for (const slug of slugs) expect(sitemap).toContain(`/story/${slug}/</loc>`);
  for (const path of ['/data/', '/sources/', '/corrections/']) expect(sitemap).toContain(`${path}</loc>`);
  expect(sitemap).not.toContain('/embed/');
});

test.describe('axe on the journalists’ pages', () => {
  // Each page once: two in light on the phone, two in dark on the desktop.
  const PAGES = [['/story/does-it-work/', '@phone'], ['/sources/', '@phone'], ['/data/', '@desktop'], ['/corrections/', '@desktop']] as const;
  for (const [path, tag] of PAGES) {
    test(`${path} has no axe violations`, { tag }, async ({ page }) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme: tag === '@phone' ? 'light' : 'dark' });
      await page.goto(path);
      const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`)).toEqual([]);
    });
  }
});
