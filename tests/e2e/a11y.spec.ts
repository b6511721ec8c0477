/** axe-core finds no WCAG 2.2 AA violations, in light and dark, animated and static, at both widths (each whole-page scan at one). */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { READING_MODE_KEY } from '../../src/lib/tokens';
import { settle, stepY, wheelTo } from './helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });

    // The whole page in this scheme at one width (light on the phone, dark on
    // the desktop: a whole-page scan costs ~12 s of CI each); the section on
    // screen mid-scene, where the sticky figure sits over the text, on the phone.
    test('the story has no axe violations at the top', { tag: colorScheme === 'light' ? '@phone' : '@desktop' }, async ({ page }) => {
      test.setTimeout(150_000); // axe walks every node of a long page; slow on two busy cores
      await page.goto('/');
      await settle(page);
      const top = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(top.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`)).toEqual([]);
    });

    test('the section on screen has no axe violations mid-scene', { tag: '@phone' }, async ({ page }) => {
      test.setTimeout(90_000);
      await page.goto('/');
      await settle(page);
      await wheelTo(page, await stepY(page, 'reoffending', 3));
      await settle(page);
      const mid = await new AxeBuilder({ page }).include('#does-it-work').withTags(TAGS).analyze();
      expect(mid.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`)).toEqual([]);
    });

    // The static layout, whole page, at the other width of each scheme (dark on
    // the phone, light on the desktop): with the scans above, every scheme is
    // scanned whole at both widths.
    test('static reading mode has no axe violations', { tag: colorScheme === 'light' ? '@desktop' : '@phone' }, async ({ page }) => {
      test.setTimeout(120_000);
      await page.addInitScript((key) => localStorage.setItem(key, 'static'), READING_MODE_KEY);
      await page.goto('/');
      const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(result.violations.map((v) => v.id)).toEqual([]);
    });
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  // The presenter deck on its title slide, the show of hands and a drawing with its subtitle.
  test(`the presenter deck has no axe violations (${colorScheme})`, { tag: colorScheme === 'light' ? '@phone' : '@desktop' }, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme });
    for (const slide of ['start', 'reoffending-hands', 'cells-5']) {
      await page.goto(`/present/#${slide}`);
      await expect(page.locator('present-deck')).toHaveAttribute('data-current', slide);
      await expect(page.locator('[data-animating]')).toHaveCount(0);
      const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(result.violations.map((v) => `${slide} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`)).toEqual([]);
    }
  });
}

/**
 * The teachers' and students' kit added for classes (issue 11, part 3): the
 * answer key, "My answers" with answers in it, the assignment banner and a
 * section's answer boxes, and the builder with its QR code and a plan used.
 * Light on the phone, dark on the desktop.
 */
const VIEWS: { name: string; path: string; include?: string[]; prepare?: (page: Page) => Promise<void> }[] = [
  { name: 'the answer key', path: '/handout/answer-key/' },
  { name: '"My answers" with answers', path: '/my-answers/?assign=the-cell,does-it-work' },
  { name: 'an assignment: banner and answer boxes', path: '/?assign=the-cell,does-it-work&questions=1', include: ['assignment-banner', '#the-cell [data-assigned-end]'] },
  {
    name: 'the builder with a plan used and its QR code',
    path: '/teach/',
    include: ['#plans', '#assign'],
    prepare: async (page) => {
      await page.getByRole('button', { name: /^Use this plan: 45 minutes/ }).click();
      await page.locator('[data-qr] svg').waitFor();
    },
  },
];
for (const view of VIEWS) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${view.name} has no axe violations (${colorScheme})`, { tag: colorScheme === 'light' ? '@phone' : '@desktop' }, async ({ page }) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme });
      await page.addInitScript(() => localStorage.setItem('answer-the-cell-1', 'Only its area is known.'));
      await page.goto(view.path);
      if (view.path.startsWith('/?')) await settle(page); // the story: its engine ready
      await view.prepare?.(page);
      let axe = new AxeBuilder({ page }).withTags(TAGS);
      for (const selector of view.include ?? []) axe = axe.include(selector);
      const result = await axe.analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`)).toEqual([]);
    });
  }
}

test('the accessibility tree at load lists every heading and every figure by name', async ({ page }) => {
  await page.goto('/');
  await settle(page);
  const expected = await page.evaluate(() => ({
    // Headings a reader can reach: not display:none or in a closed <details>
    // (checkVisibility counts content that only skips rendering as visible).
    headings: [...document.querySelectorAll('main :is(h1, h2, h3)')].filter((h) => h.checkVisibility()).map((h) => h.textContent!.replace(/\s+/g, ' ').trim()),
    figures: [...document.querySelectorAll('figure[data-scene] svg[role="img"]')].map((s) => s.getAttribute('aria-label')),
  }));
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const named = (role: string) => nodes.filter((n) => n.role?.value === role && !n.ignored).map((n) => String(n.name?.value ?? ''));
  // Every scene's image, though most are far from the screen and skip rendering.
  expect(named('image')).toEqual(expect.arrayContaining(expected.figures as string[]));
  expect(expected.figures).toHaveLength(8);
  const headings = named('heading').map((h) => h.replace(/\s+/g, ' ').trim());
  expect(expected.headings.filter((h) => !headings.includes(h))).toEqual([]);
  expect(expected.headings).toContain('Sources');
});
