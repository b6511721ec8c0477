/**
 * <story-engine>: the page's one scroll engine. It wraps the whole story and
 * owns a single Scrollama instance over every step. Scrollama
 * only says "something crossed the trigger line"; the engine then works out each
 * scene's state from measured positions (resolveScenes in src/lib/active-step.ts), so the state
 * for a place on the page is the same however the reader got there.
 *
 * - scrolling within a visible scene tweens (GSAP, loaded on first need);
 * - jumps (links, reload, back/forward), resizes and scenes arriving on screen set;
 * - reduced motion always sets, and never loads GSAP;
 * - the "read without animation" mode, and screens too small for a sticky
 *   figure (CRAMPED_QUERY), clear every scene to its static final state;
 * - scenes far from the screen are drawn in their state when the page is idle
 *   (data-ready marks when every scene is), so the first task stays short.
 * No scroll listener of its own; layout is read only in measure(), never after
 * a write in the same frame. Everything is released in disconnectedCallback.
 */
import scrollama from 'scrollama';
import { activeIndex, fractionWithin, isAddressBarResize, resolveScenes, stateAt, stepStateIndexes } from '../lib/active-step';
import { ADDRESS_BAR_MAX_SHARE, CRAMPED_QUERY, CROSSING_BIAS_PX, NEAR_VIEWPORTS, TWEENER_GRACE_MS } from '../lib/tokens';
import { isSceneName, statesOf } from '../scenes/registry';
import { on } from './events';
import { cancelIdle, requestIdle } from './idle';
import { followPrint, readingMode } from './reading-mode';
import { SceneRenderer, type ShowMode } from './scene-renderer';
import { loadTweener, type Tweener } from './tweener';

interface Block {
  el: HTMLElement;
  figure: HTMLElement;
  states: readonly string[];
  /** Made when the block first comes near the screen, or when the page is idle. */
  renderer?: SceneRenderer | undefined;
  steps: HTMLElement[];
  /** The state each step names (data-state), as an index into `states`. */
  stepStates: number[];
  tops: number[];
  heights: number[];
  top: number;
  bottom: number;
  /** Was the block on screen at the last update? Only then may it tween. */
  onScreen: boolean;
}

type UpdateKind = 'auto' | 'set';
const REDUCED = '(prefers-reduced-motion: reduce)';

export class StoryEngine extends HTMLElement {
  private blocks: Block[] = [];
  private trigger = 0;
  private vw = 0;
  private vh = 0;
  private scrollY = 0;
  private scroller: ReturnType<typeof scrollama> | undefined;
  private resizeObserver: ResizeObserver | undefined;
  private abort: AbortController | undefined;
  private frame = 0;
  /** The next frame's update; `y` is the scroll offset when it was asked for (see schedule). */
  private pending: { kind: UpdateKind; remeasure: boolean; anchor?: Anchor | undefined; bias: number; y: number } | undefined;
  private tweener: Tweener | undefined;
  private tweenerLoading = false;
  private graceTimer: ReturnType<typeof setTimeout> | undefined;
  /** GSAP did not arrive within TWEENER_GRACE_MS: set states without it from now on. */
  private graceOver = false;
  private reduced!: MediaQueryList;
  /** A screen too small for a sticky figure: the static layout, figures complete. */
  private cramped!: MediaQueryList;
  /** Blocks far from the screen, to be drawn in their state when the page is idle. */
  private later = new Set<Block>();
  private idleHandle: number | undefined;

