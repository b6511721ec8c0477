/**
 * Every scene, in every state, as a reader sees it.
 * - Readable on a phone: at 375 px no visible figure text is smaller than
 *   12 CSS px, and no two visible labels overlap.
 * - No glitches, at both sizes: an element that is absent in a state (p = 0)
 *   paints nothing. The drawing is photographed as it is and again with those
 *   elements hidden outright; the two pictures must be identical.
 * A label's size is its font size times the drawing's scale on screen; its box
 * is the text's box with the empty space above capitals and below descenders
 * trimmed, so the lines of one label that sit on each other do not count as
 * an overlap, but two labels drawn into each other do.
 */
import { expect, test, type Page } from '@playwright/test';
import { settle, stepY } from './helpers';

const MIN_PX = 12;

interface Label { text: string; px: number; box: [number, number, number, number] }

/** The visible <text> labels of a scene as a reader sees them now. */
function visibleLabels(page: Page, scene: string): Promise<Label[]> {
  return page.evaluate((scene) => {
    const svg = document.querySelector<SVGSVGElement>(`figure[data-scene="${scene}"] svg`)!;
    const scale = svg.getScreenCTM()!.a;
    const opacity = (el: Element): number => {
      let o = 1;
      for (let e: Element | null = el; e && e !== svg; e = e.parentElement) {
        const cs = getComputedStyle(e);
        if (cs.display === 'none' || cs.visibility === 'hidden') return 0;
        o *= Number(cs.opacity);
        // Bars and groups that grow by clipping are absent at p = 0.
        if ((e as HTMLElement).dataset?.effect?.startsWith('grow') && parseFloat(cs.getPropertyValue('--p')) === 0) return 0;
      }
      return o;
    };
    return [...svg.querySelectorAll('text')]
      .filter((t) => t.textContent!.trim() && opacity(t) > 0.05)
      .map((t) => {
        const b = t.getBoundingClientRect();
        const px = parseFloat(getComputedStyle(t).fontSize) * scale;
        // A line box is about 1.2 em; the ink of capitals and descenders is about 0.9 em of it.
        const trim = Math.min(b.height / 2, 0.15 * px);
        return { text: t.textContent!.trim().replace(/\s+/g, ' '), px: Math.round(px * 10) / 10, box: [b.left, b.top + trim, b.right, b.bottom - trim] as [number, number, number, number] };
      });
  }, scene);
}

function overlaps(labels: Label[]): string[] {
  const out: string[] = [];
  labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => {
    const x = Math.min(a.box[2], b.box[2]) - Math.max(a.box[0], b.box[0]);
    const y = Math.min(a.box[3], b.box[3]) - Math.max(a.box[1], b.box[1]);
    if (x > 1 && y > 1) out.push(`"${a.text}" × "${b.text}"`);
  }));
  return out;
}

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

test('every scene state: labels at least 12 px and clear of each other at 375 px, and nothing absent paints a pixel', async ({ page }) => {
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
