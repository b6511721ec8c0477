/**
 * Assignment links, end to end: a teacher's link opens the story at a banner
 * of the assigned sections with a link to start the first, the discussion
 * questions at the end of those sections only, and a tick for each section
 * whose self-check the student has answered, kept on their device. Bad links
 * get a polite note, never an error. The builder on /teach/ makes such links.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { READING_MODE_KEY } from '../../src/lib/tokens';
import { SLUGS, finalStateReport, guard, settle } from './helpers';

const LINK = '/?assign=the-cell,does-it-work&questions=1';

/** Answer every self-check question of a section correctly. */
async function answerAll(page: Page, slug: string): Promise<void> {
  const check = page.locator(`self-check[data-slug="${slug}"]`);
  await check.scrollIntoViewIfNeeded();
  for (const q of await check.locator('form[data-question]').all()) {
    const right = await q.locator('input[type="radio"]').evaluateAll((rs) => rs.findIndex((r) => r.hasAttribute('data-correct')));
    await q.locator('label').nth(right).click();
    await q.getByRole('button', { name: 'Check' }).click();
    await expect(q.locator('[data-feedback]')).toContainText('Correct.');
  }
}

function item(page: Page, slug: string): Locator {
  return page.locator(`assignment-banner li[data-slug="${slug}"]`);
}

