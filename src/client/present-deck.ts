/**
 * <present-deck>: the presenter deck at /present/. One slide at a time: a
 * scene's drawing in the state its step names, and the step's text as a
 * subtitle; every other slide stays hidden, so the next step is never on
 * screen. The slide is a function of the address (`?plan=<id>#<slide>`):
 * opening, reloading or going back to it shows that slide's state at once,
 * with no replay; stepping to the next or previous slide of the same drawing
 * tweens it, with the story's own SceneRenderer (no tween with reduced
 * motion or "read without animation", or while GSAP is not there: the state
 * is set at once, so a slide never waits for the network).
 *
 * Keys: → ↓ Page Down Space next, ← ↑ Page Up Shift+Space back (clickers
 * send Page Down/Up), Home and End, F full screen (Escape leaves it). The
 * buttons do the same by mouse and touch; a live region reads each slide out.
 * The code comes just after first paint (DeferredCode.astro), and asks at
 * once for the slides (DECK_SLIDES), and for GSAP once the page has loaded, so
 * a deck opened before class keeps working if the room's network goes.
 */
import { START_SLIDE, deckKey, slideIndex, stepSlideId } from '../lib/deck';
import { isSceneName, statesOf } from '../scenes/registry';
import { SceneRenderer } from './scene-renderer';
import { loadTweener, type Tweener } from './tweener';

const REDUCED = '(prefers-reduced-motion: reduce)';

interface Slide {
  el: HTMLElement;
  id: string;
  section: HTMLElement | undefined;
  figure: HTMLElement | undefined;
  renderer: SceneRenderer | undefined;
  /** Index of the slide's state among its scene's states. */
  state: number;
}

class PresentDeck extends HTMLElement {
  private abort?: AbortController;
  private slides: Slide[] = [];
  private index = -1;
  /** Steps pressed before the slides were in. */
  private early = 0;
  private tweener?: Tweener;

  connectedCallback(): void {
    this.abort = new AbortController();
    const { signal } = this.abort;
    this.addEventListener('click', (e) => {
      const target = e.target as Element;
      const go = target.closest<HTMLElement>('[data-deck-go]');
      if (go) this.step(Number(go.dataset.deckGo));
      if (target.closest('[data-deck-fullscreen]')) this.toggleFullscreen();
    }, { signal });
    document.addEventListener('keydown', (e) => {
      const key = deckKey(e);
      const target = e.target as Element;
      if (!key || target.closest('input, select, textarea, [contenteditable]')) return;
      // Space presses a focused button: let the button do it, once.
      if (e.key === ' ' && target.closest('button')) return;
      e.preventDefault();
      if (key === 'fullscreen') this.toggleFullscreen();
      else if (key === 'first') this.go(0, 'jump');
      else if (key === 'last') this.go(this.slides.length - 1, 'jump');
      else this.step(key === 'next' ? 1 : -1);
    }, { signal });
    addEventListener('hashchange', () => this.go(this.fromAddress(), 'jump'), { signal });

    const full = this.querySelector<HTMLButtonElement>('[data-deck-fullscreen]');
    if (full && document.fullscreenEnabled) {
      full.hidden = false;
      const label = () => {
        full.querySelector('[data-deck-fullscreen-label]')!.textContent = document.fullscreenElement ? 'Leave full screen' : 'Full screen';
      };
      document.addEventListener('fullscreenchange', label, { signal });
    }

    // GSAP as soon as the page has loaded, while the network is surely there (a room's wifi may
    // not be), and not before: asked for at start, its 27 KB shared the first slide's bandwidth
    // (Lighthouse's phone run: the deck's LCP 1.50 → 1.72 s once the tweener asked for it directly).
    if (document.readyState === 'complete') this.warmTweener();
    else addEventListener('load', () => setTimeout(() => this.warmTweener()), { once: true, signal });
    void this.fetchSlides(signal).then((ok) => {
      if (signal.aborted) return;
      // Ready first, in the same task as the slide is shown (nothing paints between): the
      // slide's live announcement reads its text as seen, and what waited unseen is seen.
      this.dataset.ready = '';
      const plan = this.showPlan();
      if (ok) this.start(plan);
      else this.say('The slides could not be loaded. Check the connection, then reload this page.');
    });
  }

  /**
   * Puts the slides (DECK_SLIDES, src/pages/partials/deck-slides.astro) into
   * the stage, unless they are there already. False when they cannot be
   * had: the title slide stays, and a reload tries again.
   */
  private async fetchSlides(signal: AbortSignal): Promise<boolean> {
    const url = this.dataset.slides;
    const stage = this.querySelector('main');
    if (!url || !stage || this.querySelector('[data-section]')) return true;
    try {
      const response = await fetch(url, { signal });
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      const parsed = new DOMParser().parseFromString(await response.text(), 'text/html');
      stage.append(...parsed.body.children);
      return true;
    } catch {
      return false;
    }
  }

  private say(text: string): void {
    const note = this.querySelector<HTMLElement>('[data-deck-note]');
    if (!note) return;
    note.textContent = text;
    note.hidden = false;
  }

  /** The sections of the plan the address names (`?plan=`), or undefined for the whole story; its name on the title slide. */
  private showPlan(): string[] | undefined {
    const plans = JSON.parse(this.dataset.plans ?? '{}') as Record<string, string[]>;
    const planId = new URLSearchParams(location.search).get('plan');
    const plan = planId !== null && Object.hasOwn(plans, planId) ? plans[planId] : undefined;
    for (const el of this.querySelectorAll<HTMLElement>('[data-for-plan]')) el.hidden = el.dataset.forPlan !== (plan ? planId : '');
    if (planId && !plan) this.say(`No lesson plan is called “${planId.slice(0, 40)}”: this is the whole story.`);
    return plan;
  }

