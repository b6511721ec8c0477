/**
 * Presenter mode (/present/), as a teacher and a room see it: one slide at a
 * time, stepped by keys, a clicker (Page Up/Down) or the buttons; the drawing
 * in the state its step names and the step's own text under it, never the
 * next one; a slide that is a function of its address; a show of hands
 * before the re-offending reveal; the lesson plans' own decks; stepping
 * offline; labels readable from the back of a room at 1920 × 1080.
 */
import { expect, test, type Page } from '@playwright/test';
import { planSections } from '../../src/lib/deck';
import { DECK_SLIDES } from '../../src/lib/urls';
import { SCENES } from '../../src/scenes/registry';
import { readContent } from '../helpers/read-content';
import { countTweens, guard, holdRequests, tweenStarts, visibleLabels } from './helpers';

const deck = (page: Page) => page.locator('present-deck');
const visibleSlides = (page: Page) => page.locator('.slide:not([hidden])');
const plans = readContent('content').teach[0]!.data.plans;

/** Open the deck and wait until it shows a slide. */
async function open(page: Page, url = '/present/'): Promise<void> {
  await page.goto(url);
  await expect(deck(page)).toHaveAttribute('data-ready', '');
}

/** What is on screen: the slide's name, its visible text, the drawing shown and its state, and the state the slide names. */
function onScreen(page: Page) {
  return page.evaluate(() => {
    const slides = [...document.querySelectorAll<HTMLElement>('.slide')].filter((s) => s.checkVisibility());
    const figures = [...document.querySelectorAll<HTMLElement>('present-deck figure[data-scene]')].filter((f) => f.checkVisibility());
    const slide = slides[0];
    return {
      slides: slides.length,
      figures: figures.length,
      id: document.querySelector<HTMLElement>('present-deck')!.dataset.current!,
      text: (slide?.innerText ?? '').replace(/\s+/g, ' ').trim(),
      scene: figures[0]?.dataset.scene,
      state: figures[0]?.dataset.state,
      wants: slide?.dataset.state,
      live: document.querySelector('[data-deck-live]')!.textContent!,
      count: document.querySelector('.deck__count')!.textContent!.replace(/\s+/g, ' ').trim(),
    };
  });
}

/** Every slide's name, in the deck's order, by stepping with End and Home. */
async function slideIds(page: Page): Promise<string[]> {
  await page.keyboard.press('Home');
  const total = Number(await page.locator('[data-deck-total]').textContent());
  const ids: string[] = [];
  for (let i = 0; i < total; i++) {
    ids.push((await deck(page).getAttribute('data-current'))!);
    await page.keyboard.press('ArrowRight');
  }
  return ids;
}

/**
 * Each step's text as the story shows it, by scene, in order: the story's
 * own words with its footnote marks left out (the deck has none).
 */
async function storySteps(page: Page): Promise<Record<string, string[]>> {
  await page.goto('/');
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const block of document.querySelectorAll<HTMLElement>('[data-scrolly]')) {
      const scene = block.id.replace(/^scene-/, '');
      out[scene] = [...block.querySelectorAll<HTMLElement>('[data-step] .step__card')].map((card) => {
        const copy = card.cloneNode(true) as HTMLElement;
        for (const el of copy.querySelectorAll('sup, .term__pop, guess-result, [data-readers]')) el.remove();
        return copy.textContent!.replace(/\s+/g, ' ').trim();
      });
    }
    return out;
  });
}

