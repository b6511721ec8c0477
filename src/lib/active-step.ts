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

/**
 * Is this resize only the mobile address bar showing or hiding? The width is
 * the same and the height changed by less than `maxShare` of it. Then the
 * trigger line stays where it was, so nothing jumps under the reader.
 */
export function isAddressBarResize(before: { width: number; height: number }, after: { width: number; height: number }, maxShare: number): boolean {
  return after.width === before.width && Math.abs(after.height - before.height) / (before.height || 1) < maxShare;
}

/** Does [top, bottom) overlap the viewport [scrollY, scrollY + height)? */
export function inViewport(top: number, bottom: number, scrollY: number, viewportHeight: number): boolean {
  return bottom > scrollY && top < scrollY + viewportHeight;
}

/**
 * Each step's state as an index into its scene's states. A step names its
 * state (<Step state="…">, data-state); the step's position in the text does
 * not decide it, so steps may name states out of order or name one twice.
 * An unknown name (the content check refuses one) counts as the first state.
 */
export function stepStateIndexes(stepStates: readonly (string | undefined)[], states: readonly string[]): number[] {
  return stepStates.map((name) => Math.max(0, states.indexOf(name ?? '')));
}

/**
 * The state a scene shows with the trigger line at `line`: the state its
 * active step names, or its first step's while the line is above them all.
 */
export function stateAt(tops: readonly number[], stepStates: readonly number[], line: number): number {
  return stepStates[Math.max(0, activeIndex(tops, line))] ?? 0;
}

/** What the engine measured of one scrolly block (document-relative, whole pixels). */
export interface BlockGeometry {
  top: number;
  bottom: number;
  /** Tops of its steps, in order. */
  tops: readonly number[];
  /** The state each step names, as an index into the scene's states. */
  stepStates: readonly number[];
}

export interface Viewport {
  scrollY: number;
  height: number;
  /** The trigger line, in px from the top of the viewport. */
  trigger: number;
  /** Px the line leans the way the reader scrolls (see CROSSING_BIAS_PX). */
  bias?: number;
  /** How many viewport heights above and below count as "near" (NEAR_VIEWPORTS). */
  nearViewports: number;
}

/** What one scene should show: its state, and whether it is on screen or near it. */
export interface SceneView {
  state: number;
  onScreen: boolean;
  near: boolean;
}

/**
 * The engine's whole decision, from measurements alone: for each block, the
 * state its active step names, and whether it is on screen (only then may it
 * tween) or near enough to be drawn now rather than when the page is idle.
 * The element only measures, calls this, and draws what it returns.
 */
export function resolveScenes(blocks: readonly BlockGeometry[], v: Viewport): SceneView[] {
  const line = v.scrollY + v.trigger + (v.bias ?? 0);
  const margin = v.nearViewports * v.height;
  return blocks.map((b) => ({
    state: stateAt(b.tops, b.stepStates, line),
    onScreen: inViewport(b.top, b.bottom, v.scrollY, v.height),
    near: inViewport(b.top - margin, b.bottom + margin, v.scrollY, v.height),
  }));
}
