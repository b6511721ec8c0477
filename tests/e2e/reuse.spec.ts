/**
 * Reuse and reporting: every page states the licence and a contact address;
 * the downloads and each citation carry the licence; each section has a
 * "Report an error" e-mail naming the section, its address and the words the
 * reader selected.
 */
import { expect, test } from '@playwright/test';
import { SLUGS } from './helpers';

const LICENCE = 'CC BY 4.0';

test('every page states the licence and how to reach the publisher', { tag: '@desktop' }, async ({ page }) => {
  for (const path of ['/', '/story/the-cell/', '/data/', '/sources/', '/teach/', '/glossary/', '/corrections/', '/privacy/', '/handout/answer-key/']) {
    await page.goto(path);
    const footer = page.locator('.site-footer');
    await expect(footer.locator('a[rel="license"]'), path).toHaveText(LICENCE);
    await expect(footer.locator('a[rel="license"]'), path).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/');
    await expect(footer.locator('a[href^="mailto:"]'), path).toHaveCount(1);
  }
});

test('the downloads and the citations carry the licence', { tag: '@desktop' }, async ({ page, request }) => {
  const csv = await (await request.get('/data/statistics.csv')).text();
  const [header, first] = csv.replace('\uFEFF', '').split('\r\n');
  expect(header!.split(',').at(-1)).toBe('licence');
  expect(first).toContain(`Text, charts and data: ${LICENCE}`);
  const json = await (await request.get('/data/cells.json')).json();
  expect(json.licence).toEqual({ name: LICENCE, url: 'https://creativecommons.org/licenses/by/4.0/' });
  expect(json.credit).toContain(json.publisher);
  await page.goto('/story/the-cell/');
  await expect(page.locator('.cite__reuse')).toContainText(`Reuse: Text, charts and data: ${LICENCE}`);
});

test('each section has a "Report an error" e-mail with the section, its address and the selected words', { tag: '@desktop' }, async ({ page }) => {
  await page.goto('/');
  for (const slug of SLUGS) await expect(page.locator(`#${slug} report-error a`), slug).toHaveCount(1);

  await page.goto('/story/the-cell/');
  const link = page.getByRole('link', { name: 'Report an error in this section' });
  const mail = async () => {
    const url = new URL((await link.getAttribute('href'))!);
    return { to: url.pathname, subject: url.searchParams.get('subject')!, body: url.searchParams.get('body')! };
  };
  const before = await mail();
  expect(before.to).toMatch(/^[^@\s]+@[^@\s]+$/);
  expect(before.subject).toBe('Error report: Three cells, one scale');
  expect(before.body).toMatch(/Address: https?:\/\/[^\s]+\/story\/the-cell\//);
  // A reader selects words in the section; the report quotes them.
  await expect(page.locator('report-error')).toHaveJSProperty('isConnected', true);
  await page.waitForFunction(() => customElements.get('report-error') !== undefined);
  const words = await page.locator('main .prose p').first().evaluate((p) => {
    const range = document.createRange();
    const text = p.firstChild!;
    range.setStart(text, 0);
    range.setEnd(text, Math.min(40, text.textContent!.length));
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return range.toString();
  });
  await expect.poll(async () => (await mail()).body).toContain(`The text in question: “${words.replace(/\s+/g, ' ').trim()}”`);
});
