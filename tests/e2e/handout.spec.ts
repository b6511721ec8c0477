/**
 * The printable handout on screen: a print preview a teacher can check before
 * printing (the paper itself is tested in tests/print/). Every section with
 * its figure complete and its data table open, the questions with room to
 * answer, the glossary; the same with or without JavaScript; accessible.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { SLUGS } from './helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('every section is there, with its figure, its data and its questions', { tag: '@desktop' }, async ({ page }) => {
  await page.goto('/handout/');
  await expect(page.locator('html')).toHaveAttribute('data-reading', 'static');
  for (const slug of SLUGS) {
    const section = page.locator(`section#${slug}`);
    await expect(section.locator('figure[data-scene]').first()).toBeVisible();
    // The data table is open: it is what a printed figure's numbers rest on.
    await expect(section.locator('.data-table').first()).toBeVisible();
    const questions = section.locator('.handout-q');
    expect(await questions.count()).toBeGreaterThanOrEqual(2);
    await expect(questions.first().locator('.answer-lines__line').first()).toBeVisible();
  }
  // Students get the questions, never the teacher's notes or the answers.
  await expect(page.locator('main')).not.toContainText('Notes:');
  await expect(page.locator('.discussion__notes, .self-check__answer')).toHaveCount(0);
  expect(await page.locator('#glossary dt').count()).toBeGreaterThanOrEqual(11);
});

test('a handout of chosen sections has only those, says so, and ignores what it does not understand', { tag: '@desktop' }, async ({ page }) => {
  await page.goto('/handout/?assign=does-it-work,the-cell,not-a-section');
  const note = page.locator('handout-selection [role="status"]');
  await expect(note).toContainText('the 2 sections your teacher chose: Three cells, one scale; What the re-offending figure measures.');
  await expect(note).toContainText('ignored: “not-a-section”');
  const shown = page.locator('section.handout__section:visible');
  await expect(shown).toHaveCount(3); // the two sections and the glossary
  await expect(page.locator('#the-cell')).toBeVisible();
  await expect(page.locator('#does-it-work')).toBeVisible();
  await expect(page.locator('#a-room-with-a-view')).toBeHidden();
  await expect(page.locator('.handout__contents li:visible')).toHaveCount(2);
  // Only the glossary terms these sections use, and "See also" names only those
  // (read as rendered, so scrolled to: sections off screen skip rendering).
  await page.locator('#glossary').scrollIntoViewIfNeeded();
  await expect(page.locator('#glossary dt:visible')).toHaveText(['Recidivism (re-offending)', 'Reconviction', 'Rearrest', 'Reincarceration']);
  await expect(page.locator('#glossary .handout-glossary__see:visible')).toHaveText([
    'See also: Reconviction; Rearrest; Reincarceration.',
    'See also: Recidivism (re-offending).',
    'See also: Recidivism (re-offending); Reincarceration.',
    'See also: Recidivism (re-offending).',
  ], { useInnerText: true });
  // Only the sources those pages cite, each under the number the text gives it.
  const cited = await page.locator('main .fn a').evaluateAll((links) =>
    [...new Set(links.filter((l) => !l.closest('[hidden]')).map((l) => [(l as HTMLAnchorElement).hash.slice(1), l.textContent!.trim()]).map((p) => p.join(' ')))]);
  const listed = await page.locator('.sources-list > li:visible').evaluateAll((items) => items.map((li) => `${li.id} ${(li as HTMLLIElement).value}`));
  expect(listed.sort()).toEqual(cited.sort());
  expect(listed.length).toBeLessThan(await page.locator('.sources-list > li').count());
  await note.getByRole('link', { name: 'the whole handout' }).click();
  await expect(page).toHaveURL(/\/handout\/$/);
  await expect(page.locator('section.handout__section:visible')).toHaveCount(SLUGS.length + 1);
});

test('the answer key gives every right answer with its reason and the notes; the student handout gives none', { tag: '@desktop' }, async ({ page }) => {
  await page.goto('/handout/answer-key/');
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('.hero__kicker').first()).toHaveText('Answer key · for teachers');
  for (const slug of SLUGS) {
    const section = page.locator(`section#${slug}`);
    await expect(section.locator('.answer-key__notes').first()).toContainText(/^Notes: \S/);
    // Every self-check question: its choices lettered as on the handout, one marked right, and why.
    for (const q of await section.locator('.answer-key__q:has(.answer-key__answer)').all()) {
      const choices = q.locator('.handout-q__choices > li');
      const right = await choices.evaluateAll((lis) => lis.findIndex((li) => li.classList.contains('answer-key__right')));
      expect(right).toBeGreaterThanOrEqual(0);
      await expect(choices.nth(right)).toContainText('Right answer');
      await expect(q.locator('.answer-key__answer')).toContainText(new RegExp(`^Answer: ${String.fromCharCode(65 + right)}\\. \\S`));
    }
  }
  const secrets = await page.locator('.answer-key__answer, .answer-key__notes').evaluateAll((ps) =>
    ps.map((p) => p.textContent!.replace(/^\s*(Answer: [A-Z]\.|Notes:)\s*/, '').replace(/\s+/g, ' ').trim().slice(0, 60)));
  expect(secrets.length).toBeGreaterThanOrEqual(28);

  // The student handout (its HTML, whatever scripts do) holds none of it.
  const handout = (await (await page.request.get('/handout/')).text()).replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
  expect(secrets.filter((t) => handout.includes(t))).toEqual([]);
  expect(handout).not.toContain('Right answer');
});

