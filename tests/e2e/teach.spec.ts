/** The teachers' guide: everything a teacher plans with is there, linked into the story, and accessible. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator } from '@playwright/test';
import { create } from 'qrcode/lib/core/qrcode.js';
import { SLUGS, holdRequests } from './helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('the guide has plans, questions for every section, a debate and a statistics lesson', { tag: '@desktop' }, async ({ page }) => {
  await page.goto('/teach/');
  await expect(page.locator('h1')).toHaveText('Teaching with this story');
  await expect(page.locator('#plans h3')).toHaveText([/^45 minutes/, /^90 minutes/]);
  // Every section appears in the reading table and in the questions, with a link into the story.
  const rows = page.locator('.guide__glance tbody tr');
  await expect(rows).toHaveCount(SLUGS.length);
  for (const slug of SLUGS) {
    await expect(page.locator(`.guide__glance a[href="/#${slug}"]`)).toHaveCount(1);
    const block = page.locator(`#questions-${slug}`);
    await expect(block.locator('.discussion > li').first()).toBeVisible();
    await expect(block.locator('.discussion__notes').first()).toContainText('Notes:');
    await expect(block.locator('.answers > li').first()).toContainText('Answer:');
  }
  // Reading level is computed, not typed: a grade with one decimal and an age.
  await expect(rows.first().locator('td').nth(2)).toHaveText(/^-?\d+\.\d \(\d+\)$/);
  await expect(page.locator('#debate .debate__side')).toHaveCount(2);
  await expect(page.locator('#debate .evidence .stat').first()).toBeVisible();
  await expect(page.locator('#statistics h2')).toContainText('why two numbers cannot share one axis');
  // Footnotes lead to the story's numbered sources.
  await expect(page.locator('#debate .fn a').first()).toHaveAttribute('href', /^\/#source-/);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the guide has no axe violations (${colorScheme})`, { tag: colorScheme === 'light' ? '@phone' : '@desktop' }, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    await page.goto('/teach/');
    const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
  });
}

test('"Use this plan" ticks that plan’s sections in the builder, and only those, and takes the teacher there', { tag: '@desktop' }, async ({ page, baseURL }) => {
  await page.goto('/teach/');
  const builder = page.locator('assignment-builder');
  const boxes = builder.locator('input[name="assign"]');
  await builder.getByLabel('Three cells, one scale').check(); // not in the 45-minute plan: must be unticked

  // By keyboard: focus the button, press Enter.
  const use45 = page.getByRole('button', { name: /^Use this plan: 45 minutes/ });
  await use45.focus();
  await page.keyboard.press('Enter');
  const checked = () => boxes.evaluateAll((bs) => (bs as HTMLInputElement[]).filter((b) => b.checked).map((b) => b.value));
  // Polled: a press made before the builder's code has come (it waits for first paint) is replayed when it does.
  await expect.poll(checked).toEqual(['a-room-with-a-view', 'does-it-work']);
  await expect(boxes.first()).toBeFocused();
  await expect(boxes.first()).toBeInViewport();
  await expect(builder.getByRole('status')).toHaveText('The 45-minute plan’s 2 sections are ticked.');
  await expect(builder.getByLabel('Link for your students')).toHaveValue(`${baseURL}/?assign=a-room-with-a-view,does-it-work`);

  await page.getByRole('button', { name: /^Use this plan: 90 minutes/ }).click();
  await expect.poll(checked).toEqual(SLUGS);
  await expect(builder.getByLabel('Link for your students')).toHaveValue(`${baseURL}/?assign=${SLUGS.join(',')}`);
});

test('ticks and presses made before the builder\'s code arrives (it waits for first paint) still count', { tag: '@phone' }, async ({ page, baseURL }) => {
  const release = await holdRequests(page, /\/_astro\/assignment-builder\.[\w-]+\.js$/);
  await page.goto('/teach/');
  const builder = page.locator('assignment-builder');
  const link = builder.getByLabel('Link for your students');
  await builder.getByLabel('Three cells, one scale').check();
  release();
  await expect(link).toHaveValue(`${baseURL}/?assign=the-cell`);

  // A press on "Use this plan" (outside the builder) while the code is on its way, the deferred
  // loader's table too, is held, then replayed.
  await page.unrouteAll();
  const releaseAgain = await holdRequests(page, /\/_astro\/(assignment-builder|deferred)\.[\w-]+\.js$/);
  await page.reload({ waitUntil: 'domcontentloaded' });
  await page.getByRole('button', { name: /^Use this plan: 90 minutes/ }).click();
  releaseAgain();
  await expect(link).toHaveValue(`${baseURL}/?assign=${SLUGS.join(',')}`);
});

test.describe('without JavaScript', { tag: '@phone' }, () => {
  test.use({ javaScriptEnabled: false });
  test('"Use this plan" is not offered, as it would do nothing', async ({ page }) => {
    await page.goto('/teach/');
    await expect(page.locator('[data-use-plan]')).toHaveCount(2);
    for (const b of await page.locator('[data-use-plan]').all()) await expect(b).toBeHidden();
  });
});

/** The dark modules a drawn QR code shows, read back from its SVG path, against those the link needs. */
async function qrMatches(svg: Locator, link: string): Promise<boolean> {
  const d = await svg.locator('path').getAttribute('d');
  const { modules } = create(link, { errorCorrectionLevel: 'M' });
  const drawn = new Uint8Array(modules.size * modules.size);
  for (const [, x, y, run] of (d ?? '').matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(run); i++) drawn[(Number(y) - 4) * modules.size + Number(x) - 4 + i] = 1;
  }
  return drawn.every((v, i) => v === (modules.data[i] ? 1 : 0));
}

test('the student link as a QR code: drawn on the page from the link, redrawn when it changes, printed', { tag: '@desktop' }, async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/teach/');
  const builder = page.locator('assignment-builder');
  const qr = builder.locator('[data-qr]');
  await expect(qr).toBeHidden();
  expect(requests.filter((u) => u.includes('qr-code')), 'the encoder is not fetched at load').toEqual([]);

  await builder.getByLabel('Three cells, one scale').check();
  const svg = qr.getByRole('img');
  let link = `${baseURL}/?assign=the-cell`;
  await expect(svg).toHaveAccessibleName(`QR code of the student link: ${link}`);
  await expect(builder.getByLabel('Link for your students')).toHaveValue(link); // the text alternative, beside it
  expect(await qrMatches(svg, link)).toBe(true);

  await builder.getByLabel(/Show discussion questions/).check();
  link = `${baseURL}/?assign=the-cell&questions=1`;
  await expect(svg).toHaveAccessibleName(`QR code of the student link: ${link}`);
  expect(await qrMatches(svg, link)).toBe(true);
  expect(await qrMatches(svg, `${baseURL}/?assign=the-cell`)).toBe(false);

  // On paper too, at a size a phone can scan.
  await page.emulateMedia({ media: 'print' });
  const box = await svg.boundingBox();
  expect(box!.width).toBeGreaterThan(100);
  await page.emulateMedia({ media: null });

  await builder.getByLabel('Three cells, one scale').uncheck();
  await expect(qr).toBeHidden();
  // Drawn here: nothing was asked of any other site.
  expect(requests.filter((u) => !u.startsWith(baseURL!))).toEqual([]);
});