test.describe('stepping through the whole story', () => {
  test.use({ reducedMotion: 'reduce' });

  test('keys step forward and back; each slide shows its step’s state and text, and never the next step', { tag: '@desktop' }, async ({ page }) => {
    test.setTimeout(120_000);
    const steps = await storySteps(page);
    const { errors, foreign } = guard(page);
    await open(page);
    const total = Number(await page.locator('[data-deck-total]').textContent());
    const expected = 1 + Object.values(SCENES).reduce((n, s) => n + s.states.length, 0) + 1; // title, every step, the show of hands
    expect(total).toBe(expected);

    // Forward with what keyboards and clickers send, in turn.
    const forward = ['ArrowRight', 'PageDown', 'Space', 'ArrowDown'];
    const seen: string[] = [];
    for (let i = 0; i < total; i++) {
      const now = await onScreen(page);
      expect(now.slides, `${now.id}: one slide on screen`).toBe(1);
      expect(now.count).toBe(`${i + 1} / ${total}`);
      expect(now.live).toBe(`Slide ${i + 1} of ${total}. ${now.text}`);
      const [, scene, n] = /^(.+)-(\d+)$/.exec(now.id) ?? [];
      if (scene && n) {
        // A step: its drawing in the state it names, its own words as the subtitle.
        expect(now.figures, now.id).toBe(1);
        expect(now.scene).toBe(scene);
        expect(now.state, now.id).toBe(now.wants);
        expect(now.state, now.id).toBe(SCENES[scene as keyof typeof SCENES].states[Number(n) - 1]);
        expect(now.text, now.id).toBe(steps[scene]![Number(n) - 1]);
        // The next step's words are nowhere on screen.
        const next = steps[scene]![Number(n)];
        if (next) await expect(page.getByText(next.slice(0, 60), { exact: false })).toBeHidden();
      }
      seen.push(now.id);
      await page.keyboard.press(forward[i % forward.length]!);
    }
    // Past the end, nothing moves.
    expect((await onScreen(page)).id).toBe(seen.at(-1));
    await expect(page.locator('[data-deck-go="1"]')).toHaveAttribute('aria-disabled', 'true');

    // And back, with ←, Page Up, Shift+Space and ↑: the same slides in reverse.
    const back = ['ArrowLeft', 'PageUp', 'Shift+Space', 'ArrowUp'];
    const reverse: string[] = [];
    for (let i = 0; i < total; i++) {
      const now = await onScreen(page);
      expect(now.state, now.id).toBe(now.wants);
      reverse.push(now.id);
      await page.keyboard.press(back[i % back.length]!);
    }
    expect(reverse).toEqual([...seen].reverse());
    await page.keyboard.press('End');
    expect((await onScreen(page)).id).toBe(seen.at(-1));
    await page.keyboard.press('Home');
    expect((await onScreen(page)).id).toBe('start');
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });

  test('the buttons step by mouse and touch', async ({ page }) => {
    await open(page, '/present/#room-2');
    const next = page.getByRole('button', { name: 'Next' });
    const previous = page.getByRole('button', { name: 'Previous' });
    const press = (b: typeof next) => (page.viewportSize()!.width < 500 ? b.tap() : b.click());
    await press(next);
    expect((await onScreen(page)).id).toBe('room-3');
    // Space on a focused button presses it once, not twice.
    await page.keyboard.press('Space');
    expect((await onScreen(page)).id).toBe('room-4');
    await press(previous);
    await press(previous);
    const now = await onScreen(page);
    expect(now.id).toBe('room-2');
    expect(now.state).toBe('bed');
  });
});

test.describe('the address is the slide', () => {
  test('a link, a reload and Back show that slide’s state at once, with no replay', { tag: '@desktop' }, async ({ page }) => {
    await countTweens(page);
    await open(page, '/present/#reoffending-3');
    const at = await onScreen(page);
    expect(at.id).toBe('reoffending-3');
    expect(at.state).toBe('nordic');
    expect(await tweenStarts(page), 'opened, not replayed').toBe(0);
    await page.reload();
    await expect(deck(page)).toHaveAttribute('data-ready', '');
    expect((await onScreen(page)).state).toBe('nordic');
    expect(await tweenStarts(page), 'reloaded, not replayed').toBe(0);
    await page.goto('/teach/');
    await page.goBack();
    await expect(deck(page)).toHaveAttribute('data-ready', '');
    const back = await onScreen(page);
    expect(back.id).toBe('reoffending-3');
    expect(back.state).toBe('nordic');
    expect(await tweenStarts(page), 'back, not replayed').toBe(0);
    // A step forward animates (GSAP arrived once the page loaded) and names the new slide in the address.
    await page.waitForLoadState('networkidle');
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/\/present\/#reoffending-4$/);
    await expect.poll(() => tweenStarts(page)).toBeGreaterThan(0);
    expect((await onScreen(page)).state).toBe('norway-measures');
    // Editing the fragment jumps there.
    await page.evaluate(() => (location.hash = '#room-5'));
    await expect.poll(async () => (await onScreen(page)).state).toBe('window');
    // A fragment that names no slide opens the first.
    await open(page, '/present/#no-such-slide');
    expect((await onScreen(page)).id).toBe('start');
  });
});

