/**
 * The glossary: a term's definition by mouse, keyboard, touch and screen
 * reader, without JavaScript, and the /glossary/ page it links to.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { guard, holdRequests } from './helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** A term in plain prose (section 1), and one inside a scene's step, under its sticky figure. */
const TERM = 'recidivism';
const TERM_IN_SCENE = 'dynamic-security';

const host = (page: Page, id = TERM) => page.locator(`glossary-term[data-term="${id}"]`);
const termLink = (page: Page, id = TERM) => host(page, id).locator('a.term');
const tip = (page: Page, id = TERM) => host(page, id).locator('.term__tip');
const pop = (page: Page, id = TERM) => host(page, id).locator('.term__pop');

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Focus the element before the term, then press Tab, as a keyboard user arrives. */
async function tabOnto(page: Page, link: Locator): Promise<void> {
  await link.evaluate((el) => {
    const tabbable = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')].filter(
      // checkVisibility: not inside a closed <details> (a section's change note).
      (e) => e.tabIndex >= 0 && e.getClientRects().length > 0 && e.checkVisibility(),
    );
    tabbable[tabbable.indexOf(el as HTMLElement) - 1]!.focus();
  });
  await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
}

/**
 * The open box is beside its term, inside the viewport, below the fixed
 * header, and on top of everything there. The box follows a scroll in the
 * next animation frame, so a scroll that lands just as it opens (a focus
 * scrolling its term into view) gets that frame before the verdict.
 */
function expectWellPlaced(page: Page, id: string): Promise<void> {
  return expect(() => checkWellPlaced(page, id)).toPass({ timeout: 3_000 });
}

async function checkWellPlaced(page: Page, id: string): Promise<void> {
  const box = (await pop(page, id).boundingBox())!;
  const term = (await termLink(page, id).boundingBox())!;
  const header = (await page.locator('.site-header').boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(overlap(box, term), `${id}: the box covers its term`).toBe(false);
  expect(box.x, id).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, id).toBeLessThanOrEqual(viewport.width);
  expect(box.y, `${id}: under the header`).toBeGreaterThanOrEqual(header.y + header.height);
  expect(box.y + box.height, id).toBeLessThanOrEqual(viewport.height);
  const near = Math.min(Math.abs(box.y - (term.y + term.height)), Math.abs(term.y - (box.y + box.height)));
  expect(near, `${id}: the box is not next to its term`).toBeLessThan(20);
  // Nothing (the sticky figure, the header) is drawn over it.
  const onTop = await pop(page, id).evaluate((el) => {
    const r = el.getBoundingClientRect();
    const points = [[r.left + 4, r.top + 4], [r.right - 4, r.top + 4], [r.left + r.width / 2, r.top + r.height / 2], [r.left + 4, r.bottom - 4], [r.right - 4, r.bottom - 4]];
    return points.every(([x, y]) => el.contains(document.elementFromPoint(x!, y!)));
  });
  expect(onTop, `${id}: something is drawn over the box`).toBe(true);
}

test.describe('with a mouse', { tag: '@desktop' }, () => {
  test('hovering shows the definition, it stays while the pointer moves onto it, and leaving hides it', async ({ page }) => {
    const { errors } = guard(page);
    await page.goto('/');
    const link = termLink(page);
    await link.scrollIntoViewIfNeeded();
    const before = await link.boundingBox();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await expect(tip(page)).toBeHidden();

    await link.hover();
    await expect(tip(page)).toBeVisible();
    await expectWellPlaced(page, TERM);
    // No layout shift: the text around it stays where it was.
    expect(await link.boundingBox()).toEqual(before);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(height);

    // Across the gap and onto the box: it stays (WCAG 1.4.13, hoverable).
    const t = (await link.boundingBox())!;
    const b = (await pop(page).boundingBox())!;
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
    await page.waitForTimeout(600);
    await expect(tip(page)).toBeVisible();
    await page.mouse.move(t.x + t.width / 2, t.y + t.height / 2, { steps: 8 });
    await page.waitForTimeout(600);
    await expect(tip(page)).toBeVisible();

    // Escape dismisses it without moving the pointer (dismissible).
    await page.keyboard.press('Escape');
    await expect(tip(page)).toBeHidden();
    await page.mouse.move(b.x + b.width + 40, 5);
    await link.hover();
    await expect(tip(page)).toBeVisible();

    // Away from both: it goes.
    await page.mouse.move(2, page.viewportSize()!.height - 2, { steps: 4 });
    await expect(tip(page)).toBeHidden();
    expect(errors).toEqual([]);
  });

  test('a click on the term follows the link to the glossary entry', async ({ page }) => {
    await page.goto('/');
    await termLink(page).click();
    await expect(page).toHaveURL(`/glossary/#${TERM}`);
    await expect(page.locator(`#${TERM}`)).toBeInViewport();
  });
});

