/** Shared steps for the browser tests: reading scene state the way a reader sees it. */
import { expect, type Page } from '@playwright/test';

export const SLUGS = [
  'a-room-with-a-view', 'the-cell', 'officers-not-guards', 'the-sentence', 'rights-kept', 'does-it-work', 'your-neighbour',
] as const;

/**
 * Every scene's visible state: its state name and the --p of each animated
 * part (what the reader sees), plus count-up texts. Two equal snapshots mean
 * two identical pictures.
 */
export async function scenes(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (const fig of document.querySelectorAll<HTMLElement>('figure[data-scene]')) {
      const parts = [...fig.querySelectorAll<HTMLElement>('[data-fx]')].map(
        (el) => `${getComputedStyle(el).getPropertyValue('--p').trim()}${el.dataset.count ? `=${el.textContent}` : ''}`,
      );
      out[fig.dataset.scene!] = `${fig.dataset.state ?? 'final'}|${parts.join(',')}`;
    }
    return out;
  });
}

/** Wait until every scene is drawn in its state, none is tweening, and two frames have passed. */
export async function settle(page: Page): Promise<void> {
  await expect(page.locator('story-engine')).toHaveAttribute('data-ready', '', { timeout: 10_000 });
  await expect(page.locator('[data-animating]')).toHaveCount(0, { timeout: 10_000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Scroll with the mouse wheel, as a reader does, until scrollY reaches `y` (then exactly `y`). */
export async function wheelTo(page: Page, y: number, stepPx = 350): Promise<void> {
  await page.mouse.move(10, 200);
  for (let i = 0; i < 400; i++) {
    const now = await page.evaluate(() => scrollY);
    const remaining = y - now;
    if (Math.abs(remaining) < stepPx) break;
    await page.mouse.wheel(0, Math.sign(remaining) * stepPx);
    await page.waitForTimeout(40);
  }
  await page.evaluate((top) => scrollTo({ top, behavior: 'instant' }), y);
  await page.waitForTimeout(100);
}

/** Counts every time a scene starts a tween, from the first script on. */
/**
 * Holds every request whose URL matches `url` until the returned function is
 * called, as a slow network would: for what the page shows, and what a press
 * does, before some code or data has come.
 */
export async function holdRequests(page: Page, url: string | RegExp): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((done) => (release = done));
  await page.route(url, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

export async function countTweens(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { tweenStarts: number }).tweenStarts = 0;
    new MutationObserver((records) => {
      for (const r of records) {
        if ((r.target as Element).hasAttribute('data-animating') && r.oldValue === null) {
          (window as unknown as { tweenStarts: number }).tweenStarts++;
        }
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-animating'], attributeOldValue: true });
  });
}

export function tweenStarts(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { tweenStarts: number }).tweenStarts);
}

/** Fail the test on any page error or console error, and on requests to other hosts. */
export function guard(page: Page): { errors: string[]; foreign: string[] } {
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['localhost', '127.0.0.1'].includes(url.hostname) && !url.protocol.startsWith('data')) foreign.push(r.url());
  });
  return { errors, foreign };
}

/** Scroll position at which step `index` of `scene` is active (its top just past the trigger line). */
export async function stepY(page: Page, scene: string, index: number, into = 40): Promise<number> {
  return page.evaluate(
    ([scene, index, into]) => {
      const step = document.querySelectorAll<HTMLElement>(`#scene-${scene} [data-step]`)[index as number]!;
      const engine = document.querySelector('story-engine')!;
      const trigger = parseFloat(getComputedStyle(engine).getPropertyValue('--trigger'));
      return Math.round(step.getBoundingClientRect().top + scrollY - trigger * innerHeight + (into as number));
    },
    [scene, index, into] as const,
  );
}

/**
 * For each scene figure: its layout position, its state attribute, and how many
 * animated parts differ from the server-rendered final state (p = 0 where
 * data-off, else 1), and how many
 * parts of the final state are invisible.
 */
export async function finalStateReport(page: Page) {
  return page.locator('figure[data-scene]').evaluateAll((figs) =>
    figs.map((f) => {
      const parts = [...f.querySelectorAll<HTMLElement>('[data-fx]')];
      const serverP = (el: HTMLElement) => (el.hasAttribute('data-off') ? '0' : '1');
      return {
        scene: (f as HTMLElement).dataset.scene!,
        position: getComputedStyle(f).position,
        state: (f as HTMLElement).dataset.state,
        wrong: parts.filter((el) => getComputedStyle(el).getPropertyValue('--p').trim() !== serverP(el)).length,
        hidden: parts.filter((el) => !el.hasAttribute('data-off') && el.dataset.effect !== 'dim' && getComputedStyle(el).opacity === '0').length,
      };
    }),
  );
}

/**
 * A scene's visible <text> labels as a reader sees them now: the text, its size on
 * screen in CSS px (font size × the drawing's scale) and its box, with the empty
 * space above capitals and below descenders trimmed so stacked lines of one
 * label do not count as overlapping.
 */
export interface Label { text: string; px: number; box: [number, number, number, number] }

/** The visible <text> labels of a scene as a reader sees them now. */
export function visibleLabels(page: Page, scene: string): Promise<Label[]> {
  return visibleLabelsIn(page, `figure[data-scene="${scene}"] svg`);
}

/** The visible <text> labels of the drawing `selector` finds (a section page's lead, say). */
export function visibleLabelsIn(page: Page, selector: string): Promise<Label[]> {
  return page.evaluate((selector) => {
    const svg = document.querySelector<SVGSVGElement>(selector)!;
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
  }, selector);
}

export function overlaps(labels: Label[]): string[] {
  const out: string[] = [];
  labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => {
    const x = Math.min(a.box[2], b.box[2]) - Math.max(a.box[0], b.box[0]);
    const y = Math.min(a.box[3], b.box[3]) - Math.max(a.box[1], b.box[1]);
    if (x > 1 && y > 1) out.push(`"${a.text}" × "${b.text}"`);
  }));
  return out;
}

