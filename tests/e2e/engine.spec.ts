/**
 * The engine's housekeeping: one scroll engine, no scroll listener of its own,
 * and nothing left behind when its element leaves the DOM.
 */
import { expect, test, type Page } from '@playwright/test';
import { settle, stepY, wheelTo } from './helpers';

async function scrollListeners(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  let count = 0;
  for (const expression of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
    count += listeners.filter((l) => l.type === 'scroll').length;
  }
  await cdp.detach();
  return count;
}

test('one scroll listener for the whole page (Scrollama\'s), none of our own', { tag: '@desktop' }, async ({ page }) => {
  await page.goto('/');
  await settle(page);
  await expect(page.locator('story-engine')).toHaveCount(1);
  expect(await scrollListeners(page)).toBe(1);
});

test('the engine releases everything when removed and works again when put back', { tag: '@desktop' }, async ({ page }) => {
  await page.goto('/');
  await settle(page);
  await page.evaluate(() => {
    (window as unknown as { chapters: number }).chapters = 0;
    document.addEventListener('story:chapter', () => (window as unknown as { chapters: number }).chapters++);
    const engine = document.querySelector('story-engine')!;
    const parent = engine.parentElement!;
    const next = engine.nextSibling;
    engine.remove();
    parent.insertBefore(engine, next);
  });
  // Scrollama's own document listener is never removed by its destroy(); ours were, so at most one more.
  expect(await scrollListeners(page)).toBeLessThanOrEqual(2);
  await wheelTo(page, await stepY(page, 'cells', 1));
  await settle(page);
  await expect(page.locator('figure[data-scene="cells"]')).toHaveAttribute('data-state', 'us');
  const events = await page.evaluate(() => (window as unknown as { chapters: number }).chapters);
  // From the top to section 2 the reader crosses two chapter boundaries: one event each, not two.
  expect(events).toBe(2);
});

test('a jump that lands a step exactly on the trigger line shows that step\'s state', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await settle(page);
  const wrong: string[] = [];
  const scenes = await page.locator('figure[data-scene]').evaluateAll((fs) => fs.map((f) => (f as HTMLElement).dataset.scene!));
  for (const scene of scenes) {
    const states = await page.locator(`#scene-${scene} [data-step]`).evaluateAll((ss) => ss.map((s) => (s as HTMLElement).dataset.state!));
    for (let i = 1; i < states.length; i++) {
      // The step's top exactly on the line, as a link or a script may leave it
      // (both in whole pixels, as the engine measures them).
      const y = await page.evaluate(([scene, i]) => {
        const step = document.querySelectorAll<HTMLElement>(`#scene-${scene} [data-step]`)[i as number]!;
        const trigger = parseFloat(getComputedStyle(document.querySelector('story-engine')!).getPropertyValue('--trigger'));
        return Math.round(step.getBoundingClientRect().top + scrollY) - Math.round(trigger * innerHeight);
      }, [scene, i] as const);
      await page.evaluate((top) => scrollTo({ top, behavior: 'instant' }), y);
      await page.waitForTimeout(150);
      const shown = await page.locator(`figure[data-scene="${scene}"]`).getAttribute('data-state');
      if (shown !== states[i]) wrong.push(`${scene} step ${i + 1}: shows ${shown}, not ${states[i]}`);
    }
  }
  expect(wrong).toEqual([]);
});

// While a scene tweens, the browser repaints its figure every frame and then walks whatever else
// shares the page's root paint layer, line by line; text in a paint layer of its own is reused
// whole (layout.css, "Paint layers"). In traces at 4× throttle that walk was about 1.5 ms of
// each animated frame. A new wrapper around the prose would put its text back in the root layer.
for (const path of ['/', '/story/the-cell/']) {
  test(`every line of text on ${path} is in a paint layer of its own, not the page's`, { tag: '@phone' }, async ({ page }) => {
    await page.goto(path, { waitUntil: 'load' });
    const inRootLayer = await page.evaluate(() => {
      // A box is a paint layer if positioned, transformed, translucent, clipped or skipping content.
      const makesLayer = (cs: CSSStyleDeclaration) =>
        cs.position !== 'static' || cs.transform !== 'none' || cs.opacity !== '1' || cs.overflow !== 'visible' || cs.contentVisibility !== 'visible';
      const inLayer = (el: Element) => {
        for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) if (makesLayer(getComputedStyle(e))) return true;
        return false;
      };
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const found: string[] = [];
      while (walker.nextNode()) {
        const text = walker.currentNode as Text;
        const el = text.parentElement!;
        if (!text.data.trim() || !el.getClientRects().length || inLayer(el)) continue;
        found.push(`${el.tagName.toLowerCase()}.${el.className}: ${text.data.trim().slice(0, 40)}`);
      }
      return found;
    });
    expect(inRootLayer).toEqual([]);
  });
}
