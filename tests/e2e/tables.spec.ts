/**
 * Tables read whole words and numbers: on a phone and a desktop, no cell of
 * any data table breaks inside a word or a number ("20/10", "verifi/ed").
 * A table wider than the screen scrolls sideways inside a labelled box that
 * the keyboard can reach instead. A word may still break at a hyphen, a dash
 * or a slash, where a reader expects it; a web address longer than a line
 * may break anywhere, as it must.
 */
import { expect, test } from '@playwright/test';

const PAGES = ['/', '/data/', '/sources/', '/story/does-it-work/', '/handout/', '/embed/reoffending/', '/handout/answer-key/'];

for (const path of PAGES) {
  test(`${path}: no table cell breaks inside a word`, async ({ page }) => {
    await page.goto(path);
    // Every table shown, as a reader who opens each "Description and data" would see it.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const broken = await page.evaluate(() => {
      const out: string[] = [];
      for (const cell of document.querySelectorAll<HTMLElement>('table th, table td')) {
        if (!cell.checkVisibility()) continue;
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const text = n.textContent ?? '';
          // Words between spaces; a break after a hyphen, dash or slash is a reader's break, not a cut.
          for (const m of text.matchAll(/[^\s\-‐–—/]+[\-‐–—/]?/g)) {
            const word = m[0];
            if (word.length < 2 || /^(https?:|www\.)/.test(word) || word.length > 30) continue;
            const range = document.createRange();
            range.setStart(n, m.index!);
            range.setEnd(n, m.index! + word.length);
            const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top / 3)));
            if (tops.size > 1) out.push(`"${word}" in ${cell.tagName.toLowerCase()}: ${cell.textContent!.trim().slice(0, 50)}`);
          }
        }
      }
      return out;
    });
    expect(broken).toEqual([]);
  });
}

test('a table wider than the phone scrolls inside a labelled box the keyboard can reach', { tag: '@phone' }, async ({ page }) => {
  await page.goto('/data/');
  const box = page.locator('.table-scroll').first();
  await box.scrollIntoViewIfNeeded();
  // (Its rendering waits until it comes near: content-visibility.)
  await expect.poll(() => box.evaluate((el) => el.scrollWidth - el.clientWidth), { message: 'the table is wider than the phone' }).toBeGreaterThan(0);
  await expect(box).toHaveAttribute('tabindex', '0');
  await expect(box).toHaveAccessibleName(/.+/);
  await box.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  // The page itself never scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});