test.describe('the title slide paints first; the slides follow', () => {
  test.use({ reducedMotion: 'reduce' });

  const holdSlides = (page: Page) => holdRequests(page, DECK_SLIDES);
  /**
   * Whether an element is painted: in the layout and not visibility: hidden. Nothing is painted
   * before the render-blocking stylesheet has come, but until then every element "checks visible":
   * so wait for it (on a busy machine it came after the first sample, and the test failed).
   */
  const seen = async (page: Page, selector: string) => {
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((l) => l.sheet));
    return page.locator(selector).first().evaluate((el) => el.checkVisibility({ visibilityProperty: true }));
  };

  test('an address naming a slide shows nothing else first, not the title slide', { tag: '@desktop' }, async ({ page }) => {
    const release = await holdSlides(page);
    await page.goto('/present/#reoffending-3', { waitUntil: 'commit' });
    await expect(page.locator('.slide--start')).toBeAttached();
    // Sampled for a while: the code has come, the slides have not.
    for (let i = 0; i < 5; i++) {
      expect(await seen(page, '.slide--start'), 'the title slide while the slides are on their way').toBe(false);
      await page.waitForTimeout(100);
    }
    release();
    await expect(deck(page)).toHaveAttribute('data-current', 'reoffending-3');
    expect(await seen(page, '.slide--start')).toBe(false);
    expect((await onScreen(page)).state).toBe('nordic');
  });

  test('a plan’s deck shows its title at once and its plan’s name, never “The whole story” first', { tag: '@desktop' }, async ({ page }) => {
    const plan = plans[0]!;
    const release = await holdSlides(page);
    await page.goto(`/present/?plan=${plan.id}`);
    expect(await seen(page, '.start__title'), 'the title, painted before the slides come').toBe(true);
    for (let i = 0; i < 3; i++) {
      expect(await seen(page, '.start__plan[data-for-plan=""]'), '“The whole story” on a plan’s deck').toBe(false);
      await page.waitForTimeout(100);
    }
    release();
    await expect(deck(page)).toHaveAttribute('data-ready', '');
    await expect(page.locator('.start__plan:not([hidden])')).toHaveText(`Lesson plan: ${plan.title}`);
    expect(await seen(page, '.start__plan:not([hidden])')).toBe(true);
  });

  test('Next pressed before the slides have come is made once they have', { tag: '@desktop' }, async ({ page }) => {
    const release = await holdSlides(page);
    await page.goto('/present/');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    release();
    await expect(deck(page)).toHaveAttribute('data-current', 'room-2');
    await expect(page.locator('.deck__count')).toHaveText(/^3 \/ \d+$/);
  });

  test('slides that cannot be had are said so, over the title slide with its plan’s name', { tag: '@desktop' }, async ({ page }) => {
    const plan = plans[0]!;
    await page.route(DECK_SLIDES, (route) => route.abort('internetdisconnected'));
    await page.goto(`/present/?plan=${plan.id}#room-3`);
    await expect(deck(page)).toHaveAttribute('data-ready', '');
    await expect(page.locator('[data-deck-note]')).toHaveText('The slides could not be loaded. Check the connection, then reload this page.');
    expect(await seen(page, '.slide--start')).toBe(true);
    await expect(page.locator('.start__plan:not([hidden])')).toHaveText(`Lesson plan: ${plan.title}`);
  });
});