test.describe('with the keyboard', { tag: '@desktop' }, () => {
  test('Tab onto a term shows its definition beside it; Escape hides it and keeps focus', async ({ page }) => {
    await page.goto('/');
    const link = termLink(page);
    await tabOnto(page, link);
    await expect(tip(page)).toBeVisible();
    await expectWellPlaced(page, TERM);

    await page.keyboard.press('Escape');
    await expect(tip(page)).toBeHidden();
    await expect(link).toBeFocused();

    // Tab on: the box's own link is not an extra stop, and the box closes.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(tip(page)).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(link).not.toBeFocused();
    await expect(host(page).locator('a.term__more')).not.toBeFocused();
    await expect(tip(page)).toBeHidden();
  });

  test('on a short screen the box scrolls, and Tab into it keeps it open; Escape returns focus to the term', async ({ page }) => {
    await page.setViewportSize({ width: 740, height: 360 });
    await page.goto('/');
    const ids = await page.locator('glossary-term').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.term!));
    let scrolling = 0;
    for (const id of ids) {
      await tabOnto(page, termLink(page, id));
      await expect(pop(page, id)).toBeVisible();
      if (!(await pop(page, id).evaluate((el) => el.scrollHeight > el.clientHeight + 1))) {
        await page.keyboard.press('Escape');
        continue;
      }
      scrolling++;
      await page.keyboard.press('Tab');
      await expect(pop(page, id), `${id}: open with focus in its box`).toBeVisible();
      expect(await page.evaluate(() => document.activeElement !== document.body), `${id}: focus kept`).toBe(true);
      await page.keyboard.press('Escape');
      await expect(pop(page, id)).toBeHidden();
      await expect(termLink(page, id)).toBeFocused();
    }
    expect(scrolling, 'some definitions scroll on this screen').toBeGreaterThan(0);
  });

  test('Enter follows the link to the glossary entry', async ({ page }) => {
    await page.goto('/');
    await tabOnto(page, termLink(page));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`/glossary/#${TERM}`);
  });

  test('the box follows its term as the page scrolls, and closes once the term has gone', async ({ page }) => {
    await page.goto('/');
    const link = termLink(page);
    await tabOnto(page, link);
    await expect(tip(page)).toBeVisible();
    await page.evaluate(() => scrollBy(0, 30));
    await page.waitForTimeout(100);
    await expectWellPlaced(page, TERM);
    await page.evaluate(() => scrollBy(0, innerHeight));
    await expect(tip(page)).toBeHidden();
  });
});

