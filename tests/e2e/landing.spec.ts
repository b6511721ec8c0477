/**
 * Open on the picture: whichever link brings a reader in (the story, a
 * section's own page, which the share control sends, or a section's anchor in
 * the story), the first screen shows a drawing, at a phone's size and a
 * desktop's. The one exception is section 6 in the story, which asks for the
 * reader's guess before any figure it asks about: there the first screen shows
 * the question. Its own page opens on the empty scale the guess is asked on.
 */
import { expect, test, type Page } from '@playwright/test';
import { sectionPage, storyAnchor } from '../../src/lib/urls';
import { overlaps, visibleLabelsIn } from './helpers';

const SLUGS = ['a-room-with-a-view', 'the-cell', 'officers-not-guards', 'the-sentence', 'rights-kept', 'does-it-work', 'your-neighbour'];
const GUESS_FIRST = 'does-it-work';
/** Enough of a drawing to be a picture, not a sliver at the bottom edge. */
const MIN_DRAWING_PX = 100;

/** The tallest visible height of any drawing on the first screen, below the header. */
function drawingOnFirstScreen(page: Page): Promise<number> {
  return page.evaluate(() => {
    const top = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
    let best = 0;
    for (const svg of document.querySelectorAll('main svg')) {
      const r = svg.getBoundingClientRect();
      if (r.width < 100 || getComputedStyle(svg).visibility === 'hidden') continue;
      best = Math.max(best, Math.min(r.bottom, innerHeight) - Math.max(r.top, top));
    }
    return Math.round(best);
  });
}

const paths = ['/', ...SLUGS.flatMap((slug) => [sectionPage(slug), storyAnchor(slug)])];
for (const path of paths) {
  test(`${path} opens on a picture`, async ({ page }) => {
    await page.goto(path, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    if (path === storyAnchor(GUESS_FIRST)) {
      await expect(page.locator('.guess').first()).toBeInViewport();
      return;
    }
    expect(await drawingOnFirstScreen(page)).toBeGreaterThanOrEqual(MIN_DRAWING_PX);
  });
}

// The lead picture is read like any figure: every label at 12 px or more, none on another.
for (const slug of SLUGS) {
  test(`${sectionPage(slug)}: the lead picture's labels are 12 px and up, clear of each other`, async ({ page }) => {
    await page.goto(sectionPage(slug), { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    const labels = await visibleLabelsIn(page, '.lead-svg');
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.filter((l) => l.px < 12).map((l) => `${l.text} ${l.px} px`)).toEqual([]);
    expect(overlaps(labels)).toEqual([]);
    // Narrower than 353 px its labels would fall under 12 px: there is no lead picture then.
    await page.setViewportSize({ width: 320, height: 640 });
    await expect(page.locator('.section-page__lead')).toBeHidden();
  });
}
