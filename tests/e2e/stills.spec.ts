/**
 * Scenes whose steps replace one another (SCENE_STILLS: officers, rights,
 * re-offending, the close) end on a picture that holds only their last idea.
 * Where a reader sees them still (no JavaScript, "read without animation",
 * the section's own page), each earlier step's picture comes after the text
 * and before the complete figure, large enough to read (its drawing at least
 * 22rem wide, where the scenes' labels are 12 px and up). Where the scene is
 * stepped through, the pictures are neither shown nor downloaded.
 */
import { expect, test, type Page } from '@playwright/test';
import { settle } from './helpers';

const STILL_SCENES = ['officers', 'rights', 'reoffending', 'close'];
/** The narrowest a drawing may be shown and keep its labels at 12 px or more: 22rem. */
const MIN_WIDTH = 352;

async function checkStills(page: Page): Promise<void> {
  for (const scene of STILL_SCENES) {
    const block = page.locator(`#scene-${scene}`);
    const stills = block.locator('.scene-stills img');
    const count = await stills.count();
    expect(count, `${scene} has pictures of its earlier steps`).toBeGreaterThan(1);
    await block.locator('.scene-stills').scrollIntoViewIfNeeded();
    for (let i = 0; i < count; i++) {
      const img = stills.nth(i);
      await img.scrollIntoViewIfNeeded();
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth), { message: `${scene} still ${i + 1} loads` }).toBe(1000);
      const box = (await img.boundingBox())!;
      expect(box.width, `${scene} still ${i + 1} is wide enough to read`).toBeGreaterThanOrEqual(MIN_WIDTH - 2);
      expect(await img.getAttribute('alt'), `${scene} still ${i + 1} says what it shows`).toMatch(/\w{3,}/);
    }
    // In reading order: the steps' text, the stills, then the complete figure.
    const order = await block.evaluate((b) => {
      const y = (sel: string) => b.querySelector(sel)!.getBoundingClientRect().top;
      return [y('.scrolly__steps'), y('.scene-stills'), y('.scrolly__figure')];
    });
    expect(order[0], `${scene}: text before its stills`).toBeLessThan(order[1]!);
    expect(order[1], `${scene}: stills before the complete figure`).toBeLessThan(order[2]!);
  }
}

test('read without animation, the stepped scenes show every step’s picture, in order, readable', { tag: '@phone' }, async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/?mode=static');
  await checkStills(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the stepped scenes show every step’s picture, in order, readable', { tag: '@desktop' }, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/');
    await checkStills(page);
  });
});

test('a section page, read still, shows its scene’s steps as pictures', { tag: '@desktop' }, async ({ page }) => {
  await page.goto('/story/rights-kept/');
  const stills = page.locator('#scene-rights .scene-stills img');
  expect(await stills.count()).toBeGreaterThan(1);
  await expect(page.locator('#scene-rights .scene-stills')).toBeVisible();
});

test('stepping through the story, no still is shown or downloaded', { tag: '@desktop' }, async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (r) => { if (r.url().includes('.still.')) asked.push(r.url()); });
  await page.goto('/');
  await settle(page);
  for (const scene of STILL_SCENES) {
    await page.locator(`#scene-${scene}`).scrollIntoViewIfNeeded();
    await expect(page.locator(`#scene-${scene} .scene-stills`)).toBeHidden();
  }
  await page.waitForTimeout(500);
  expect(asked).toEqual([]);
});
