/**
 * Readers who prefer reduced motion, and readers without JavaScript, get the
 * whole story: states switch without tweens (and GSAP is never downloaded),
 * or every scene shows its complete final state.
 */
import { expect, test } from '@playwright/test';
import { SCENES } from '../../src/scenes/registry';
import { countTweens, finalStateReport, guard, scenes, settle, stepY, tweenStarts, wheelTo } from './helpers';

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('switches states without tweening and never downloads GSAP', { tag: '@phone' }, async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await countTweens(page);
    await page.goto('/');
    await settle(page);
    for (const [scene, { states }] of Object.entries(SCENES)) {
      for (let i = 0; i < states.length; i++) {
        await wheelTo(page, await stepY(page, scene, i, 80));
        await page.waitForTimeout(60);
        expect((await scenes(page))[scene]!.split('|')[0], `${scene} step ${i}`).toBe(states[i]);
      }
    }
    expect(await tweenStarts(page)).toBe(0);
    expect(requests.filter((u) => u.includes('gsap'))).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the whole text reads and every scene shows its complete final state', async ({ page }) => {
    const { foreign } = guard(page);
    await page.goto('/');
    for (const h of await page.locator('.chapter h2').all()) await expect(h).toBeVisible();
    await expect(page.locator('.chapter')).toHaveCount(7);
    for (const step of await page.locator('[data-step]').all()) await expect(step).toBeVisible();

    const figures = await finalStateReport(page);
    expect(figures.map((f) => f.scene).sort()).toEqual(Object.keys(SCENES).sort());
    for (const f of figures) {
      expect(f.position, f.scene).not.toBe('sticky');
      expect(f.state, f.scene).toBeUndefined();
      expect(f.wrong, f.scene).toBe(0);
      expect(f.hidden, `${f.scene}: parts of the final state are invisible`).toBe(0);
    }
    await expect(page.locator('guess-slider input')).toBeDisabled();
    await expect(page.locator('reading-toggle')).toBeHidden();
    expect(foreign).toEqual([]);
  });
});

test('the "read without animation" switch shows static figures, is remembered, and switches back', async ({ page }) => {
  await countTweens(page);
  await page.goto('/');
  await settle(page);
  await wheelTo(page, await stepY(page, 'cells', 1));
  await settle(page);
  const toggle = page.locator('reading-toggle button');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-reading', 'static');
  await settle(page);
  for (const f of await finalStateReport(page)) {
    expect(f.position, f.scene).not.toBe('sticky');
    expect(f.state, f.scene).toBeUndefined();
    expect(f.wrong, f.scene).toBe(0);
  }

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-reading', 'static');
  await expect(page.locator('reading-toggle button')).toHaveAttribute('aria-pressed', 'true');

  await page.locator('reading-toggle button').focus();
  await page.keyboard.press('Space');
  await expect(page.locator('html')).toHaveAttribute('data-reading', 'animated');
  await settle(page);
  expect((await scenes(page)).cells!.split('|')[0], 'back on the same step').toBe('us');
  expect(await tweenStarts(page)).toBe(0);
});

test('"read without animation" keeps the paragraph the reader is on, both ways', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await settle(page);
  // Places outside the steps: a figure's description, the prose after a figure,
  // a section's questions; and a step.
  const targets = [
    '#scene-rights .scene-data summary',
    '#scene-cells ~ p',
    '#scene-sentence ~ p',
    '#the-sentence self-check',
    '#scene-room [data-step]:nth-child(3)',
  ];
  const toggle = page.locator('reading-toggle button');
  const onScreen = (selector: string) =>
    page.locator(selector).first().evaluate((el) => {
      const r = el.getBoundingClientRect();
      const header = document.querySelector('.site-header')!.getBoundingClientRect().bottom;
      return r.bottom > header && r.top < innerHeight;
    });
  const lost: string[] = [];
  for (const target of targets) {
    // Bring the target to the trigger line, as a reader reading it would have it.
    await page.locator(target).first().evaluate((el) => {
      const trigger = parseFloat(getComputedStyle(document.querySelector('story-engine')!).getPropertyValue('--trigger'));
      scrollTo({ top: el.getBoundingClientRect().top + scrollY - trigger * innerHeight + 10, behavior: 'instant' });
    });
    await settle(page);
    for (const mode of ['static', 'animated']) {
      await toggle.click();
      await expect(page.locator('html')).toHaveAttribute('data-reading', mode);
      await settle(page);
      if (!(await onScreen(target))) lost.push(`${target} after switching to ${mode}`);
    }
  }
  expect(lost).toEqual([]);
});
