/**
 * "Check your understanding" after each section: answers by mouse and
 * keyboard get an explanation, a wrong answer says why and can be tried again,
 * answers survive a reload, and without JavaScript the answers reveal in a
 * plain <details>. Nothing is sent anywhere.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { SLUGS, guard } from './helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const CHECK = 'self-check[data-slug="the-cell"]';

/** The section's self-check, scrolled into view and switched on. */
async function openCheck(page: Page, slug = 'the-cell'): Promise<Locator> {
  const check = page.locator(`self-check[data-slug="${slug}"]`);
  await check.scrollIntoViewIfNeeded();
  await expect(check.locator('input[type="radio"]').first()).toBeEnabled();
  return check;
}

/** The explanation the content gives for choice `ci` of a question (rendered by the server). */
async function why(question: Locator, ci: number): Promise<string> {
  return question.locator('li').nth(ci).locator('template').evaluate((t) => (t as HTMLTemplateElement).content.textContent!.trim());
}

async function correctIndex(question: Locator): Promise<number> {
  return question.locator('input[type="radio"]').evaluateAll((rs) => rs.findIndex((r) => r.hasAttribute('data-correct')));
}

test('every section ends with one to three questions, each with one right answer', { tag: '@phone' }, async ({ page }) => {
  await page.goto('/');
  for (const slug of SLUGS) {
    const check = page.locator(`#${slug} self-check`);
    await expect(check, slug).toHaveCount(1);
    const n = await check.locator('form[data-question]').count();
    expect(n, slug).toBeGreaterThanOrEqual(1);
    expect(n, slug).toBeLessThanOrEqual(3);
    for (const q of await check.locator('form[data-question]').all()) {
      await expect(q.locator('fieldset legend')).not.toBeEmpty();
      await expect(q.locator('input[data-correct]')).toHaveCount(1);
      await expect(q.locator('details summary')).toHaveText('Show the answer');
    }
  }
  // Content text goes through story.fill(): no {{statistic}} token is left anywhere.
  expect(await page.locator('self-check').evaluateAll((els) => els.map((e) => e.innerHTML).join(''))).not.toContain('{{');
});