test('an answer key of chosen sections has only those', { tag: '@phone' }, async ({ page }) => {
  await page.goto('/handout/answer-key/?assign=the-cell,does-it-work');
  await expect(page.locator('handout-selection [role="status"]')).toContainText('This answer key has the 2 sections you chose: Three cells, one scale;');
  await expect(page.locator('.answer-key__section:visible')).toHaveCount(2);
  await expect(page.locator('#a-room-with-a-view')).toBeHidden();
});

test('the print button opens the print dialog', { tag: '@desktop' }, async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await page.goto('/handout/');
  // Pressed at once: its code may still be on its way, and the press is replayed when it arrives.
  await page.getByRole('button', { name: 'Print this handout' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

test('the print button works while the step pictures are still loading', { tag: '@desktop' }, async ({ page }) => {
  // A slow phone: the handout's step pictures (0.3 MB) may take seconds, and the deferred
  // loader must not wait for them to make the button work, nor the button for ever.
  await page.route('**/*.still.webp', async (route) => {
    await new Promise((r) => setTimeout(r, 8000));
    await route.continue().catch(() => {});
  });
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await page.goto('/handout/', { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => customElements.get('print-button'), undefined, { timeout: 4000 });
  expect(await page.locator('img[data-print-picture]').evaluateAll((imgs) => (imgs as HTMLImageElement[]).some((i) => !i.complete))).toBe(true);
  await page.getByRole('button', { name: 'Print this handout' }).click();
  // It waits for the pictures up to 3 s (print-button.ts), then prints without them.
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed), { timeout: 6000 }).toBe(1);
});

test('the step pictures, lazy in the HTML, are all in soon after opening, and the print button waits for them', { tag: '@phone' }, async ({ page }) => {
  // Each picture a second late, as on a slow connection.
  await page.route('**/*.still.webp', async (route) => {
    await new Promise((r) => setTimeout(r, 1000));
    await route.continue().catch(() => {});
  });
  await page.addInitScript(() => {
    const w = window as unknown as { printedWith: string[] };
    w.printedWith = [];
    window.print = () => void w.printedWith.push([...document.images].filter((i) => i.complete && i.naturalWidth > 0).length + '/' + document.images.length);
  });
  await page.goto('/handout/');
  const pictures = page.locator('img[data-print-picture]');
  const total = await pictures.count();
  expect(total).toBeGreaterThan(10);
  // Asked for after first paint, not as the reader scrolls: all in, none scrolled to (Ctrl+P prints them).
  await expect.poll(() => pictures.evaluateAll((imgs) => (imgs as HTMLImageElement[]).every((i) => i.complete && i.naturalWidth > 0)), { timeout: 6000 }).toBe(true);
  expect(await page.evaluate(() => scrollY)).toBe(0);

  await page.reload({ waitUntil: 'domcontentloaded' });
  // Pressed at once: the press waits for the code, and the code for the pictures, none of them scrolled to.
  await page.getByRole('button', { name: 'Print this handout' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printedWith: string[] }).printedWith), { timeout: 6000 }).toEqual([`${total}/${total}`]);
});

test.describe('without JavaScript', { tag: '@phone' }, () => {
  test.use({ javaScriptEnabled: false });

  test('the handout reads the same, and only the print button is gone', async ({ page }) => {
    await page.goto('/handout/');
    await expect(page.locator('html')).toHaveAttribute('data-reading', 'static');
    await expect(page.getByRole('button', { name: 'Print this handout' })).toBeHidden();
    for (const slug of SLUGS) {
      await expect(page.locator(`section#${slug} figure[data-scene]`).first()).toBeVisible();
      await expect(page.locator(`section#${slug} .data-table`).first()).toBeVisible();
    }
    // The site's address is still written out, as the site's name.
    await expect(page.locator('.handout__meta site-address a')).toHaveAttribute('href', '/');
  });

  test('the step pictures load without scrolling, so the browser\'s Print command prints them', async ({ page }) => {
    await page.goto('/handout/');
    const pictures = page.locator('img[data-print-picture]');
    expect(await pictures.count()).toBeGreaterThan(10);
    await expect.poll(() => pictures.evaluateAll((imgs) => (imgs as HTMLImageElement[]).every((i) => i.complete && i.naturalWidth > 0))).toBe(true);
  });
});

// Light, on the phone. Its dark scheme is the story's static layout, which
// a11y.spec.ts scans whole in dark (a whole-page scan costs ~20 s of CI).
for (const colorScheme of ['light'] as const) {
  test(`the handout has no axe violations (${colorScheme})`, { tag: '@phone' }, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    await page.goto('/handout/');
    const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
  });
}
