/**
 * Where a glossary tip goes, from measured boxes alone: next to its term,
 * inside the viewport, never over the term itself and never under the fixed
 * header. Below the term by default (the header is above); above it when it
 * does not fit below but fits above; otherwise on the roomier side, with a
 * maximum height so it scrolls rather than spilling out of the screen. An open
 * tip passes its current side as `keep`, so scrolling does not flip it back
 * and forth while it still fits where it is.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  /** Viewport coordinates of the tip's top-left corner (for position: fixed). */
  left: number;
  top: number;
  side: 'below' | 'above';
  /** Set when the tip does not fit on either side: its height must not exceed this. */
  maxHeight?: number;
}

export interface Area {
  width: number;
  height: number;
  /** Viewport y under which nothing is covered (the fixed header's bottom edge). */
  top: number;
}

/** Space kept between the tip and the term (clear of its focus outline) and the viewport's edges. */
export const TIP_GAP = 8;
export const EDGE = 8;

export function placeTip(
  term: Box,
  tip: { width: number; height: number },
  area: Area,
  keep?: Placement['side'],
  gap = TIP_GAP,
  edge = EDGE,
): Placement {
  const maxLeft = area.width - edge - tip.width;
  const left = Math.max(edge, Math.min(term.left, maxLeft));

  const roomBelow = area.height - edge - (term.bottom + gap);
  const roomAbove = term.top - gap - (area.top + edge);
  if (keep === 'above' && tip.height <= roomAbove) return { left, top: term.top - gap - tip.height, side: 'above' };
  if (tip.height <= roomBelow) return { left, top: term.bottom + gap, side: 'below' };
  if (tip.height <= roomAbove) return { left, top: term.top - gap - tip.height, side: 'above' };
  if (roomBelow >= roomAbove) return { left, top: term.bottom + gap, side: 'below', maxHeight: Math.max(0, roomBelow) };
  const maxHeight = Math.max(0, roomAbove);
  return { left, top: term.top - gap - maxHeight, side: 'above', maxHeight };
}

/** Is any of the term visible between the header and the bottom of the viewport? */
export function termVisible(term: Box, area: Area): boolean {
  return term.bottom > area.top && term.top < area.height && term.right > 0 && term.left < area.width;
}