test.describe('by touch', { tag: '@phone' }, () => {
  test.use({ hasTouch: true });

  /**
   * The story, once its terms' code has come (when the page is idle after first paint,
   * deferred.ts). A tap before then is held by the loader and has its own test below.
   */
  async function openStory(page: Page): Promise<void> {
    await page.goto('/');
    await page.waitForFunction(() => customElements.get('glossary-term') !== undefined);
  }

  test('the first tap shows the definition instead of leaving; its glossary link goes to the entry', async ({ page }) => {
    await openStory(page);
    await termLink(page).tap();
    await expect(tip(page)).toBeVisible();
    await expect(page).toHaveURL('/');
    await expectWellPlaced(page, TERM);

    const more = host(page).getByRole('link', { name: 'In the glossary' });
    await more.tap();
    await expect(page).toHaveURL(`/glossary/#${TERM}`);
    await expect(page.locator(`#${TERM}`)).toBeInViewport();
  });

  test('a second tap follows the link; a tap elsewhere closes the box', async ({ page }) => {
    await openStory(page);
    const link = termLink(page);
    await link.tap();
    await expect(tip(page)).toBeVisible();

    // Somewhere that is neither the term nor its box: the page's left margin.
    const { height } = page.viewportSize()!;
    expect(await page.evaluate((y) => Boolean(document.elementFromPoint(2, y)?.closest('glossary-term, a, button, input, summary')), height - 4)).toBe(false);
    await page.touchscreen.tap(2, height - 4);
    await expect(tip(page)).toBeHidden();
    await expect(page).toHaveURL('/');

    await link.tap();
    await expect(tip(page)).toBeVisible();
    await link.tap();
    await expect(page).toHaveURL(`/glossary/#${TERM}`);
  });

  test('a tap before the terms’ code has come stays on the page, and the definition opens when the code does', async ({ page }) => {
    const release = await holdRequests(page, /\/_astro\/glossary-term\.[\w-]+\.js$/);
    await page.goto('/');
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => customElements.get('glossary-term'))).toBeUndefined();
    await termLink(page).tap();
    await page.waitForTimeout(300);
    await expect(page).toHaveURL('/');
    await expect(tip(page)).toBeHidden();
    release();
    await expect(tip(page)).toBeVisible();
    await expect(page).toHaveURL('/');
    // As with the code, the next tap goes to the entry.
    await termLink(page).tap();
    await expect(page).toHaveURL(`/glossary/#${TERM}`);
  });

  test('Enter on a term before its code has come follows the link, as it does with the code', async ({ page }) => {
    await page.route(/\/_astro\/glossary-term\.[\w-]+\.js$/, () => undefined);
    await page.goto('/');
    await page.waitForLoadState('load');
    // A touch first, elsewhere: the key press must not be taken for a tap.
    await page.touchscreen.tap(2, page.viewportSize()!.height - 4);
    await termLink(page).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`/glossary/#${TERM}`);
  });

  test('in a scene, the box is drawn over the sticky figure, not under it', async ({ page }) => {
    await openStory(page);
    await termLink(page, TERM_IN_SCENE).tap();
    await expect(tip(page, TERM_IN_SCENE)).toBeVisible();
    await expectWellPlaced(page, TERM_IN_SCENE);
  });
});

test('at 320 px every term’s box fits the screen, beside its term and below the header', { tag: '@phone' }, async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 320, height: 568 });
  await page.goto('/');
  const ids = await page.locator('glossary-term').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.term!));
  expect(ids).toContain(TERM);
  expect(ids).toContain(TERM_IN_SCENE);
  for (const id of ids) {
    await termLink(page, id).focus();
    await expect(tip(page, id)).toBeVisible();
    await expectWellPlaced(page, id);
    await page.keyboard.press('Escape');
    await expect(tip(page, id)).toBeHidden();
  }
});

test.describe('with reduced motion', { tag: '@desktop' }, () => {
  test.use({ reducedMotion: 'reduce' });
  test('the box appears without animation', async ({ page }) => {
    await page.goto('/');
    await termLink(page).focus();
    await expect(tip(page)).toBeVisible();
    expect(await pop(page).evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  });
});

test('without reduced motion the box fades in (so the test above can fail)', { tag: '@desktop' }, async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto('/');
  await termLink(page).focus();
  await expect(tip(page)).toBeVisible();
  expect(await pop(page).evaluate((el) => getComputedStyle(el).animationName)).not.toBe('none');
});

