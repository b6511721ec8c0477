/**
 * Which step is active, from measured positions alone: the last step whose top
 * has reached the trigger line. Scrolling there, jumping there by a link and
 * reloading there all give the same answer, because none depends on the path.
 */

/**
 * @param tops document-relative tops of the steps, in order
 * @param line document-relative y of the trigger line (scrollY + trigger offset)
 * @returns index of the active step, or −1 when the line is above the first
 */
export function activeIndex(tops: readonly number[], line: number): number {
  let lo = 0;
  let hi = tops.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tops[mid]! <= line) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Where the line sits within step `index`, 0 at its top and 1 at its bottom. */
export function fractionWithin(top: number, height: number, line: number): number {
  if (height <= 0) return 0;
  return Math.min(1, Math.max(0, (line - top) / height));
}

/** Does [top, bottom) overlap the viewport [scrollY, scrollY + height)? */
export function inViewport(top: number, bottom: number, scrollY: number, viewportHeight: number): boolean {
  return bottom > scrollY && top < scrollY + viewportHeight;
}
