/**
 * Classroom live: a teacher creates a class on /teach/, a student opens the
 * class's link and answers, and the teacher's results page shows the class's
 * anonymous answers. A student who opts out sends nothing. Readers outside a
 * class see how other readers guessed once enough have. On a plain static
 * host (the service off) none of it appears and nothing asks for /api/.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { MIN_PUBLIC_GUESSES } from '../../src/lib/classroom';
import { guard } from './helpers';

const GUESS_Q = 'guess/norway-reconviction-2005';

async function createClass(page: Page, sections: string[]): Promise<{ code: string; student: string; teacher: string }> {
  await page.goto('/teach/');
  for (const s of sections) await page.locator(`assignment-builder input[name="assign"][value="${s}"]`).check();
  const setup = page.locator('class-setup');
  await expect(setup).toBeVisible();
  await setup.getByRole('button', { name: 'Create a class' }).click();
  await expect(setup.locator('[data-made]')).toBeVisible();
  const code = (await setup.locator('[data-code]').textContent())!.replace('-', '');
  return {
    code,
    student: await setup.locator('[data-student]').inputValue(),
    teacher: await setup.locator('[data-teacher]').inputValue(),
  };
}

/** Sets the guess, then scrolls to the sentence with the answer, where the guess is locked in. */
async function guessAndReveal(page: Page, value: number): Promise<void> {
  const slider = page.locator('guess-slider input[type="range"]');
  await slider.scrollIntoViewIfNeeded();
  await expect(slider).toBeEnabled();
  await slider.fill(String(value));
  await page.locator('guess-result').evaluate((el) => el.closest('.step')!.scrollIntoView({ block: 'center' }));
}

/** Answers a self-check question with a choice, as a student does: pick, press Check. */
async function check(page: Page, slug: string, qi: number, ci: number): Promise<void> {
  const form = page.locator(`self-check[data-slug="${slug}"] form[data-question]`).nth(qi);
  await form.scrollIntoViewIfNeeded();
  await expect(form.locator('input[type="radio"]').first()).toBeEnabled();
  await form.locator('input[type="radio"]').nth(ci).check();
  await form.getByRole('button', { name: 'Check' }).click();
}

async function studentPage(browser: Browser, _url: string): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