  connectedCallback(): void {
    this.abort = new AbortController();
    const { signal } = this.abort;
    this.reduced = matchMedia(REDUCED);
    this.cramped = matchMedia(CRAMPED_QUERY);
    this.blocks = [...this.querySelectorAll<HTMLElement>('[data-scrolly]')].flatMap((el) => {
      const figure = el.querySelector<HTMLElement>('figure[data-scene]');
      const name = figure?.dataset.scene ?? '';
      if (!figure || !isSceneName(name)) return [];
      const steps = [...el.querySelectorAll<HTMLElement>('[data-step]')];
      const states = statesOf(name);
      const stepStates = stepStateIndexes(steps.map((s) => s.dataset.state), states);
      return [{ el, figure, states, steps, stepStates, tops: [], heights: [], top: 0, bottom: 0, onScreen: false }];
    });
    this.measure();
    // Scrollama's observers are only needed once the reader scrolls: set them
    // up in a task of their own, so first paint is not held up by them.
    setTimeout(() => this.setupScroller(), 0);

    this.resizeObserver = new ResizeObserver(() => this.schedule('set', true));
    this.resizeObserver.observe(this);
    addEventListener('resize', () => this.onResize(), { signal });
    for (const type of ['hashchange', 'popstate', 'pageshow', 'load'] as const) {
      addEventListener(type, () => this.schedule('set', true), { signal });
    }
    // Scrollama reports crossings; a jump that lands a step exactly on the
    // trigger line crosses nothing it can see. When any scroll comes to rest,
    // look once more (one event per scroll, not one per frame).
    addEventListener('scrollend', () => this.schedule('auto'), { signal });
    document.fonts?.ready.then(() => this.schedule('set', true));
    this.reduced.addEventListener('change', () => this.schedule('set'), { signal });
    // Turning a phone sideways changes the layout: keep the reader's place.
    this.cramped.addEventListener('change', () => this.schedule('set', true, this.anchor(this.scrollY)), { signal });
    // Switching layouts keeps the reader on the same step: note where they are
    // while the old layout is still in place, return there in the new one.
    let modeAnchor: Anchor | undefined;
    on('story:reading-mode-will-change', () => (modeAnchor = this.anchor(scrollY) ?? this.textAnchor()), { signal });
    on('story:reading-mode', () => {
      // Show the new mode's states now (printing starts right after this event),
      // then measure the new layout and return the reader to the same place.
      this.update('set');
      this.schedule('set', true, modeAnchor);
    }, { signal });
    followPrint(signal);
    this.update('set');
  }

  disconnectedCallback(): void {
    this.abort?.abort();
    this.scroller?.destroy();
    this.scroller = undefined;
    if (this.idleHandle !== undefined) cancelIdle(this.idleHandle);
    this.idleHandle = undefined;
    this.later.clear();
    this.resizeObserver?.disconnect();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    clearTimeout(this.graceTimer);
    this.graceTimer = undefined;
    this.pending = undefined;
  }

  /** The state each scene shows now (for tests and debugging). */
  get states(): Record<string, string | undefined> {
    return Object.fromEntries(this.blocks.map((b) => [b.figure.dataset.scene!, b.renderer?.stateName]));
  }

  private setupScroller(): void {
    if (!this.isConnected || this.scroller) return;
    const watched = this.blocks.flatMap((b) => b.steps);
    if (!watched.length) return;
    this.scroller = scrollama();
    this.scroller
      .setup({ step: watched, offset: `${this.trigger}px` as unknown as 0.5 })
      .onStepEnter(({ direction }) => this.schedule('auto', false, undefined, direction))
      .onStepExit(({ direction }) => this.schedule('auto', false, undefined, direction));
  }

  /** Draws the far blocks in their states a few at a time while the page is idle; then marks the engine ready. */
  private drainLater(): void {
    if (this.idleHandle !== undefined || !this.later.size) return;
    this.idleHandle = requestIdle((deadline) => {
      this.idleHandle = undefined;
      const line = this.scrollY + this.trigger;
      for (const b of this.later) {
        if (deadline.timeRemaining() < 2 && !deadline.didTimeout) break;
        this.later.delete(b);
        if (this.motion === 'static') continue;
        this.rendererOf(b).show(stateAt(b.tops, b.stepStates, line), 'set');
        // One drawing's layout is most of an idle period: the next waits for the next.
        layOutNow(b.figure);
        break;
      }
      if (this.later.size) this.drainLater();
      else this.dataset.ready = '';
    });
  }

  private rendererOf(b: Block): SceneRenderer {
    b.renderer ??= new SceneRenderer(b.figure, b.states);
    return b.renderer;
  }

  private get motion(): 'motion' | 'reduced' | 'static' {
    if (readingMode() === 'static' || this.cramped.matches) return 'static';
    return this.reduced.matches ? 'reduced' : 'motion';
  }