  /** Reads the slides, in the plan's order, and shows the one the address names. */
  private start(plan: string[] | undefined): void {
    const sections = [...this.querySelectorAll<HTMLElement>('[data-section]')];
    const chosen = plan ? plan.flatMap((slug) => sections.filter((s) => s.dataset.section === slug)) : sections;

    const renderers = new Map<string, SceneRenderer>();
    const start = this.querySelector<HTMLElement>(`[data-slide-id="${START_SLIDE}"]`);
    if (start) this.slides.push({ el: start, id: START_SLIDE, section: undefined, figure: undefined, renderer: undefined, state: 0 });
    for (const section of chosen) {
      for (const part of section.querySelectorAll<HTMLElement>('deck-part')) {
        const scene = part.dataset.scene ?? '';
        const figure = this.querySelector<HTMLElement>(`figure[data-scene="${scene}"]`) ?? undefined;
        let renderer: SceneRenderer | undefined;
        if (figure && isSceneName(scene)) {
          renderer = renderers.get(scene) ?? new SceneRenderer(figure, statesOf(scene));
          renderers.set(scene, renderer);
        }
        let n = 0;
        for (const el of part.querySelectorAll<HTMLElement>('[data-slide]')) {
          // Steps are named by their place in the scene's block; the show of
          // hands and still figures carry their own names.
          const id = el.dataset.slideId ?? stepSlideId(scene, ++n);
          el.dataset.slideId = id;
          const state = renderer ? Math.max(0, renderer.states.indexOf(el.dataset.state ?? '')) : 0;
          this.slides.push({ el, id, section, figure, renderer, state });
        }
      }
    }
    const total = this.querySelector('[data-deck-total]');
    if (total) total.textContent = String(this.slides.length);
    this.go(this.fromAddress(), 'jump');
    // Presses of Next or Back made while the slides were on their way (the
    // loader replays a press that came before this code).
    if (this.early) this.go(this.index + this.early, 'jump');
    this.early = 0;
  }

  /** Next (1) or back (-1); before the slides are in, counted and made once they are. */
  private step(by: number): void {
    if (this.index < 0) this.early += by;
    else this.go(this.index + by, 'step');
  }

  disconnectedCallback(): void {
    this.abort?.abort();
  }

  private fromAddress(): number {
    return slideIndex(this.slides.map((s) => s.id), location.hash);
  }

  private motion(): boolean {
    return !matchMedia(REDUCED).matches && document.documentElement.dataset.reading !== 'static';
  }

  private warmTweener(): void {
    if (this.tweener || !this.motion()) return;
    loadTweener().then((t) => (this.tweener = t), () => undefined);
  }

  private toggleFullscreen(): void {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else if (document.fullscreenEnabled) void document.documentElement.requestFullscreen().catch(() => undefined);
  }

  /**
   * Show slide `to`. A "step" to the next or previous slide of the drawing on
   * screen tweens it; anything else (opening, a link, Home, End, another
   * drawing) sets the state at once.
   */
  private go(to: number, how: 'step' | 'jump'): void {
    const next = Math.max(0, Math.min(this.slides.length - 1, to));
    const slide = this.slides[next];
    if (!slide || next === this.index) return;
    const before = this.slides[this.index];
    // The title slide is drawn visible (it paints before this script runs, and gives nothing away).
    if (!before) for (const s of this.slides) if (s !== slide) s.el.hidden = true;
    this.index = next;
    if (before) {
      before.el.hidden = true;
      if (before.section && before.section !== slide.section) before.section.hidden = true;
      if (before.figure && before.figure !== slide.figure) before.figure.hidden = true;
    }
    if (slide.section) slide.section.hidden = false;
    if (slide.renderer) {
      const tween = how === 'step' && before?.figure === slide.figure && this.motion();
      if (tween && this.tweener) slide.renderer.show(slide.state, 'tween', this.tweener);
      else {
        slide.renderer.show(slide.state, 'set');
        if (tween) this.warmTweener();
      }
    }
    // The drawing appears once it is in its state: no other state is ever on screen.
    if (slide.figure) slide.figure.hidden = false;
    slide.el.hidden = false;
    this.dataset.current = slide.id;

    if (location.hash !== `#${slide.id}`) history.replaceState(history.state, '', `${location.pathname}${location.search}#${slide.id}`);
    const count = this.querySelector('[data-deck-count]');
    if (count) count.textContent = String(next + 1);
    const where = this.querySelector('[data-deck-where]');
    if (where) where.textContent = slide.section?.dataset.kicker ?? '';
    for (const b of this.querySelectorAll<HTMLButtonElement>('[data-deck-go]')) {
      const end = Number(b.dataset.deckGo) < 0 ? next === 0 : next === this.slides.length - 1;
      if (end) b.setAttribute('aria-disabled', 'true');
      else b.removeAttribute('aria-disabled');
    }
    const live = this.querySelector('[data-deck-live]');
    if (live) live.textContent = `Slide ${next + 1} of ${this.slides.length}. ${slide.el.innerText.replace(/\s+/g, ' ').trim()}`;
  }
}

if (!customElements.get('present-deck')) customElements.define('present-deck', PresentDeck);