test('a teacher runs the story with a class and sees its anonymous first answers, live', { tag: '@desktop' }, async ({ page, browser }) => {
  const { errors } = guard(page);
  const c = await createClass(page, ['does-it-work']);
  expect(c.code).toMatch(/^[A-Z2-9]{6}$/);
  expect(c.student).toMatch(new RegExp(`/\\?assign=does-it-work&class=${c.code}$`));
  expect(c.teacher).toMatch(new RegExp(`/class/${c.code}/#key=[A-Za-z0-9_-]{22}$`));

  // A student: the note says what is sent before anything is.
  const student = await studentPage(browser, c.student);
  const sent: string[] = [];
  student.on('request', (r) => { if (r.url().includes('/api/')) sent.push(`${r.method()} ${new URL(r.url()).pathname}`); });
  await student.goto(c.student);
  const note = student.locator('class-link');
  await note.scrollIntoViewIfNeeded();
  await expect(note).toBeVisible();
  await expect(note).toContainText(`Class ${c.code.slice(0, 3)}-${c.code.slice(3)}`);
  await expect(note).toContainText('anonymously');
  // Wrong first (choice 0), then right: only the first counts.
  const correct = await student.locator('self-check[data-slug="does-it-work"] form[data-question]').first().locator('input[type="radio"]').evaluateAll((rs) => rs.findIndex((r) => r.hasAttribute('data-correct')));
  const wrong = correct === 0 ? 1 : 0;
  await check(student, 'does-it-work', 0, wrong);
  await check(student, 'does-it-work', 0, correct);
  await guessAndReveal(student, 35);
  await expect.poll(() => sent.filter((s) => s.endsWith('/answers')).length).toBe(2);
  expect(sent).toContain(`POST /api/classes/${c.code}/join`);

  // The teacher's results page.
  const dash = await studentPage(browser, c.teacher);
  await dash.goto(c.teacher);
  await expect(dash.locator('[data-students]')).toHaveText('1');
  await expect(dash.locator('[data-guesses]')).toHaveText('1');
  await expect(dash.locator('[data-guess-bins] li').nth(3)).toContainText('30–39%');
  await expect(dash.locator('[data-guess-bins] li').nth(3)).toContainText('1');
  await expect(dash.locator('[data-guess-bins] li[data-answer]')).toContainText('20–29%');
  const q = dash.locator('[data-question="does-it-work/0"]');
  await expect(q.locator('[data-right]')).toHaveText('0% (0 of 1)');
  await expect(q.locator('[data-wrong]')).toBeVisible();
  await expect(q.locator('[data-wrong-n]')).toHaveText('1 of 1');
  // The wrong answer's explanation, from the content.
  await expect(q.locator('[data-wrong-why]')).not.toBeEmpty();

  // Readable by everyone: no axe violations on the results page or the setup box.
  for (const [p, what] of [[dash, 'dashboard'], [page, 'teach']] as const) {
    const axe = await new AxeBuilder({ page: p }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`), what).toEqual([]);
  }

  // Live: a second student's answer appears without a reload.
  const second = await studentPage(browser, c.student);
  await second.goto(c.student);
  await second.locator('class-link').scrollIntoViewIfNeeded();
  await check(second, 'does-it-work', 0, correct);
  await expect(dash.locator('[data-students]')).toHaveText('2', { timeout: 12_000 });
  await expect(q.locator('[data-right]')).toHaveText('50% (1 of 2)', { timeout: 12_000 });

  // CSV, then delete.
  const download = dash.waitForEvent('download');
  await dash.getByRole('button', { name: 'Download the results (CSV)' }).click();
  const csv = readFileSync((await (await download).path())!, 'utf8');
  expect(csv).toContain(`${c.code},right on the first try,does-it-work/0,1`);
  dash.once('dialog', (d) => d.accept());
  await dash.getByRole('button', { name: 'Delete this class and its answers' }).click();
  await expect(dash.locator('[data-status]')).toHaveText('The class and all its answers are deleted.');
  const again = await dash.request.get(`/api/classes/${c.code}`, { headers: { authorization: `Bearer ${new URL(c.teacher).hash.slice(5)}` } });
  expect(again.status()).toBe(404);
  expect(errors).toEqual([]);
});

test('a student who opts out sends nothing to the class', { tag: '@desktop' }, async ({ page, browser }) => {
  const c = await createClass(page, ['does-it-work']);
  const student = await studentPage(browser, c.student);
  const sent: string[] = [];
  student.on('request', (r) => { if (r.url().includes('/api/classes/')) sent.push(r.url()); });
  await student.goto(c.student);
  await student.locator('class-link').scrollIntoViewIfNeeded();
  await student.getByRole('button', { name: 'Don’t send my answers' }).click();
  await expect(student.locator('class-link [data-class-status]')).toHaveText('Nothing from this device goes to the class.');
  await check(student, 'does-it-work', 0, 0);
  await guessAndReveal(student, 60);
  await student.waitForTimeout(500);
  expect(sent.filter((u) => u.endsWith('/answers'))).toEqual([]);
  const key = new URL(c.teacher).hash.slice(5);
  const r = await (await page.request.get(`/api/classes/${c.code}`, { headers: { authorization: `Bearer ${key}` } })).json();
  expect(r.guess.n).toBe(0);
  expect(r.questions.every((q: { answered: number }) => q.answered === 0)).toBe(true);
});

test('nothing goes to the class before the student has had the notice on screen', { tag: '@desktop' }, async ({ page, browser }) => {
  const c = await createClass(page, ['does-it-work']);
  const student = await studentPage(browser, c.student);
  const sent: string[] = [];
  student.on('request', (r) => { if (r.url().includes('/api/classes/')) sent.push(r.url()); });
  // Straight to the section, past the banner.
  await student.goto(`${c.student}#does-it-work`);
  await check(student, 'does-it-work', 0, 0);
  await student.waitForTimeout(500);
  expect(sent).toEqual([]);
});

test('readers see how other readers guessed once enough have, and can keep their guess to themselves', { tag: '@desktop' }, async ({ page, browser }) => {
  // Enough other readers (straight to the API, as their browsers would).
  const now = await (await page.request.get('/api/guesses')).json();
  for (let i = now.n; i < MIN_PUBLIC_GUESSES; i++) {
    const r = await page.request.post('/api/guesses', { data: { device: randomBytes(16).toString('base64url'), question: GUESS_Q, value: 10 + (i % 30) }, headers: { origin: new URL(page.url() || 'http://localhost').origin } });
    expect(r.status()).toBe(201);
  }
  const before = (await (await page.request.get('/api/guesses')).json()).n;
  const sent: string[] = [];
  page.on('request', (r) => { if (r.method() === 'POST' && r.url().includes('/api/guesses')) sent.push(r.url()); });
  await page.goto('/');
  await page.locator('guess-slider').scrollIntoViewIfNeeded();
  const share = page.locator('guess-sharing');
  await expect(share).toBeVisible();
  await expect(share).toContainText('anonymously');
  await guessAndReveal(page, 42);
  const readers = page.locator('[data-readers]');
  await expect(readers).toBeVisible();
  await expect(readers.locator('li[data-yours]')).toContainText('40–49%');
  await expect(readers.locator('li[data-answer]')).toContainText('20–29%');
  await expect.poll(() => sent.length).toBe(1);
  expect((await (await page.request.get('/api/guesses')).json()).n).toBe(before + 1);

  // Another reader ticks "Keep my guess on this device only": nothing is sent, the chart still shows.
  const other = await (await browser.newContext()).newPage();
  const otherSent: string[] = [];
  other.on('request', (r) => { if (r.method() === 'POST' && r.url().includes('/api/')) otherSent.push(r.url()); });
  await other.goto('/');
  await other.locator('guess-slider').scrollIntoViewIfNeeded();
  await other.locator('guess-sharing [data-keep]').check();
  await guessAndReveal(other, 80);
  await expect(other.locator('[data-readers]')).toBeVisible();
  expect(otherSent).toEqual([]);
});

test.describe('on a plain static host', () => {
  const PORT = 4398;
  let server: ChildProcess;
  test.beforeAll(async () => {
    server = spawn(process.execPath, ['scripts/serve.mjs', String(PORT)], { env: { ...process.env, SERVICE: 'off' }, stdio: 'ignore' });
    for (let i = 0; i < 100; i++) {
      if (await fetch(`http://localhost:${PORT}/`).then((r) => r.ok, () => false)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  });
  test.afterAll(() => { server.kill(); });

  test('class and readers\' features hide themselves and nothing asks for /api/', { tag: '@desktop' }, async ({ page }) => {
    const { errors } = guard(page);
    const api: string[] = [];
    page.on('request', (r) => { if (r.url().includes('/api/')) api.push(r.url()); });
    await page.goto(`http://localhost:${PORT}/teach/`);
    await expect(page.locator('assignment-builder')).toBeVisible();
    await expect(page.locator('class-setup')).toBeHidden();
    await page.goto(`http://localhost:${PORT}/?assign=does-it-work&class=ABC234`);
    await expect(page.locator('assignment-banner')).toBeVisible();
    await expect(page.locator('class-link')).toBeHidden();
    await guessAndReveal(page, 30);
    await check(page, 'does-it-work', 0, 0);
    await expect(page.locator('guess-sharing')).toBeHidden();
    await expect(page.locator('[data-readers]')).toBeHidden();
    expect(api).toEqual([]);
    expect(errors).toEqual([]);
  });
});
