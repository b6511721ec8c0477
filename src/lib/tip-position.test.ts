import { describe, expect, it } from 'vitest';
import { EDGE, TIP_GAP, placeTip, termVisible, type Box } from './tip-position';

const phone = { width: 320, height: 568, top: 52 };
const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, right: left + width, bottom: top + height });
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('placeTip', () => {
  it('puts the tip just below the term, aligned with its start', () => {
    const term = box(40, 200, 80, 24);
    expect(placeTip(term, { width: 250, height: 120 }, phone)).toEqual({ left: 40, top: 224 + TIP_GAP, side: 'below' });
  });

  it('keeps the tip inside a 320 px viewport when the term is near the right edge', () => {
    const term = box(280, 200, 36, 24);
    const p = placeTip(term, { width: 304, height: 120 }, phone);
    expect(p.left).toBe(EDGE);
    expect(p.left + 304).toBeLessThanOrEqual(320 - EDGE);
  });

  it('goes above when there is no room below, and never covers the term', () => {
    const term = box(40, 500, 80, 24);
    const p = placeTip(term, { width: 250, height: 120 }, phone);
    expect(p.side).toBe('above');
    expect(p.top + 120).toBe(500 - TIP_GAP);
    expect(overlaps(box(p.left, p.top, 250, 120), term)).toBe(false);
  });

  it('never goes under the fixed header', () => {
    // Little room below, and above would reach under the header: it stays below and is capped.
    const term = box(40, 120, 80, 24);
    const p = placeTip(term, { width: 250, height: 500 }, phone);
    expect(p.top).toBeGreaterThanOrEqual(phone.top);
    expect(p.side).toBe('below');
    expect(p.maxHeight).toBe(568 - EDGE - (144 + TIP_GAP));
  });

  it('takes the roomier side, capped, when it fits on neither', () => {
    const term = box(40, 400, 80, 24);
    const p = placeTip(term, { width: 250, height: 400 }, phone);
    expect(p.side).toBe('above');
    expect(p.maxHeight).toBe(400 - TIP_GAP - (phone.top + EDGE));
    expect(p.top).toBe(phone.top + EDGE);
    expect(overlaps(box(p.left, p.top, 250, p.maxHeight!), term)).toBe(false);
  });

  it('stays on the side it is on while it fits there (no flipping while scrolling)', () => {
    const term = box(40, 300, 80, 24);
    expect(placeTip(term, { width: 250, height: 120 }, phone).side).toBe('below');
    expect(placeTip(term, { width: 250, height: 120 }, phone, 'above').side).toBe('above');
    expect(placeTip(term, { width: 250, height: 120 }, phone, 'below').side).toBe('below');
    // Once it no longer fits above (the header is in the way), it moves below.
    expect(placeTip(box(40, 150, 80, 24), { width: 250, height: 120 }, phone, 'above').side).toBe('below');
  });

  it('never gives a negative height', () => {
    const term = box(40, 560, 80, 24); // partly off the bottom of the screen
    const p = placeTip(term, { width: 250, height: 900 }, phone);
    expect(p.maxHeight).toBeGreaterThanOrEqual(0);
  });
});

describe('termVisible', () => {
  it('is false once the term has scrolled under the header or off the screen', () => {
    expect(termVisible(box(40, 200, 80, 24), phone)).toBe(true);
    expect(termVisible(box(40, 20, 80, 24), phone)).toBe(false);
    expect(termVisible(box(40, 40, 80, 24), phone)).toBe(true);
    expect(termVisible(box(40, 600, 80, 24), phone)).toBe(false);
  });
});
