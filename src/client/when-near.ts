/**
 * Code that can wait: components far down the page or rarely used (questions,
 * the guess, copy buttons and links) fetch their code later, so the story's
 * first load carries none of it.
 */
import { requestIdle } from './idle';

/** Runs `load` once, when the first of `elements` comes within a screen's height of the viewport. */
export function whenNear(elements: Iterable<Element>, load: () => unknown): void {
  const io = new IntersectionObserver((entries) => {
    if (!entries.some((e) => e.isIntersecting)) return;
    io.disconnect();
    void load();
  }, { rootMargin: '100% 0px' });
  for (const el of elements) io.observe(el);
}

/**
 * A custom element whose code comes later (when its first instance is near,
 * when the page is idle, or now: as soon as the deferred table has loaded). A
 * press on one of its controls (`press`, a selector) that arrives before the
 * code is held and replayed once the code
 * is in, still within the press's user activation (clipboard and share need it).
 */
export function deferElement(tag: string, press: string, load: () => Promise<unknown>, when: 'near' | 'idle' | 'now'): void {
  let loading: Promise<unknown> | undefined;
  const once = () => (loading ??= load());
  if (when === 'near') whenNear(document.querySelectorAll(tag), once);
  else if (when === 'idle') requestIdle(() => void once());
  else void once();
  document.addEventListener('click', (event) => {
    const control = (event.target as Element | null)?.closest?.(press);
    if (!(control instanceof HTMLElement) || customElements.get(tag)) return;
    event.preventDefault();
    void once().then(() => customElements.whenDefined(tag)).then(() => control.click());
  }, { capture: true });
}
