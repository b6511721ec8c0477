/**
 * Every scene, in every state, as a reader sees it.
 * - Readable on a phone: at 375 px no visible figure text is smaller than
 *   12 CSS px, and no two visible labels overlap.
 * - Nothing cut off: no label runs past the drawing's edge, which clips it.
 * - No glitches, at both sizes: an element that is absent in a state (p = 0)
 *   paints nothing. The drawing is photographed as it is and again with those
 *   elements hidden outright; the two pictures must be identical.
 * A label's size is its font size times the drawing's scale on screen; its box
 * is the text's box with the empty space above capitals and below descenders
 * trimmed, so the lines of one label that sit on each other do not count as
 * an overlap, but two labels drawn into each other do.
 */
import { expect, test, type Page } from '@playwright/test';
import { overlaps, settle, stepY, visibleLabels } from './helpers';

const MIN_PX = 12;

/**
 * Shows only what is absent in the current state (everything else hidden with
 * `visibility`), or nothing at all. If the two pictures differ, something that
 * should be absent paints. Comparing against an empty drawing, rather than the
 * full one, keeps anti-aliasing of the other lines out of the comparison.
 */
function isolateAbsent(page: Page, scene: string, mode: 'absent-only' | 'nothing' | 'restore'): Promise<number> {
  return page.evaluate(([scene, mode]) => {
    const svg = document.querySelector<SVGSVGElement>(`figure[data-scene="${scene}"] svg`)!;
    const absent = [...svg.querySelectorAll<SVGElement>('[data-fx]')].filter(
      (e) => e.dataset.effect !== 'dim' && parseFloat(getComputedStyle(e).getPropertyValue('--p')) === 0,
    );
    if (mode === 'restore') svg.removeAttribute('visibility');
    else svg.setAttribute('visibility', 'hidden');
    for (const e of absent) {
      if (mode === 'absent-only') e.setAttribute('visibility', 'visible');
      else e.removeAttribute('visibility');
    }
    return absent.length;
  }, [scene, mode] as const);
}

test('every scene state: labels at least 12 px and clear of each other at 375 px, none cut off at the edge, and nothing absent paints a pixel', async ({ page }) => {
  test.setTimeout(150_000);
  const phone = page.viewportSize()!.width <= 400;
  await page.goto('/');
  await settle(page);
  const scenes = await page.locator('figure[data-scene]').evaluateAll((fs) => fs.map((f) => (f as HTMLElement).dataset.scene!));
  const problems: string[] = [];
  let measured = 0;
  for (const scene of scenes) {
    const states = await page.locator(`#scene-${scene} [data-step]`).evaluateAll((ss) => ss.map((s) => (s as HTMLElement).dataset.state!));
    for (const [i, state] of states.entries()) {
      await page.evaluate((top) => scrollTo({ top, behavior: 'instant' }), await stepY(page, scene, i));
      await expect(page.locator(`figure[data-scene="${scene}"]`)).toHaveAttribute('data-state', state);
      await settle(page);
      if (phone) {
        const labels = await visibleLabels(page, scene);
        measured += labels.length;
        for (const l of labels.filter((l) => l.px < MIN_PX)) problems.push(`${scene}/${state}: "${l.text}" is ${l.px} px`);
        for (const o of overlaps(labels)) problems.push(`${scene}/${state}: ${o} overlap`);
      }
      const clip = (await page.locator(`figure[data-scene="${scene}"] svg`).boundingBox())!;
      // The drawing clips at its edge, so a label that runs past it is cut off (the cells
      // scene's italic book title lost its last letters at 375 and 1280 px).
      for (const l of await visibleLabels(page, scene)) {
        const [left, top, right, bottom] = l.box;
        if (left < clip.x - 0.5 || right > clip.x + clip.width + 0.5 || top < clip.y - 0.5 || bottom > clip.y + clip.height + 0.5)
          problems.push(`${scene}/${state}: "${l.text}" runs past the drawing's edge`);
      }
      if (await isolateAbsent(page, scene, 'absent-only')) {
        const absentOnly = await page.screenshot({ clip });
        await isolateAbsent(page, scene, 'nothing');
        const nothing = await page.screenshot({ clip });
        if (!absentOnly.equals(nothing)) problems.push(`${scene}/${state}: an absent element paints on screen`);
      }
      await isolateAbsent(page, scene, 'restore');
    }
  }
  if (phone) expect(measured, 'labels were found and measured').toBeGreaterThan(100);
  expect(problems).toEqual([]);
});
