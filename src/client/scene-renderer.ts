/**
 * Shows one scene in one state. Every animated element carries keyframes
 * (data-fx) and a CSS effect class that maps its custom property --p (0–1) to
 * opacity, a transform or a stroke offset (src/styles/fx.css). Showing a state
 * computes each element's target p from the state index alone, then either
 * writes it at once ("set") or tweens to it ("tween"). The result never
 * depends on the previous state.
 */
import { formatStat, type Formattable } from '../lib/format';
import { parseKeyframes, valueAt, type Keyframes } from '../lib/keyframes';
import { EXIT_SECONDS, MAX_DELAY_SECONDS, TWEEN_SECONDS } from '../lib/tokens';
import type { TweenHandle, Tweener } from './tweener';

interface Part {
  el: SVGElement | HTMLElement;
  frames: Keyframes;
  delay: number;
  /** A number that counts up with p, formatted like the statistic it shows. */
  count?: Formattable;
  /** Current p, which tweens read from and write to. */
  live: { p: number };
  /** The --p text last written: a frame that would write the same text writes nothing. */
  written?: string;
  /** When a tween last wrote this part's count (performance.now()). */
  countedAt?: number;
  tween?: TweenHandle | undefined;
}

export type ShowMode = 'set' | 'tween';

/**
 * Numbers a counting figure shows per second while it tweens (its last is always written).
 * Each new number lays out its SVG text again (about 6 ms of a frame on a 4×-throttled phone,
 * layout and pre-paint): at 30 a second that was every other frame of a counting scene. At 15,
 * a 0.6 s count still shows nine numbers, and the cells scene lays out a quarter less often
 * (44 → 33 layouts over its steps; its animated frames' mean main-thread time 15.5 → 13.9 ms).
 */
export const COUNT_FPS = 15;

/** Keep p strings short and exact, so "set" and a finished tween write the same DOM. */
function pText(p: number): string {
  return String(Math.round(p * 1000) / 1000);
}

export class SceneRenderer {
  readonly parts: Part[];
  /** Index of the state shown, or −1 before the first show(). */
  index = -1;
  private running = 0;

  constructor(
    readonly root: HTMLElement,
    readonly states: readonly string[],
  ) {
    this.parts = [...root.querySelectorAll<SVGElement | HTMLElement>('[data-fx]')].map((el) => {
      const count = el.dataset.count ? (JSON.parse(el.dataset.count) as Formattable) : undefined;
      const frames = parseKeyframes(el.dataset.fx ?? '', states);
      const p = valueAt(frames, states.length - 1); // what the server rendered
      return { el, frames, delay: Math.min(Number(el.dataset.fxDelay ?? 0), MAX_DELAY_SECONDS), count, live: { p } };
    });
  }

  get stateName(): string | undefined {
    return this.states[this.index];
  }

  /** Show state `index` (clamped to the scene's states). */
  show(index: number, mode: ShowMode, tweener?: Tweener): void {
    const target = Math.max(0, Math.min(this.states.length - 1, index));
    this.index = target;
    this.root.dataset.state = this.states[target]!;
    for (const part of this.parts) {
      const p = valueAt(part.frames, target);
      part.tween?.kill();
      part.tween = undefined;
      if (mode === 'tween' && tweener && p !== part.live.p) this.animate(part, p, tweener);
      else this.write(part, p);
    }
    this.markSettled();
  }

  /** Drop every inline value: the scene falls back to the server-rendered final state. */
  clear(): void {
    for (const part of this.parts) {
      part.tween?.kill();
      part.tween = undefined;
      part.el.style.removeProperty('--p');
      part.written = undefined;
      part.live.p = valueAt(part.frames, this.states.length - 1);
      if (part.count) part.el.textContent = formatStat(part.count, 'short');
    }
    this.index = -1;
    delete this.root.dataset.state;
    this.running = 0;
    this.markSettled();
  }

  private write(part: Part, p: number, count = true): void {
    part.live.p = p;
    const text = pText(p);
    if (text !== part.written) {
      part.el.style.setProperty('--p', text);
      part.written = text;
    }
    if (part.count && count) {
      const v = part.count.value;
      const value = typeof v === 'number' ? v * p : v;
      const shown = formatStat({ ...part.count, value: p === 1 ? v : value }, 'short');
      // A count shows far fewer numbers than a tween has frames ("12 m²" counts in 13 steps over
      // 36 frames): rewriting the same text would lay the drawing out again for nothing.
      if (part.el.textContent !== shown) writeText(part.el, shown);
    }
  }

  private animate(part: Part, p: number, tweener: Tweener): void {
    const entering = p > part.live.p;
    this.running++;
    this.root.dataset.animating = '';
    let done = false;
    part.tween = tweener.tween(part.live, p, {
      duration: entering ? TWEEN_SECONDS : EXIT_SECONDS,
      delay: entering ? part.delay : 0,
      onUpdate: () => {
        // A count's new number lays its drawing out again: in a tween, at most COUNT_FPS a second.
        let due = true;
        if (part.count) {
          const now = performance.now();
          due = now - (part.countedAt ?? 0) >= 1000 / COUNT_FPS;
          if (due) part.countedAt = now;
        }
        this.write(part, part.live.p, due);
      },
      onDone: () => {
        if (done) return;
        done = true;
        this.write(part, part.live.p === p ? p : part.live.p);
        this.running--;
        this.markSettled();
      },
    });
  }

  private markSettled(): void {
    if (this.running <= 0) {
      this.running = 0;
      delete this.root.dataset.animating;
    }
  }
}

/**
 * Changes an element's text in place: the same text node, new characters. Replacing the node
 * (textContent) made the browser rebuild the text's layout objects on every counted frame:
 * at 4× CPU throttle the three counting scenes missed 11–17% of their animated frames, 0.5–3%
 * with this (README, Benchmark).
 */
function writeText(el: Element, text: string): void {
  const node = el.firstChild;
  if (node && node.nodeType === node.TEXT_NODE && !node.nextSibling) (node as Text).data = text;
  else el.textContent = text;
}
