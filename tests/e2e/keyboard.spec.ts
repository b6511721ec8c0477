/** Everything interactive works from the keyboard: the guess slider, the contents menu and the copy links. */
import { expect, test } from '@playwright/test';
import { holdRequests, settle, stepY, wheelTo } from './helpers';

test('the guess slider works with arrow keys and the reveal compares the guess', { tag: '@desktop' }, async ({ page }) => {
  await page.goto('/#does-it-work');
  await settle(page);
  const slider = page.locator('guess-slider input[type="range"]');
  await expect(slider).toBeEnabled();
  await slider.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('55');
  await expect(page.locator('guess-slider output')).toHaveText('55%');
  const figure = page.locator('figure[data-scene="reoffending"]');
  await expect(figure).toHaveAttribute('data-guessed', '');
  expect(await figure.evaluate((f) => (f as HTMLElement).style.getPropertyValue('--guess'))).toBe('55');
  await expect(page.locator('guess-result')).toHaveText('You guessed 55%: 35 points higher than the 20% measured.');

  await wheelTo(page, await stepY(page, 'reoffending', 1));
  await settle(page);
  await expect(figure).toHaveAttribute('data-state', 'reveal');
  await expect(figure.locator('[data-guess-text]').first()).toContainText('55%');

  await page.reload();
  await expect(page.locator('guess-slider input[type="range"]')).toHaveValue('55');
});

test('a stored guess that is not a whole percentage is no guess at all', { tag: '@desktop' }, async ({ page }) => {
  for (const junk of ['1e9', 'abc', '-50', '33.333333', '']) {
    await page.goto('/');
    await page.evaluate((v) => sessionStorage.setItem('guess:norway-reconviction-2005', v), junk);
    await page.goto('/#does-it-work');
    const slider = page.locator('guess-slider input[type="range"]');
    await expect(slider).toBeEnabled();
    // The slider starts where it does for a new reader, and nothing says "you guessed".
    await expect(slider, junk).toHaveValue('50');
    await expect(slider).not.toHaveAttribute('aria-valuetext', /./);
    await expect(page.locator('guess-result')).toHaveText('');
    await expect(page.locator('figure[data-scene="reoffending"]')).not.toHaveAttribute('data-guessed', '');
  }
});

test('the contents menu opens and navigates from the keyboard', { tag: '@desktop' }, async ({ page }) => {
  await page.goto('/');
  const summary = page.locator('.toc-menu summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.toc-menu')).toHaveAttribute('open', '');
  const link = page.locator('.toc-menu a[href="#rights-kept"]');
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#rights-kept$/);
  await expect(page.locator('.toc-menu')).not.toHaveAttribute('open', '');
  await settle(page);
  await expect(page.locator('story-progress')).toContainText('5 / 7');
});

test('a section heading copies its link in the story, and its own page', { tag: '@desktop' }, async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/');
  const inStory = page.locator('#the-cell copy-link a[data-copy="story"]');
  await expect(inStory).toHaveAccessibleName('Copy link to this section in the story: Three cells, one scale');
  await inStory.focus();
  await page.keyboard.press('Enter');
  const status = page.locator('#the-cell copy-link [role="status"]');
  await expect(status).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/#the-cell`);

  const own = page.locator('#the-cell copy-link a[data-copy="page"]');
  await expect(own).toHaveAccessibleName(/^Copy link to this section’s own page/);
  await own.focus();
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('Link to the section page copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/story/the-cell/`);
  await expect(page).toHaveURL(`${baseURL}/`);
});

test('a section link pressed before the deferred loader has come is copied, not followed', { tag: '@desktop' }, async ({ page, context, baseURL }) => {
  // The loader comes after first paint; a quick reader (and a CI run did) can press sooner.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const release = await holdRequests(page, /\/_astro\/deferred\.[\w-]+\.js$/);
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  await page.locator('#the-cell copy-link a[data-copy="story"]').focus();
  await page.keyboard.press('Enter');
  release();
  await expect(page.locator('#the-cell copy-link [role="status"]')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/#the-cell`);
  await expect(page).toHaveURL(`${baseURL}/`);
});

test('on a device with a share sheet, the section-page link opens it with the title and address', { tag: '@phone' }, async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    const shared: ShareData[] = [];
    (window as unknown as { shared: ShareData[] }).shared = shared;
    Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void shared.push(data), configurable: true });
  });
  await page.goto('/');
  const own = page.locator('#the-cell copy-link a[data-copy="page"]');
  await expect(own).toHaveAccessibleName('Share this section’s own page: Three cells, one scale');
  await own.tap();
  await expect.poll(() => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared)).toEqual([
    { title: 'Three cells, one scale', url: `${baseURL}/story/the-cell/` },
  ]);
  // The page stays where it was: sharing is not following the link.
  await expect(page).toHaveURL(`${baseURL}/`);
});

