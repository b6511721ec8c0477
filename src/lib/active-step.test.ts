import { describe, expect, it } from 'vitest';
import { activeIndex, fractionWithin, inViewport, isAddressBarResize, stateAt, stepStateIndexes } from './active-step';

describe('activeIndex', () => {
  const tops = [100, 400, 900, 1500];
  it('is −1 above the first step', () => expect(activeIndex(tops, 99)).toBe(-1));
  it('switches exactly at a step top', () => {
    expect(activeIndex(tops, 100)).toBe(0);
    expect(activeIndex(tops, 399)).toBe(0);
    expect(activeIndex(tops, 400)).toBe(1);
  });
  it('keeps the last step active below it', () => expect(activeIndex(tops, 99999)).toBe(3));
  it('gives the same answer whatever came before (no path dependence)', () => {
    const lines = [1000, 50, 1600, 950, 401];
    const results = lines.map((l) => activeIndex(tops, l));
    expect(results).toEqual([2, -1, 3, 2, 1]);
    expect(lines.reverse().map((l) => activeIndex(tops, l))).toEqual(results.reverse());
  });
  it('handles no steps', () => expect(activeIndex([], 10)).toBe(-1));
});

describe('fractionWithin and inViewport', () => {
  it('clamps the fraction', () => {
    expect(fractionWithin(100, 200, 150)).toBe(0.25);
    expect(fractionWithin(100, 200, 0)).toBe(0);
    expect(fractionWithin(100, 200, 999)).toBe(1);
    expect(fractionWithin(100, 0, 150)).toBe(0);
  });
  it('tells whether a block overlaps the viewport', () => {
    expect(inViewport(0, 100, 50, 600)).toBe(true);
    expect(inViewport(0, 100, 100, 600)).toBe(false);
    expect(inViewport(700, 900, 0, 700)).toBe(false);
  });
});

describe('the state a step names', () => {
  const states = ['walls', 'bed', 'window', 'prison'];
  it('maps each step to the state it names, in any order and repeated', () => {
    expect(stepStateIndexes(['window', 'walls', 'window', 'prison'], states)).toEqual([2, 0, 2, 3]);
    expect(stepStateIndexes(['sofa', undefined], states)).toEqual([0, 0]);
  });
  it('shows the active step\'s own state, not the state at its position', () => {
    const tops = [100, 400, 900, 1500];
    const named = stepStateIndexes(['window', 'walls', 'window', 'prison'], states);
    expect([50, 100, 500, 1000, 2000].map((line) => stateAt(tops, named, line))).toEqual([2, 2, 0, 2, 3]);
  });
  it('has a state even with no steps', () => expect(stateAt([], [], 10)).toBe(0));
});

describe('isAddressBarResize', () => {
  const phone = { width: 375, height: 667 };
  it('is a small height change at the same width', () => {
    expect(isAddressBarResize(phone, { width: 375, height: 611 }, 0.15)).toBe(true);
  });
  it('is not a rotation, a new width or a large height change', () => {
    expect(isAddressBarResize(phone, { width: 667, height: 375 }, 0.15)).toBe(false);
    expect(isAddressBarResize(phone, { width: 376, height: 667 }, 0.15)).toBe(false);
    expect(isAddressBarResize(phone, { width: 375, height: 400 }, 0.15)).toBe(false);
  });
});
