/**
 * <embed-steps>: previous / next through the steps of an embedded chart. The
 * chart starts complete (the last step); each press shows one step's state
 * with the same SceneRenderer the story uses: tweened with GSAP (loaded as a
 * pointer or focus reaches the controls), or set at once when the reader
 * prefers reduced motion or GSAP has not arrived. The
 * live region says "Step n of N" and the step's label. Arrow keys work while
 * focus is on the controls. Buttons at either end stay focusable
 * (aria-disabled), so keyboard focus is never lost.
 *
 * This code comes after first paint (src/client/deferred.ts), or at once, the
 * chart hidden until then, for an address with a step:
 * ?step=<state> opens the chart at that state's step, set at once: the same
 * picture, counter and buttons as stepping there (the story's guarantee: a
 * state never depends on the way it was reached). A state the chart does not
 * have gets a polite note and the first step. Where the chart has a twist
 * (registry `reveal`), the note saying what the whole chart shows waits until
 * its step, as in the story.
 */
import { STEP_PARAM } from '../lib/embed';
import { isSceneName, revealOf, statesOf } from '../scenes/registry';
import { SceneRenderer } from './scene-renderer';
import { loadTweener, type Tweener } from './tweener';

interface Step {
  state: string;
  label: string;
}

const REDUCED = '(prefers-reduced-motion: reduce)';

class EmbedSteps extends HTMLElement {
  private abort?: AbortController;
  private renderer?: SceneRenderer;
  private steps: Step[] = [];
  private states: readonly string[] = [];
  private index = 0;
  private revealAt = -1;
  private tweener?: Tweener;

  connectedCallback(): void {
    try {
      this.start();
    } finally {
      // The chart waited, hidden, for its step to be drawn (?step=…: embed.css).
      delete document.documentElement.dataset.stepPending;
    }
  }

  private start(): void {
    const scene = this.dataset.scene ?? '';
    const figure = document.querySelector<HTMLElement>(`figure[data-scene="${scene}"]`);
    if (!figure || !isSceneName(scene)) return;
    this.steps = JSON.parse(this.dataset.steps ?? '[]') as Step[];
    this.states = statesOf(scene);
    this.renderer = new SceneRenderer(figure, this.states);
    this.index = this.steps.length - 1;
    const asked = new URLSearchParams(location.search).get(STEP_PARAM);
    if (asked !== null) {
      const step = this.steps.findIndex((s) => s.state === asked);
      this.index = Math.max(0, step);
      this.renderer.show(this.stateIndex(this.index), 'set');
      if (step < 0) this.notice(`This chart has no step called “${asked}”, so it starts at the first step.`);
    } else if (this.stateIndex(this.index) !== this.states.length - 1) {
      // The server drew the final state; show the last step's own state if it differs.
      this.renderer.show(this.stateIndex(this.index), 'set');
    }
    const reveal = revealOf(scene);
    this.revealAt = reveal ? this.states.indexOf(reveal) : -1;
    this.abort = new AbortController();
    const { signal } = this.abort;
    this.addEventListener('click', (e) => {
      const button = (e.target as Element).closest<HTMLButtonElement>('button[data-go]');
      if (button) this.go(this.index + Number(button.dataset.go));
    }, { signal });
    this.addEventListener('keydown', (e) => {
      const by = e.key === 'ArrowLeft' ? -1 : e.key === 'ArrowRight' ? 1 : 0;
      if (!by) return;
      e.preventDefault();
      this.go(this.index + by);
    }, { signal });
    // GSAP starts loading as a pointer or focus reaches the controls, so it is
    // usually in by the first press.
    const warm = () => this.loadTweener();
    this.addEventListener('pointerover', warm, { signal, once: true });
    this.addEventListener('focusin', warm, { signal, once: true });
    this.render();
  }

  private loadTweener(): void {
    if (this.tweener || matchMedia(REDUCED).matches) return;
    loadTweener().then((t) => (this.tweener = t), () => undefined);
  }

  disconnectedCallback(): void {
    this.abort?.abort();
  }

  private stateIndex(step: number): number {
    return Math.max(0, this.states.indexOf(this.steps[step]?.state ?? ''));
  }

  private go(step: number): void {
    const next = Math.max(0, Math.min(this.steps.length - 1, step));
    if (next === this.index || !this.renderer) return;
    this.index = next;
    this.render();
    // Without GSAP (reduced motion, still loading, blocked or failed) the
    // state is set at once: the picture always matches "Step n of N".
    if (this.tweener && !matchMedia(REDUCED).matches) this.renderer.show(this.stateIndex(next), 'tween', this.tweener);
    else {
      this.renderer.show(this.stateIndex(next), 'set');
      this.loadTweener();
    }
  }

  private notice(text: string): void {
    const p = document.querySelector<HTMLElement>('.embed__notice');
    if (!p) return;
    p.textContent = text;
    p.hidden = false;
  }

  private render(): void {
    const note = document.querySelector<HTMLElement>('.embed__note');
    if (note) note.hidden = this.stateIndex(this.index) < this.revealAt;
    const count = this.querySelector('.embed-steps__count');
    const label = this.querySelector('.embed-steps__label');
    if (count) count.textContent = `Step ${this.index + 1} of ${this.steps.length}`;
    if (label) label.textContent = this.steps[this.index]?.label ?? '';
    for (const b of this.querySelectorAll<HTMLButtonElement>('button[data-go]')) {
      const end = Number(b.dataset.go) < 0 ? this.index === 0 : this.index === this.steps.length - 1;
      if (end) b.setAttribute('aria-disabled', 'true');
      else b.removeAttribute('aria-disabled');
    }
  }
}

if (!customElements.get('embed-steps')) customElements.define('embed-steps', EmbedSteps);