test.describe('lesson plans', () => {
  test.use({ reducedMotion: 'reduce' });

  test('a plan shows its sections’ slides only, in the plan’s order', { tag: '@desktop' }, async ({ page }) => {
    for (const plan of plans) {
      await open(page, `/present/?plan=${plan.id}`);
      await expect(page.locator('.start__plan:not([hidden])')).toHaveText(`Lesson plan: ${plan.title}`);
      const expected = await page.evaluate((slugs) => ['start', ...slugs.flatMap((slug) => [...document.querySelectorAll<HTMLElement>(`[data-section="${slug}"] [data-slide]`)].map((s) => s.dataset.slideId!))], planSections(plan));
      expect(await slideIds(page), plan.id).toEqual(expected);
    }
    // The 45-minute plan: the room, then the guess and the rates, nothing else.
    await open(page, '/present/?plan=numbers-behind-the-headline');
    const ids = await slideIds(page);
    expect(ids.filter((id) => id.startsWith('reoffending-'))).toHaveLength(6);
    expect(ids.some((id) => /^(cells|officers|sentence|rights|close)-/.test(id))).toBe(false);
  });

  test('the deck follows a plan’s order, not the story’s', { tag: '@desktop' }, async ({ page }) => {
    // A plan that names the re-offending section before the opening.
    await page.route(/\/present\/\?plan=backwards$/, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/data-plans="[^"]*"/, `data-plans="${JSON.stringify({ backwards: ['does-it-work', 'a-room-with-a-view'] }).replace(/"/g, '&quot;')}"`);
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    });
    await open(page, '/present/?plan=backwards');
    const ids = await slideIds(page);
    expect(ids.slice(0, 3)).toEqual(['start', 'reoffending-hands', 'reoffending-1']);
    expect(ids.indexOf('room-1')).toBeGreaterThan(ids.indexOf('rates-3'));
  });

  test('an unknown plan is said so, and the whole story is shown', { tag: '@desktop' }, async ({ page }) => {
    await open(page, '/present/?plan=no-such-plan');
    await expect(page.locator('[data-deck-note]')).toHaveText(/No lesson plan is called “no-such-plan”/);
    await expect(page.locator('.start__plan:not([hidden])')).toHaveText('The whole story');
    expect(await slideIds(page)).toContain('close-5');
  });

  test('the Present buttons on /teach/ lead to the whole story and to each plan’s deck', async ({ page }) => {
    await page.goto('/teach/');
    const links = page.locator('a.present-link');
    await expect(links).toHaveCount(1 + plans.length);
    await expect(links.first()).toHaveAttribute('href', '/present/');
    for (const [i, plan] of plans.entries()) {
      const link = page.locator(`#plan-${plan.id} a.present-link`);
      await expect(link).toHaveAttribute('href', `/present/?plan=${plan.id}`);
      await expect(links.nth(i + 1)).toHaveAttribute('href', `/present/?plan=${plan.id}`);
    }
    await page.locator(`#plan-${plans[0]!.id} a.present-link`).click();
    await expect(deck(page)).toHaveAttribute('data-ready', '');
    await expect(page).toHaveURL(new RegExp(`/present/\\?plan=${plans[0]!.id}#start$`));
    await expect(page.locator('.start__plan:not([hidden])')).toHaveText(`Lesson plan: ${plans[0]!.title}`);
  });
});

test.describe('the guess', () => {
  test.use({ reducedMotion: 'reduce' });

  test('the room votes by show of hands before the reveal, and the answer is nowhere before it', { tag: '@desktop' }, async ({ page }) => {
    await open(page);
    const ids = await slideIds(page);
    const hands = ids.indexOf('reoffending-hands');
    // The answer arrives with the scene's state named "reveal" (its second step).
    const reveal = ids.indexOf(`reoffending-${SCENES.reoffending.states.indexOf('reveal') + 1}`);
    expect(hands).toBeGreaterThan(0);
    expect(hands).toBeLessThan(reveal);

    // Every slide of the scene before the reveal: no bar for Norway, no value, no answer in the words.
    const answerShown = () =>
      page.evaluate(() => {
        const fig = document.querySelector<HTMLElement>('figure[data-scene="reoffending"]')!;
        const bar = fig.querySelector<SVGElement>('rect.bar--norway')!;
        const value = fig.querySelector<SVGElement>('text.value--norway')!;
        return { bar: getComputedStyle(bar).getPropertyValue('--p').trim(), value: getComputedStyle(value).opacity };
      });
    await page.keyboard.press('Home');
    for (let i = 0; i < hands; i++) await page.keyboard.press('ArrowRight');
    for (let i = hands; i < reveal; i++) {
      const now = await onScreen(page);
      expect(now.scene).toBe('reoffending');
      expect(now.state).not.toBe('reveal');
      expect(await answerShown(), now.id).toEqual({ bar: '0', value: '0' });
      expect(now.text).not.toMatch(/answer is/);
      expect(now.live).not.toMatch(/answer is/);
      await expect(page.getByText('For Norway, the answer is')).toBeHidden();
      if (i === hands) {
        await expect(visibleSlides(page).locator('.hands__range')).toHaveText(['Under 25%', '25% to 50%', '50% to 75%', '75% or more']);
        expect(now.text).toMatch(/^Hands up\. Of everyone released from a Norwegian prison, what share do you think were sentenced again within/);
      }
      await page.keyboard.press('ArrowRight');
    }
    // The reveal: the bar and its value, and the step's words.
    const now = await onScreen(page);
    expect(now.state).toBe('reveal');
    expect(await answerShown()).toEqual({ bar: '1', value: '1' });
    await expect(visibleSlides(page)).toContainText('For Norway, the answer is');
  });

  test('the room’s caption changes only at its reveal step', { tag: '@desktop' }, async ({ page }) => {
    const reveal = SCENES.room.states.indexOf(SCENES.room.reveal) + 1;
    for (let n = 1; n <= SCENES.room.states.length; n++) {
      await open(page, `/present/#room-${n}`);
      const labels = (await visibleLabels(page, 'room')).map((l) => l.text);
      if (n < reveal) expect(labels.join(' | '), `room-${n}`).not.toMatch(/cell|prison|wall/i);
      else expect(labels.join(' | ')).toMatch(/A cell in a maximum-security prison/);
    }
  });
});

test('offline once loaded: every slide still steps into its state, animated', { tag: '@desktop' }, async ({ page, context }) => {
  test.setTimeout(120_000);
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  const { errors } = guard(page);
  await countTweens(page);
  await open(page);
  await page.waitForLoadState('networkidle');
  await context.setOffline(true);
  const total = Number(await page.locator('[data-deck-total]').textContent());
  for (let i = 1; i < total; i++) {
    await page.keyboard.press('ArrowRight');
    const now = await onScreen(page);
    if (now.figures) expect(now.state, now.id).toBe(now.wants);
  }
  await expect(page.locator('[data-animating]')).toHaveCount(0);
  expect(await tweenStarts(page), 'GSAP was there before the network went').toBeGreaterThan(0);
  expect(failed).toEqual([]);
  expect(errors).toEqual([]);
  await context.setOffline(false);
});

test.describe('readable from the back of a classroom', () => {
  test.use({ reducedMotion: 'reduce', viewport: { width: 1920, height: 1080 } });

  test('at 1920 × 1080 every label in every drawing is at least 24 px, and every subtitle fits its box', { tag: '@desktop' }, async ({ page }) => {
    test.setTimeout(120_000);
    await open(page);
    const total = Number(await page.locator('[data-deck-total]').textContent());
    const small: string[] = [];
    let measured = 0;
    let smallest = Infinity;
    for (let i = 0; i < total; i++) {
      const now = await onScreen(page);
      if (now.scene) {
        const labels = await visibleLabels(page, now.scene);
        measured += labels.length;
        for (const l of labels) {
          smallest = Math.min(smallest, l.px);
          if (l.px < 24) small.push(`${now.id}: "${l.text}" ${l.px} px`);
        }
      }
      const fit = await visibleSlides(page).evaluate((s) => ({ over: s.scrollHeight - s.clientHeight, font: parseFloat(getComputedStyle(s).fontSize) }));
      expect(fit.over, `${now.id}: the subtitle fits its box`).toBeLessThanOrEqual(1);
      expect(fit.font, `${now.id}: subtitle type`).toBeGreaterThanOrEqual(32);
      await page.keyboard.press('ArrowRight');
    }
    expect(measured).toBeGreaterThan(300);
    expect(small).toEqual([]);
    test.info().annotations.push({ type: 'smallest label at 1920 × 1080', description: `${smallest} px` });
  });
});

test.describe('a laptop and a phone', () => {
  test.use({ reducedMotion: 'reduce' });

  test('every subtitle fits, the drawing is on screen, and nothing scrolls sideways', async ({ page }) => {
    test.setTimeout(90_000);
    await open(page);
    const total = Number(await page.locator('[data-deck-total]').textContent());
    const phone = page.viewportSize()!.width < 500;
    for (let i = 0; i < total; i++) {
      const now = await onScreen(page);
      const box = await page.evaluate(() => {
        const fig = [...document.querySelectorAll<HTMLElement>('present-deck figure')].find((f) => f.checkVisibility());
        const svg = fig?.querySelector('svg')?.getBoundingClientRect();
        const s = document.querySelector<HTMLElement>('.slide:not([hidden])')!;
        return { wide: document.documentElement.scrollWidth > innerWidth, svg: svg && { top: svg.top, bottom: svg.bottom, height: svg.height }, over: s.scrollHeight - s.clientHeight, vh: innerHeight };
      });
      expect(box.wide, now.id).toBe(false);
      if (box.svg) {
        expect(box.svg.top).toBeGreaterThanOrEqual(0);
        expect(box.svg.bottom).toBeLessThanOrEqual(box.vh);
        expect(box.svg.height).toBeGreaterThan(phone ? 200 : 380);
      }
      // On a laptop every subtitle fits; on a phone a long one scrolls in its own box.
      if (!phone) expect(box.over, `${now.id}: the subtitle fits its box`).toBeLessThanOrEqual(1);
      await page.keyboard.press('ArrowRight');
    }
  });
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('every state is set without a tween and GSAP is never downloaded', { tag: '@phone' }, async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await countTweens(page);
  await open(page);
  const total = Number(await page.locator('[data-deck-total]').textContent());
  for (let i = 1; i < total; i++) {
    await page.keyboard.press('ArrowRight');
    const now = await onScreen(page);
    if (now.figures) expect(now.state, now.id).toBe(now.wants);
  }
  expect(await tweenStarts(page)).toBe(0);
  expect(requests.filter((u) => /gsap/i.test(u))).toEqual([]);
  });
});

test('F and the button toggle full screen', { tag: '@desktop' }, async ({ page }) => {
  await open(page);
  const full = page.getByRole('button', { name: 'Full screen' });
  await expect(full).toBeVisible();
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(true);
  await expect(page.getByRole('button', { name: 'Leave full screen' })).toBeVisible();
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(false);
  await full.click();
  await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(true);
  await page.getByRole('button', { name: 'Leave full screen' }).click();
  await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(false);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('it says what to use instead', { tag: '@desktop' }, async ({ page }) => {
    await page.goto('/present/');
    await expect(page.locator('.deck')).toBeHidden();
    await expect(page.locator('.deck__nojs')).toBeVisible();
    await expect(page.locator('.deck__nojs a[href="/handout/"]')).toBeVisible();
  });
});

test('on paper it points to the handout', { tag: '@desktop' }, async ({ page }) => {
  await open(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.deck')).toBeHidden();
  await expect(page.locator('.deck__print')).toBeVisible();
  await expect(page.locator('.deck__print a').first()).toHaveAttribute('href', '/handout/');
});