test('with the mouse: a wrong answer says why and can be tried again; the right one is explained', { tag: '@desktop' }, async ({ page }) => {
  const { errors, foreign } = guard(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
  await page.goto('/#the-cell');
  const check = await openCheck(page);
  const q = check.locator('form[data-question]').first();
  const feedback = q.locator('[data-feedback]');
  await expect(feedback).toHaveAttribute('role', 'status');
  await expect(feedback).toBeHidden();

  const right = await correctIndex(q);
  const wrong = right === 0 ? 1 : 0;
  const wrongLabel = q.locator('label').nth(wrong);
  await wrongLabel.click();
  await expect(feedback).toBeHidden(); // choosing alone does not judge; Check does
  await q.getByRole('button', { name: 'Check' }).click();
  await expect(feedback).toBeVisible();
  await expect(feedback).toContainText('Not quite.');
  await expect(feedback).toContainText(await why(q, wrong));
  await expect(feedback).toContainText('Try another answer.');
  await expect(q).toHaveAttribute('data-result', 'wrong');

  // Another try: changing the choice clears the old verdict, Check judges the new one.
  await q.locator('label').nth(right).click();
  await expect(feedback).toBeHidden();
  await expect(q.locator('input[type="radio"]').nth(wrong)).toBeEnabled();
  await q.getByRole('button', { name: 'Check' }).click();
  await expect(feedback).toContainText('Correct.');
  await expect(feedback).toContainText(await why(q, right));
  await expect(feedback).not.toContainText('Try another');
  await expect(q).toHaveAttribute('data-result', 'right');

  // Check without a choice asks for one.
  const q2 = check.locator('form[data-question]').nth(1);
  await q2.getByRole('button', { name: 'Check' }).click();
  await expect(q2.locator('[data-feedback]')).toHaveText('Choose an answer first.');

  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
  expect(requests.filter((r) => !r.startsWith('GET '))).toEqual([]); // nothing is sent anywhere
});

test('with the keyboard: arrow keys choose, Check (or Enter) answers', { tag: '@desktop' }, async ({ page }) => {
  await page.goto('/#the-cell');
  const check = await openCheck(page);
  const q = check.locator('form[data-question]').nth(1);
  const right = await correctIndex(q);
  const radios = q.locator('input[type="radio"]');
  const feedback = q.locator('[data-feedback]');

  await radios.first().focus();
  await page.keyboard.press('Space');
  await expect(radios.first()).toBeChecked();
  for (let i = 0; i < right; i++) await page.keyboard.press('ArrowDown');
  await expect(radios.nth(right)).toBeChecked();
  await expect(feedback, 'moving through the choices gives nothing away').toBeHidden();
  await page.keyboard.press('Tab');
  await expect(q.getByRole('button', { name: 'Check' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(feedback).toContainText('Correct.');
  await expect(feedback).toContainText(await why(q, right));

  // A wrong answer by keyboard, then Enter straight from the choice submits it too.
  await radios.nth(right).focus();
  await page.keyboard.press(right === 0 ? 'ArrowDown' : 'ArrowUp');
  const wrong = right === 0 ? 1 : right - 1;
  await expect(radios.nth(wrong)).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(feedback).toContainText('Not quite.');
  await expect(feedback).toContainText(await why(q, wrong));
});

test('answers stay on the device: a reload shows them, and a finished section says so', { tag: '@phone' }, async ({ page }) => {
  await page.goto('/#the-cell');
  const check = await openCheck(page);
  const questions = await check.locator('form[data-question]').all();
  for (const q of questions) {
    await q.locator('label').nth(await correctIndex(q)).click();
    await q.getByRole('button', { name: 'Check' }).click();
    await expect(q.locator('[data-feedback]')).toContainText('Correct.');
  }
  await expect(check).toHaveAttribute('data-complete', '');
  await expect(check.locator('[data-done]')).toBeVisible();
  const stored = await page.evaluate(() => localStorage.getItem('self-check:the-cell'));
  expect(JSON.parse(stored!)).toHaveLength(questions.length);

  await page.reload();
  const again = await openCheck(page);
  await expect(again).toHaveAttribute('data-complete', '');
  for (const [i, q] of (await again.locator('form[data-question]').all()).entries()) {
    const right = await correctIndex(q);
    await expect(q.locator('input[type="radio"]').nth(right), `question ${i + 1}`).toBeChecked();
    await expect(q.locator('[data-feedback]')).toContainText('Correct.');
  }
  // Other sections are untouched.
  await expect(await openCheck(page, 'the-sentence')).not.toHaveAttribute('data-complete', '');
});

test('no answer is judged before the reader asks, and other sections keep their own answers', { tag: '@phone' }, async ({ page }) => {
  await page.goto('/#the-sentence');
  const check = await openCheck(page, 'the-sentence');
  await expect(check.locator('[data-feedback]:not(:empty)')).toHaveCount(0);
  await expect(check.locator('input:checked')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the choices are disabled and each answer reveals in a disclosure', { tag: '@phone' }, async ({ page }) => {
    await page.goto('/');
    const check = page.locator(CHECK);
    await expect(check.getByRole('heading', { name: 'Check your understanding' })).toBeVisible();
    for (const r of await page.locator('self-check input[type="radio"]').all()) await expect(r).toBeDisabled();
    await expect(page.locator('self-check button')).toHaveCount(await page.locator('self-check form').count());
    for (const b of await page.locator('self-check button').all()) await expect(b).toBeHidden();

    const q = check.locator('form[data-question]').first();
    const right = await correctIndex(q);
    const answer = q.locator('details');
    const rightText = (await q.locator('label').nth(right).innerText()).trim();
    await expect(answer.locator('p')).toBeHidden();
    await answer.locator('summary').click();
    await expect(answer.locator('p')).toBeVisible();
    await expect(answer.locator('p')).toContainText(rightText);
    await expect(answer.locator('p')).toContainText(await why(q, right));
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations with a question answered (${colorScheme})`, { tag: colorScheme === 'light' ? '@phone' : '@desktop' }, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/#the-cell');
    const check = await openCheck(page);
    const [q1, q2] = [check.locator('form[data-question]').first(), check.locator('form[data-question]').nth(1)];
    const r1 = await correctIndex(q1);
    await q1.locator('label').nth(r1 === 0 ? 1 : 0).click();
    await q1.getByRole('button', { name: 'Check' }).click();
    await q2.locator('label').nth(await correctIndex(q2)).click();
    await q2.getByRole('button', { name: 'Check' }).click();
    await q2.locator('details summary').click();
    await expect(q1.locator('[data-feedback]')).toContainText('Not quite.');
    await expect(q2.locator('[data-feedback]')).toContainText('Correct.');
    const result = await new AxeBuilder({ page }).include(CHECK).withTags(TAGS).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
}