test('an assignment link: banner, first section, questions at the end of assigned sections, ticks that survive a reload', { tag: '@phone' }, async ({ page }) => {
  const { errors, foreign } = guard(page);
  await page.goto(LINK);
  await expect(page).toHaveURL(/\?assign=the-cell,does-it-work&questions=1#assignment$/);

  const banner = page.locator('assignment-banner');
  await expect(banner.getByRole('heading', { name: 'Your assignment' })).toBeAttached();
  const listed = banner.locator('li:visible');
  await expect(listed).toHaveCount(2);
  await expect(listed.locator('a')).toHaveText(['Three cells, one scale', await page.locator('#does-it-work h2').innerText()]);
  await expect(listed.locator('a').first()).toHaveAttribute('href', '#the-cell');
  await expect(listed.locator('a').nth(1)).toHaveAttribute('href', '#does-it-work');
  await expect(item(page, 'the-cell')).toContainText('Not finished yet');
  await expect(banner.locator('[data-count]')).toHaveText('0 of 2 finished.');
  await expect(banner.locator('[data-note]')).toBeHidden();

  // The banner is what the student sees on arrival (not the title picture, not
  // the first section past it), with a link to start the first assigned section.
  await settle(page);
  const top = await banner.getByRole('heading', { name: 'Your assignment' }).boundingBox();
  expect(top!.y).toBeGreaterThan(0);
  expect(top!.y).toBeLessThan(200);
  const start = banner.getByRole('link', { name: 'Start: Three cells, one scale' });
  await expect(start).toBeInViewport();
  await start.click();
  await expect(page).toHaveURL(/#the-cell$/);
  await settle(page);
  const heading = await page.locator('#the-cell h2').boundingBox();
  expect(heading!.y).toBeGreaterThan(0);
  expect(heading!.y).toBeLessThan(200);

  // Discussion questions at the end of the two assigned sections only, without the teacher's notes.
  for (const slug of SLUGS) {
    const questions = page.locator(`#${slug} [data-assigned-questions]`);
    if (slug === 'the-cell' || slug === 'does-it-work') {
      await expect(questions, slug).toBeVisible();
      await expect(questions.locator('li').first()).not.toBeEmpty();
    } else {
      await expect(questions, slug).toBeHidden();
      await expect(page.locator(`#${slug} [data-assigned-end]`), slug).toBeHidden();
    }
  }
  const cellQuestions = page.locator('#the-cell [data-assigned-questions] li');
  await expect(cellQuestions.first()).toContainText('The drawing assumes a shape for Halden');
  await expect(page.locator('#the-cell [data-assigned-questions]')).not.toContainText('A teaching point about honest graphics');
  // The questions come after the section's self-check, at its very end.
  const order = await page.locator('#the-cell').evaluate((s) => {
    const check = s.querySelector('self-check')!;
    const end = s.querySelector('[data-assigned-end]')!;
    return [Boolean(check.compareDocumentPosition(end) & Node.DOCUMENT_POSITION_FOLLOWING), s.lastElementChild === end];
  });
  expect(order).toEqual([true, true]);
  const next = page.locator('#the-cell [data-assigned-next] a');
  await expect(next).toHaveAttribute('href', '#does-it-work');
  await expect(page.locator('#does-it-work [data-assigned-next] a')).toHaveAttribute('href', '#assignment');

  // Answering the-cell's self-check ticks it.
  await answerAll(page, 'the-cell');
  await expect(item(page, 'the-cell')).toHaveAttribute('data-finished', '');
  await expect(item(page, 'the-cell').locator('[data-state]')).toHaveText('Finished');
  await expect(item(page, 'does-it-work')).not.toHaveAttribute('data-finished', '');
  await expect(banner.locator('[data-count]')).toHaveText('1 of 2 finished.');

  await page.reload();
  await expect(item(page, 'the-cell')).toHaveAttribute('data-finished', '');
  await expect(item(page, 'the-cell').locator('[data-state]')).toHaveText('Finished');
  await expect(item(page, 'does-it-work').locator('[data-state]')).toHaveText('Not finished yet');
  expect(JSON.parse((await page.evaluate(() => localStorage.getItem('assignment:the-cell,does-it-work')))!)).toEqual(['the-cell']);

  // A tick, once earned, stays, even if the student later changes an answer.
  const q = page.locator('self-check[data-slug="the-cell"] form[data-question]').first();
  await q.scrollIntoViewIfNeeded();
  const right = await q.locator('input[type="radio"]').evaluateAll((rs) => rs.findIndex((r) => r.hasAttribute('data-correct')));
  await q.locator('label').nth(right === 0 ? 1 : 0).click();
  await q.getByRole('button', { name: 'Check' }).click();
  await expect(q.locator('[data-feedback]')).toContainText('Not quite.');
  await expect(item(page, 'the-cell')).toHaveAttribute('data-finished', '');

  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
});

test('on a wide screen too, the student arrives at the banner, with the way to start', { tag: '@desktop' }, async ({ page }) => {
  await page.goto('/?assign=officers-not-guards,your-neighbour');
  const banner = page.locator('assignment-banner');
  await expect(page).toHaveURL(/#assignment$/);
  await settle(page);
  await expect(banner.getByRole('heading', { name: 'Your assignment' })).toBeInViewport();
  const start = banner.getByRole('link', { name: /^Start: Officers, not guards$/ });
  await expect(start).toBeInViewport();
  await start.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#officers-not-guards$/);
});

test('a discussion question has a box whose answer stays on the device, never sent, and prints on "My answers"', { tag: '@phone' }, async ({ page, baseURL }) => {
  const sent: string[] = [];
  page.on('request', (r) => sent.push(`${r.url()} ${r.postData() ?? ''}`));
  await page.goto(LINK);
  const block = page.locator('#the-cell [data-assigned-questions]');
  const first = block.getByRole('textbox').first();
  await first.scrollIntoViewIfNeeded();
  // Labelled by its question; the note beside the boxes says where the answer goes.
  await expect(first).toHaveAccessibleName(/^The drawing assumes a shape for Halden/);
  await expect(first).toHaveAccessibleDescription('What you write here is kept in this browser on this device only. It is never sent anywhere.');
  const answer = 'Because only its area is known.\nA graphic should say what it <b>guesses</b>.';
  await first.click();
  await page.keyboard.type(answer);

  await page.reload();
  await expect(page.locator('#the-cell [data-assigned-questions]').getByRole('textbox').first()).toHaveValue(answer);
  expect(sent.filter((r) => r.includes('guesses') || r.includes('only its area')), 'the answer left the device').toEqual([]);

  // "Print my answers": this assignment's questions, the answer as written (as text), the rest marked unanswered.
  const print = page.locator('#the-cell [data-assigned-questions]').getByRole('link', { name: 'Print my answers' });
  await expect(print).toHaveAttribute('href', /\/my-answers\/\?assign=the-cell,does-it-work&questions=1$/);
  await print.click();
  await expect(page).toHaveURL(`${baseURL}/my-answers/?assign=the-cell,does-it-work&questions=1`);
  await expect(page.locator('.my-answers__section:visible h2')).toHaveText(['Three cells, one scale', await page.locator('#does-it-work h2').innerText()]);
  const answers = page.locator('#the-cell [data-answer]');
  await expect(answers.first()).toHaveText(answer);
  await expect(answers.first().locator('b')).toHaveCount(0);
  await expect(answers.nth(1)).toHaveText('No answer yet.');
  await expect(page.getByRole('status')).toHaveText('Your answers to the questions of your assignment, as you wrote them in the story.');
  await expect(page.getByRole('link', { name: 'Back to your assignment' })).toHaveAttribute('href', '/?assign=the-cell,does-it-work&questions=1#assignment');
  await expect(page.getByRole('button', { name: 'Print my answers' })).toBeVisible();

  // Without an assignment: every section answered on this device, and only those.
  await page.goto('/my-answers/');
  await expect(page.locator('.my-answers__section:visible h2')).toHaveText(['Three cells, one scale']);
  expect(sent.filter((r) => r.includes('guesses') || r.includes('only its area'))).toEqual([]);
});

test('"Print my answers" opens the print dialog, with no script but the page’s own before first paint', { tag: '@desktop' }, async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await page.goto('/my-answers/');
  await page.waitForLoadState('networkidle');
  // Its own script and the chunk it shares: the loader of deferred code would be a seventh request before first paint.
  expect(scripts.filter((s) => !s.includes('/site.')), scripts.join(' ')).toHaveLength(1);
  await page.getByRole('button', { name: 'Print my answers' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

test('"My answers" with nothing answered says how to answer', { tag: '@desktop' }, async ({ page }) => {
  await page.goto('/my-answers/?assign=the-cell');
  await expect(page.getByRole('status')).toContainText('Your answers to the questions of your assignment');
  await page.goto('/my-answers/');
  await expect(page.locator('.my-answers__section:visible')).toHaveCount(0);
  await expect(page.getByRole('status')).toContainText('There are no answers on this device yet.');
});

test('a section answered before the assignment counts as finished', { tag: '@phone' }, async ({ page }) => {
  await page.goto('/#does-it-work');
  await answerAll(page, 'does-it-work');
  await page.goto(`${LINK}#does-it-work`);
  await expect(page).toHaveURL(/#does-it-work$/); // a #fragment is respected: no jump to the first section
  await expect(item(page, 'does-it-work')).toHaveAttribute('data-finished', '');
  await expect(item(page, 'the-cell')).not.toHaveAttribute('data-finished', '');
});

test('unknown and malformed values are ignored with a polite note', { tag: '@phone' }, async ({ page }) => {
  const { errors } = guard(page);
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs++;
    await d.dismiss();
  });
  await page.goto('/?assign=nope,the-cell,,<script>alert(1)</script>');
  await expect(page).toHaveURL(/#assignment$/);
  const banner = page.locator('assignment-banner');
  await expect(banner.locator('li:visible')).toHaveCount(1);
  await expect(banner.locator('li:visible a')).toHaveText('Three cells, one scale');
  const note = banner.getByRole('status');
  await expect(note).toBeVisible();
  await expect(note).toContainText('was not understood and was ignored');
  await expect(note).toContainText('“nope”');
  await expect(note).toContainText('<script>alert(1)</scrip…');
  expect(await banner.locator('script').count()).toBe(0);
  expect(dialogs).toBe(0);
  expect(errors).toEqual([]);
});

test('a link that names no section says so and leaves the reader at the top', { tag: '@desktop' }, async ({ page }) => {
  await page.goto('/?assign=');
  const banner = page.locator('assignment-banner');
  await expect(banner.getByRole('status')).toContainText('does not name any section');
  await expect(banner.locator('li:visible')).toHaveCount(0);
  await expect(page).toHaveURL(/\?assign=$/);
  expect(await page.evaluate(() => scrollY)).toBe(0);
});

test('mode=static reads without animation, for this link only', { tag: '@desktop' }, async ({ page }) => {
  await page.goto('/?assign=the-cell&mode=static');
  await expect(page.locator('html')).toHaveAttribute('data-reading', 'static');
  await expect(page.locator('reading-toggle button')).toHaveAttribute('aria-pressed', 'true');
  await settle(page);
  for (const f of await finalStateReport(page)) {
    expect(f.position, f.scene).not.toBe('sticky');
    expect(f.wrong, f.scene).toBe(0);
  }
  // Not stored as the reader's own preference: the story without the link animates again.
  expect(await page.evaluate((key) => localStorage.getItem(key), READING_MODE_KEY)).toBeNull();
  await page.goto('/');
  await expect(page.locator('html')).not.toHaveAttribute('data-reading', 'static');
});

test('without assign there is no banner, and its code is never fetched', { tag: '@desktop' }, async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/?questions=1');
  await settle(page);
  await expect(page.locator('assignment-banner')).toBeHidden();
  await expect(page.locator('[data-assigned-end]:visible')).toHaveCount(0);
  expect(requests.filter((u) => u.includes('assignment-banner'))).toEqual([]);
});

test.describe('without JavaScript', { tag: '@phone' }, () => {
  test.use({ javaScriptEnabled: false });

  test('an assignment link shows the whole story, with no banner', async ({ page }) => {
    await page.goto(LINK);
    await expect(page.locator('assignment-banner')).toBeHidden();
    await expect(page.locator('[data-assigned-end]:visible')).toHaveCount(0);
    await expect(page.locator('.chapter')).toHaveCount(7);
    for (const h of await page.locator('.chapter h2').all()) await expect(h).toBeVisible();
  });
});

test.describe('the builder on /teach/', { tag: '@desktop' }, () => {
  test('ticking boxes makes the link, Copy copies it, and the link opens the assignment', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto('/teach/');
    const builder = page.locator('assignment-builder');
    await builder.scrollIntoViewIfNeeded();
    const field = builder.getByLabel('Link for your students');
    await expect(field).toHaveValue('');
    await expect(builder.getByRole('button', { name: 'Copy link' })).toBeDisabled();
    await expect(builder.getByRole('link', { name: 'the printable handout of these sections' })).toBeHidden();

    await builder.getByLabel('Three cells, one scale').check();
    await expect(field).toHaveValue(`${baseURL}/?assign=the-cell`);
    await builder.getByRole('checkbox', { name: /^6\. / }).check();
    await builder.getByLabel(/Show discussion questions/).check();
    await expect(field).toHaveValue(`${baseURL}/?assign=the-cell,does-it-work&questions=1`);
    await builder.getByLabel(/Read without animation/).check();
    await builder.getByLabel(/Read without animation/).uncheck();
    await expect(field).toHaveValue(`${baseURL}/?assign=the-cell,does-it-work&questions=1`);
    // The handout of the same sections, for paper.
    await expect(builder.getByRole('link', { name: 'the printable handout of these sections' })).toHaveAttribute('href', '/handout/?assign=the-cell,does-it-work');
    await expect(builder.getByRole('link', { name: 'its answer key' })).toHaveAttribute('href', '/handout/answer-key/?assign=the-cell,does-it-work');

    await builder.getByRole('button', { name: 'Copy link' }).click();
    await expect(builder.getByRole('status')).toHaveText('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/?assign=the-cell,does-it-work&questions=1`);

    await builder.getByRole('button', { name: 'Open the assignment' }).click();
    await expect(page).toHaveURL(/\/\?assign=the-cell,does-it-work&questions=1#assignment$/);
    await expect(page.locator('assignment-banner li:visible')).toHaveCount(2);
    await expect(page.locator('#does-it-work [data-assigned-questions]')).toBeAttached();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the form still gives a working link', async ({ page, browser }) => {
      await page.goto('/teach/');
      const builder = page.locator('assignment-builder');
      await expect(builder.getByLabel('Link for your students')).toBeHidden();
      await builder.getByLabel('Three cells, one scale').check();
      await builder.getByRole('checkbox', { name: /^6\. / }).check();
      await builder.getByLabel(/Read without animation/).check();
      await builder.getByRole('button', { name: 'Open the assignment' }).click();
      await expect(page).toHaveURL(/\/\?assign=the-cell&assign=does-it-work&mode=static$/);
      const link = page.url();

      // The teacher had no JavaScript; the student does. (A context made here
      // would inherit the test's javaScriptEnabled: false, so say so.)
      const studentContext = await browser.newContext({ javaScriptEnabled: true });
      const student = await studentContext.newPage();
      await student.goto(link);
      await expect(student.locator('assignment-banner li:visible')).toHaveCount(2);
      await expect(student.locator('html')).toHaveAttribute('data-reading', 'static');
      await expect(student).toHaveURL(/#assignment$/);
      await expect(student.getByRole('link', { name: 'Start: Three cells, one scale' })).toHaveAttribute('href', '#the-cell');
      await studentContext.close();
    });
  });
});
