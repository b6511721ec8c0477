/**
 * A short confirmation in a polite live region ("Link copied"), cleared after
 * a few seconds so the next copy is announced again. Shared by every Copy
 * button, so they all speak the same way.
 */

/** Long enough to read twice; short enough not to linger as stale news. */
export const STATUS_SECONDS = 4;

const timers = new WeakMap<Element, number>();

export function say(region: Element, text: string): void {
  clearTimeout(timers.get(region));
  region.textContent = text;
  timers.set(region, window.setTimeout(() => (region.textContent = ''), STATUS_SECONDS * 1000));
}
