/**
 * Reuse and reporting: every page states the licence and a contact address,
 * and every embed its licence;
 * the downloads and each citation carry the licence; each section has a
 * "Report an error" e-mail naming the section, its address and the words the
 * reader selected.
 */
import { expect, test } from '@playwright/test';
import { SLUGS } from './helpers';
import { TEST_EDITOR_KEY } from '../helpers/editor-key';

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

test('an embedded chart carries its licence onto the page that frames it', { tag: '@phone' }, async ({ page }) => {
  for (const scene of ['room', 'reoffending', 'close']) {
    await page.goto(`/embed/${scene}/`);
    const licence = page.locator('.embed__links a[rel~="license"]');
    await expect(licence, scene).toBeVisible();
    await expect(licence, scene).toContainText(LICENCE);
    await expect(licence, scene).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/');
    // Read out in full: what the terms are and whom to credit.
    await expect(licence, scene).toHaveAccessibleName(/Reuse under CC BY 4\.0, crediting /);
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
  for (const slug of SLUGS) await expect(page.locator(`#${slug} report-error > a[href^="mailto:"]`), slug).toHaveCount(1);
  // Before the section's questions, so an assignment's end block stays the section's last word.

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

test('where the service runs, a report can be sent from the page, and the editor reads it with their key', { tag: '@desktop' }, async ({ page, browser }) => {
  await page.goto('/story/the-sentence/');
  await page.waitForFunction(() => customElements.get('report-error') !== undefined);
  const words = await page.locator('main .prose p').first().evaluate((p) => {
    const range = document.createRange();
    range.setStart(p.firstChild!, 0);
    range.setEnd(p.firstChild!, 30);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return range.toString().replace(/\s+/g, ' ').trim();
  });
  const box = page.locator('report-error');
  // Where the service runs, the link opens the form instead of the mail program.
  await box.getByRole('link', { name: 'Report an error in this section' }).click();
  await expect(box.getByLabel(/What is wrong/)).toBeFocused();
  await expect(box.locator('[data-quote]')).toHaveText(words);
  const message = `The date is wrong, it should be another year (${Date.now()}).`;
  await box.getByLabel(/What is wrong/).fill(message);
  await box.getByRole('button', { name: 'Send the report' }).click();
  await expect(box.locator('[data-report-status]')).toHaveText('Thank you: the report is with the editors.');

  const editor = await (await browser.newContext()).newPage();
  await editor.goto(`/reports/#key=${TEST_EDITOR_KEY}`);
  const item = editor.locator('.reports__item').filter({ hasText: message });
  await expect(item).toHaveCount(1);
  await expect(item.locator('blockquote')).toHaveText(words);
  await expect(item.getByRole('link')).toHaveText('21 years, and the fine print');
  // Without the key, nothing is shown.
  await editor.goto('/reports/');
  await expect(editor.locator('[data-status]')).toContainText('#key=');
  await expect(editor.locator('.reports__item')).toHaveCount(0);
});

test('a correction of wording shows what the page said before and says now, on the log and in the feed', { tag: '@desktop' }, async ({ page, request }) => {
  await page.goto('/corrections/');
  const pair = page.locator('.corrections__pair').first();
  await expect(pair.locator('del')).not.toBeEmpty();
  await expect(pair.locator('ins')).not.toBeEmpty();
  const before = (await pair.locator('del').textContent())!.replace(/^“|”$/g, '');
  const feed = await (await request.get('/corrections/feed.xml')).text();
  // The feed's entries carry their HTML as CDATA: the same words, struck and inserted.
  expect(feed).toContain(`Before: <del>“${before}”</del><br>Now: <ins>`);
});