  /**
   * Coalesce everything that happens in a frame into one read-then-write pass.
   * `direction` comes from Scrollama: a step crossing the trigger line fires in
   * the frame the crossing happens, when its top may still be a fraction of a
   * pixel short of the line; leaning one pixel the way the reader is scrolling
   * makes the measured answer agree with the event that woke us.
   */
  private schedule(kind: UpdateKind, remeasure = false, anchor?: Anchor, direction?: 'up' | 'down'): void {
    const p = this.pending;
    this.pending = {
      kind: p?.kind === 'set' || kind === 'set' ? 'set' : 'auto',
      remeasure: Boolean(p?.remeasure || remeasure),
      anchor: anchor ?? p?.anchor,
      bias: direction === 'down' ? CROSSING_BIAS_PX : direction === 'up' ? -CROSSING_BIAS_PX : (p?.bias ?? 0),
      // The offset now, where the crossing was seen (Scrollama's observer reports between
      // frames, layout clean): read in the frame, after GSAP's ticker has written that frame's
      // values, scrollY made the browser restyle and lay out the page an extra time (a
      // dropped frame on a 4×-throttled phone). A crossing made since is reported again.
      y: scrollY,
    };
    if (kind === 'auto' && this.motion === 'motion' && !this.tweener) this.tweenerReady();
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      const job = this.pending!;
      this.pending = undefined;
      if (job.remeasure) this.measure();
      if (job.anchor) this.restoreAnchor(job.anchor);
      this.update(job.kind, job.bias, job.remeasure || job.anchor ? scrollY : job.y);
    });
  }

  private onResize(): void {
    // The mobile address bar: keep the line where it is.
    if (isAddressBarResize({ width: this.vw, height: this.vh }, { width: innerWidth, height: innerHeight }, ADDRESS_BAR_MAX_SHARE)) return;
    // The viewport has already changed, so use the offset of the last update.
    this.schedule('set', true, this.anchor(this.scrollY));
  }

  /** Reads only: positions of blocks and steps, and the trigger line. */
  private measure(): void {
    const y = scrollY;
    this.vw = innerWidth;
    this.vh = innerHeight;
    const fraction = parseFloat(getComputedStyle(this).getPropertyValue('--trigger')) || 0.6;
    const trigger = Math.round(this.vh * fraction);
    for (const b of this.blocks) {
      const r = b.el.getBoundingClientRect();
      b.top = r.top + y;
      b.bottom = r.bottom + y;
      const rects = b.steps.map((s) => s.getBoundingClientRect());
      // Whole pixels, as the scroll offset and the trigger line are.
      b.tops = rects.map((s) => Math.round(s.top + y));
      b.heights = rects.map((s) => s.height);
    }
    if (trigger !== this.trigger) {
      this.trigger = trigger;
      // Scrollama 3.2 has offset(), though its type declarations name it offsetTrigger.
      (this.scroller as unknown as { offset(value: string): void } | undefined)?.offset(`${trigger}px`);
    }
  }

  /**
   * Where the reader is within the active step, to return there after a
   * resize or a layout switch. Uses cached positions (no layout read) with a
   * scroll offset that belongs to the same layout as they do.
   */
  private anchor(offset: number): Anchor | undefined {
    const line = offset + this.trigger;
    for (const b of this.blocks) {
      const i = activeIndex(b.tops, line);
      // Past the last step come the block's still pictures and its description,
      // which the static layout moves: there the place is the text block at the
      // line (textAnchor), not the end of the last step.
      const end = i === b.tops.length - 1 ? b.tops[i]! + b.heights[i]! : b.bottom;
      if (i >= 0 && line < Math.min(b.bottom, end)) {
        return { block: b, step: i, fraction: fractionWithin(b.tops[i]!, b.heights[i]!, line) };
      }
    }
    return undefined;
  }

  /**
   * Outside the steps (prose, a figure's description, the questions), the
   * place is the text block at the trigger line and where it sits on screen:
   * after a layout switch that same block returns to the same height.
   */
  private textAnchor(): Anchor | undefined {
    const line = this.trigger;
    let best: { el: Element; top: number; height: number } | undefined;
    for (const el of this.querySelectorAll(TEXT_BLOCKS)) {
      if (el.closest('figure')) continue;
      const r = el.getBoundingClientRect();
      if (r.height === 0) continue;
      const spans = r.top <= line && r.bottom > line;
      // The smallest block across the line; else the first one below it.
      if (spans ? !best || best.top > line || r.height < best.height : !best && r.top > line) best = { el, top: r.top, height: r.height };
    }
    return best && { el: best.el, top: best.top };
  }

  private restoreAnchor(a: Anchor): void {
    if ('el' in a) {
      scrollTo({ top: Math.round(scrollY + a.el.getBoundingClientRect().top - a.top), behavior: 'instant' });
      return;
    }
    const top = a.block.tops[a.step]!;
    const target = Math.round(top + a.fraction * a.block.heights[a.step]! - this.trigger);
    scrollTo({ top: target, behavior: 'instant' });
  }

  /**
   * Starts loading GSAP (once: loadTweener keeps the promise). Until it lands
   * scenes are set, not tweened; if it fails, the next tween asks again.
   */
  private tweenerReady(): void {
    if (this.tweener || this.tweenerLoading) return;
    this.tweenerLoading = true;
    loadTweener().then((t) => {
      this.tweener = t;
      this.schedule('auto');
    }, () => undefined).finally(() => (this.tweenerLoading = false));
  }

  /** Waits up to TWEENER_GRACE_MS for GSAP, then lets updates set states without it. */
  private waitForTweener(): void {
    this.tweenerReady();
    this.graceTimer ??= setTimeout(() => {
      this.graceOver = true;
      this.schedule('auto');
    }, TWEENER_GRACE_MS);
  }

  /** Writes only, from cached positions and the current scroll offset. */
  private update(kind: UpdateKind, bias = 0, y = scrollY): void {
    this.scrollY = y;
    const motion = this.motion;
    const views = resolveScenes(this.blocks, { scrollY: y, height: this.vh, trigger: this.trigger, bias, nearViewports: NEAR_VIEWPORTS });
    this.blocks.forEach((b, i) => {
      const { state, onScreen, near } = views[i]!;
      if (motion === 'static') {
        if (b.renderer && b.renderer.index !== -1) b.renderer.clear();
        b.onScreen = onScreen;
        return;
      }
      if (!b.renderer && !near) {
        // Far away: leave it complete for now and draw its state when idle.
        this.later.add(b);
        return;
      }
      this.later.delete(b);
      const renderer = this.rendererOf(b);
      if (state !== renderer.index) {
        let mode: ShowMode = kind === 'auto' && motion === 'motion' && b.onScreen && renderer.index !== -1 ? 'tween' : 'set';
        if (mode === 'tween' && !this.tweener) {
          // GSAP is on its way: wait for it a moment, so the first change
          // animates like the rest. Past TWEENER_GRACE_MS (a slow network, a
          // blocked or failed download) the state is set at once, as for
          // reduced motion, so the picture never lags behind the text; tweens
          // start whenever GSAP does arrive.
          if (!this.graceOver) {
            this.waitForTweener();
            return;
          }
          mode = 'set';
        }
        renderer.show(state, mode, this.tweener);
      }
      b.onScreen = onScreen;
    });
    if (this.later.size) {
      delete this.dataset.ready;
      this.drainLater();
    } else this.dataset.ready = '';
  }
}

/**
 * Lays a far scene's drawing out now, while the page is idle. Off screen it
 * skips rendering (content-visibility, scrolly.css), so its first layout came
 * as it arrived: an 18–30 ms layout mid-scroll on a 4×-throttled phone (6–7
 * a scroll, each a dropped frame). Asking for its size lays it out at once.
 */
function layOutNow(figure: HTMLElement): void {
  figure.querySelector<SVGGraphicsElement>('.scene-svg > g:last-of-type')?.getBBox();
}

/** Blocks of text a reader can be "in", for keeping their place across a layout switch. */
const TEXT_BLOCKS = 'p, li, h2, h3, h4, blockquote, table, summary, .step';

type Anchor = StepAnchor | { el: Element; top: number };

interface StepAnchor {
  block: Block;
  step: number;
  fraction: number;
}

if (!customElements.get('story-engine')) customElements.define('story-engine', StoryEngine);