test('focus is always visible', { tag: '@desktop' }, async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
});

test('moving focus into the header does not move the page', { tag: '@desktop' }, async ({ page }) => {
  await page.goto('/');
  await settle(page);
  await wheelTo(page, await stepY(page, 'cells', 1));
  const y = await page.evaluate(() => scrollY);
  // A real keyboard user: Tab from the page into the header's controls.
  await page.evaluate(() => document.querySelector<HTMLElement>('.site-header__title')!.focus());
  for (let i = 0; i < 2; i++) await page.keyboard.press('Tab'); // title → Contents → toggle
  await expect(page.locator('reading-toggle button')).toBeFocused();
  expect(await page.evaluate(() => scrollY)).toBe(y);
});

test('the contents menu stays on screen, and closes on a tap outside it and on Escape', async ({ page }) => {
  await page.goto('/');
  const menu = page.locator('.toc-menu');
  const summary = menu.locator('summary');
  await summary.click();
  await expect(menu).toHaveAttribute('open', '');
  const box = (await menu.locator('.toc-menu__panel').boundingBox())!;
  const width = page.viewportSize()!.width;
  expect(box.x, 'left edge on screen').toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, 'right edge on screen').toBeLessThanOrEqual(width);

  // A tap (or click) anywhere outside closes it.
  await page.mouse.click(width / 2, page.viewportSize()!.height - 20);
  await expect(menu).not.toHaveAttribute('open', '');

  // Escape closes it and leaves focus on the button that opened it.
  await summary.click();
  await expect(menu).toHaveAttribute('open', '');
  await menu.locator('a').first().focus();
  await page.keyboard.press('Escape');
  await expect(menu).not.toHaveAttribute('open', '');
  await expect(summary).toBeFocused();
});

test('no tab stop in the story is hidden under the sticky figure or the header', { tag: '@phone' }, async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await settle(page);
  const hidden: string[] = [];
  let inStory = 0;
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const r = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return { done: true };
      if (!el.closest('.scrolly')) return { done: false };
      const b = el.getBoundingClientRect();
      const x = Math.min(Math.max(b.left + b.width / 2, 1), innerWidth - 1);
      const y = Math.min(Math.max(b.top + Math.min(b.height, 20) / 2, 1), innerHeight - 1);
      const top = document.elementFromPoint(x, y);
      const seen = !!top && (top === el || el.contains(top) || top.contains(el));
      return { done: false, story: true, seen, what: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"` };
    });
    if (r.done) break;
    if (!r.story) continue;
    inStory++;
    if (!r.seen) hidden.push(r.what!);
  }
  expect(inStory, 'tab stops inside the scenes were visited').toBeGreaterThan(30);
  expect(hidden).toEqual([]);
});

test('when the clipboard refuses, the section-page link says so and stays on the page', { tag: '@desktop' }, async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }, configurable: true });
  });
  await page.goto('/');
  await page.locator('#the-cell copy-link a[data-copy="page"]').click();
  await expect(page.locator('#the-cell copy-link [role="status"]')).toHaveText('Copy failed: use this link');
  await expect(page).toHaveURL(`${baseURL}/`);
});

test('at 320 px the header keeps its buttons at full size', { tag: '@desktop' }, async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/#the-sentence');
  for (const control of [page.locator('.toc-menu > summary'), page.locator('reading-toggle button')]) {
    const box = (await control.boundingBox())!;
    expect(box.width, 'a 24 px target at least').toBeGreaterThanOrEqual(24);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
  }
  await expect(page.locator('reading-toggle button svg')).toHaveJSProperty('clientWidth', 16);
});
