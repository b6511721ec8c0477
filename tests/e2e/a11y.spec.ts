/** axe-core finds no WCAG 2.2 AA violations, in light and dark, animated and static, at both widths. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { READING_MODE_KEY } from '../../src/lib/tokens';
import { settle, stepY, wheelTo } from './helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test('the story has no axe violations, at the top and mid-scene', async ({ page }) => {
      test.setTimeout(150_000); // axe walks every node of a long page twice; slow on two busy cores
      await page.goto('/');
      await settle(page);
      const top = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(top.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`)).toEqual([]);

      // Mid-scene, only the section on screen changed (its figure is between
      // states); the rest of the page was checked above.
      await wheelTo(page, await stepY(page, 'reoffending', 3));
      await settle(page);
      const mid = await new AxeBuilder({ page }).include('#does-it-work').withTags(TAGS).analyze();
      expect(mid.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`)).toEqual([]);
    });

    // The static layout's colours are the animated story's (checked above at
    // both widths): light is checked on the phone, dark on the desktop.
    test('static reading mode has no axe violations', { tag: colorScheme === 'light' ? '@phone' : '@desktop' }, async ({ page }) => {
      test.setTimeout(120_000);
      await page.addInitScript((key) => localStorage.setItem(key, 'static'), READING_MODE_KEY);
      await page.goto('/');
      const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(result.violations.map((v) => v.id)).toEqual([]);
    });
  });
}
