import { describe, expect, it } from 'vitest';
import { parseKeyframes, serializeKeyframes, valueAt } from './keyframes';

const states = ['walls', 'bed', 'furniture', 'prison'] as const;

describe('keyframes', () => {
  it('is hidden before its first keyframe and holds each value until the next', () => {
    const k = parseKeyframes('bed:1 prison:0', states);
    expect([0, 1, 2, 3].map((i) => valueAt(k, i))).toEqual([0, 1, 1, 0]);
  });
  it('reads "name" alone as "name:1" and sorts by state order', () => {
    expect(parseKeyframes('prison:0.5 walls', states)).toEqual([[0, 1], [3, 0.5]]);
  });
  it('rejects states the scene does not have, naming them', () => {
    expect(() => parseKeyframes('sofa:1', states)).toThrow(/"sofa" is not one of: walls, bed/);
    expect(() => serializeKeyframes({ sofa: 1 }, states)).toThrow(/sofa/);
  });
  it('rejects p outside 0–1', () => {
    expect(() => parseKeyframes('bed:2', states)).toThrow(/between 0 and 1/);
  });
  it('round-trips through the attribute form', () => {
    const attr = serializeKeyframes({ bed: 1, prison: 0 }, states);
    expect(parseKeyframes(attr, states)).toEqual([[1, 1], [3, 0]]);
  });
});
