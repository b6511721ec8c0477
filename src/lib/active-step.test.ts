import { describe, expect, it } from 'vitest';
import { activeIndex, fractionWithin, inViewport, isAddressBarResize, resolveScenes, stateAt, stepStateIndexes } from './active-step';

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

describe('resolveScenes: measurements and the trigger line in, a state per scene out', () => {
  // Two scenes on a made-up page, 800 px viewport, trigger line at 480 px.
  // The first names its states out of order and repeats one; the second is far below.
  const first = { top: 1000, bottom: 4000, tops: [1000, 1800, 2600, 3400], stepStates: [3, 1, 1, 0] };
  const second = { top: 9000, bottom: 11000, tops: [9000, 10000], stepStates: [0, 1] };
  const at = (scrollY: number, bias = 0) =>
    resolveScenes([first, second], { scrollY, height: 800, trigger: 480, bias, nearViewports: 1.5 });

  it('gives each scene the state its active step names', () => {
    // Line at 1000 + 480 = 1480: the first step (state 3) is active.
    expect(at(1000).map((v) => v.state)).toEqual([3, 0]);
    // Line at 2000 + 480 = 2480: the second step, which names state 1.
    expect(at(2000)[0]!.state).toBe(1);
    // Third step names state 1 again; the fourth goes back to state 0.
    expect(at(2200)[0]!.state).toBe(1);
    expect(at(3000)[0]!.state).toBe(0);
  });
  it('shows the first step\'s state while the line is above every step', () => {
    expect(at(0)[0]!.state).toBe(3);
  });
  it('switches exactly where a step\'s top meets the line, and the bias leans the way of the scroll', () => {
    // Step 2 top at 1800: the line reaches it at scrollY 1320.
    expect(at(1319)[0]!.state).toBe(3);
    expect(at(1320)[0]!.state).toBe(1);
    expect(at(1319, 1)[0]!.state).toBe(1);
  });
  it('says which scenes are on screen and which are near enough to draw now', () => {
    expect(at(0)).toEqual([
      { state: 3, onScreen: false, near: true },
      { state: 0, onScreen: false, near: false },
    ]);
    expect(at(1000)[0]).toMatchObject({ onScreen: true, near: true });
    // Its near zone starts at 9000 − 1.5 × 800 = 7800, which enters the bottom of
    // an 800 px viewport once scrollY passes 7000.
    expect(at(7001)[1]).toMatchObject({ onScreen: false, near: true });
    expect(at(7000)[1]).toMatchObject({ near: false });
    expect(at(8201)[1]).toMatchObject({ onScreen: true });
  });
  it('is the same wherever the reader came from (no memory between calls)', () => {
    const direct = at(2200);
    at(0);
    at(9000);
    expect(at(2200)).toEqual(direct);
  });
});
