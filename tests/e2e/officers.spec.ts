/**
 * The officers scene changes a word (GUARD struck through, OFFICER written
 * under it), then the job, then shows the training. Scrolled by the wheel, so
 * GSAP's real tweens run, forwards through every state and back again: in no
 * animation frame of any of those tweens are two of its visible labels drawn
 * into each other (the old cross-fade showed "OGUARD" mid-way).
 */
import { expect, test, type Page } from '@playwright/test';
import { SCENES } from '../../src/scenes/registry';
import { settle, stepY, wheelTo } from './helpers';

const SCENE = 'officers';

/** Start recording, in every animation frame, the scene's overlapping visible labels. */
function record(page: Page): Promise<void> {
  return page.evaluate((scene) => {
    const w = window as unknown as { rec: { frames: number; animating: number; problems: string[]; stop: boolean } };
    w.rec = { frames: 0, animating: 0, problems: [], stop: false };
    const fig = document.querySelector<HTMLElement>(`figure[data-scene="${scene}"]`)!;
    const svg = fig.querySelector('svg')!;
    const opacity = (el: Element): number => {
      let o = 1;
      for (let e: Element | null = el; e && e !== svg; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
      return o;
    };
    const frame = () => {
      if (w.rec.stop) return;
      w.rec.frames++;
      if (fig.hasAttribute('data-animating')) w.rec.animating++;
      // As tests/e2e/labels.spec.ts measures: boxes trimmed of the space above capitals and below descenders.
      const scale = svg.getScreenCTM()!.a;
      const labels = [...svg.querySelectorAll('text')]
        .filter((t) => t.textContent!.trim() && opacity(t) > 0.05)
        .map((t) => {
          const b = t.getBoundingClientRect();
          const trim = Math.min(b.height / 2, 0.15 * parseFloat(getComputedStyle(t).fontSize) * scale);
          return { text: t.textContent!.trim(), box: [b.left, b.top + trim, b.right, b.bottom - trim] };
        });
      labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => {
        const x = Math.min(a.box[2]!, b.box[2]!) - Math.max(a.box[0]!, b.box[0]!);
        const y = Math.min(a.box[3]!, b.box[3]!) - Math.max(a.box[1]!, b.box[1]!);
        if (x > 1 && y > 1) w.rec.problems.push(`${fig.dataset.state}: "${a.text}" × "${b.text}"`);
      }));
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }, SCENE);
}

test('no two labels overlap in any frame of any tween, forwards and back', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await settle(page);
  const states = SCENES[SCENE].states;
  const path = [...states.keys(), ...[...states.keys()].reverse().slice(1)];
  await wheelTo(page, await stepY(page, SCENE, 0));
  await settle(page);
  const problems = new Set<string>();
  let animating = 0;
  for (const i of path.slice(1)) {
    await record(page);
    await wheelTo(page, await stepY(page, SCENE, i));
    await expect(page.locator(`figure[data-scene="${SCENE}"]`)).toHaveAttribute('data-state', states[i]!);
    await settle(page);
    const rec = await page.evaluate(() => {
      const w = window as unknown as { rec: { frames: number; animating: number; problems: string[]; stop: boolean } };
      w.rec.stop = true;
      return w.rec;
    });
    expect(rec.frames, 'frames were measured').toBeGreaterThan(5);
    animating += rec.animating;
    for (const p of rec.problems) problems.add(p);
  }
  expect(animating, 'the scene tweened (frames measured mid-tween)').toBeGreaterThan(path.length * 3);
  expect([...problems]).toEqual([]);
});