test.describe('for screen readers', { tag: '@desktop' }, () => {
  test('the link’s description is the definition, as the glossary gives it, before and while the box is open', async ({ page }) => {
    await page.goto('/glossary/');
    const definition = await page.locator(`#${TERM} > p`).first().evaluate((p) => {
      const copy = p.cloneNode(true) as HTMLElement;
      copy.querySelector('sup')?.remove();
      return copy.textContent!.trim();
    });
    const heading = await page.locator(`#${TERM} h2`).textContent();
    expect(definition.length).toBeGreaterThan(30);

    await page.goto('/');
    const expected = `${heading}. ${definition}`;
    await expect(termLink(page)).toHaveAccessibleDescription(expected);
    await termLink(page).focus();
    await expect(tip(page)).toBeVisible();
    await expect(termLink(page)).toHaveAccessibleDescription(expected);
    // Tokens are filled in: the reader hears a number, not {{forvaring-extension}}.
    await expect(termLink(page, 'forvaring')).toHaveAccessibleDescription(/extended by [^{}]*\d[^{}]* at a time/);
  });
});

test.describe('without JavaScript', { tag: '@phone' }, () => {
  test.use({ javaScriptEnabled: false });

  test('a term is a plain link to its glossary entry, its definition hidden but described', async ({ page }) => {
    await page.goto('/');
    const link = termLink(page);
    await expect(link).toHaveAttribute('href', `/glossary/#${TERM}`);
    await expect(tip(page)).toBeHidden();
    await expect(link).toHaveAccessibleDescription(/^Recidivism \(re-offending\)\. Committing another crime/);
    await link.click();
    await expect(page).toHaveURL(`/glossary/#${TERM}`);
    const entry = page.locator(`#${TERM}`);
    await expect(entry).toBeInViewport();
    await expect(entry.getByRole('heading', { level: 2 })).toHaveText('Recidivism (re-offending)');
  });
});

test.describe('the glossary page', () => {
  test('a link to /glossary/#forvaring lands on the entry, below the header, with its source, related terms and first use', { tag: '@desktop' }, async ({ page }) => {
    const { errors } = guard(page);
    await page.goto('/glossary/#forvaring');
    const entry = page.locator('#forvaring');
    await expect(entry).toBeInViewport();
    const header = (await page.locator('.site-header').boundingBox())!;
    expect((await entry.getByRole('heading').boundingBox())!.y).toBeGreaterThan(header.y + header.height);
    await expect(entry.locator('sup.fn a')).toHaveAttribute('href', /^\/#source-[a-z0-9-]+$/);
    await entry.getByRole('link', { name: 'Parole', exact: true }).click();
    await expect(page).toHaveURL('/glossary/#parole');
    await expect(page.locator('#parole')).toBeInViewport();
    await page.locator('#parole .glossary__meta', { hasText: 'First used in' }).getByRole('link').click();
    await expect(page).toHaveURL('/#the-sentence');
    await expect(page.locator('#the-sentence')).toBeInViewport();
    expect(errors).toEqual([]);
  });

  test('lists every term of glossary.yaml in the order of the file (the built site, not only the unit test)', { tag: '@desktop' }, async ({ page }) => {
    const file = parseYaml(readFileSync('content/data/glossary.yaml', 'utf8')) as Array<{ id: string }>;
    await page.goto('/glossary/');
    const ids = await page.locator('.glossary__entry').evaluateAll((els) => els.map((e) => e.id));
    expect(ids).toEqual(file.map((t) => t.id));
  });

  test('loads no JavaScript', { tag: '@phone' }, async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto('/glossary/');
    await expect(page.locator('.glossary__entry').first()).toBeVisible();
    expect(scripts).toEqual([]);
  });

  // Dark, on the desktop: the plain page's light scheme is scanned on /sources/ (journalists.spec.ts).
  for (const colorScheme of ['dark'] as const) {
    test(`has no axe violations (${colorScheme})`, { tag: '@desktop' }, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/glossary/#forvaring');
      const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    });
  }
});

// Light, on the phone; the box's colours in dark are the plain pages' (scanned above).
for (const colorScheme of ['light'] as const) {
  test(`an open definition has no axe violations (${colorScheme})`, { tag: '@phone' }, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    await tabOnto(page, termLink(page));
    await expect(tip(page)).toBeVisible();
    const result = await new AxeBuilder({ page }).include(`glossary-term[data-term="${TERM}"]`).withTags(TAGS).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    expect(result.passes.map((p) => p.id)).toContain('color-contrast');
    await expect(tip(page)).toBeVisible();
  });
}
