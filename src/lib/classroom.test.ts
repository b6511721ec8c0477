import { describe, expect, it } from 'vitest';
import { binOf, CODE_ALPHABET, histogram, parseClassCode, showCode } from './classroom';

describe('class codes', () => {
  it('reads what a student types, in any case, with a space or a dash', () => {
    expect(parseClassCode('abc234')).toBe('ABC234');
    expect(parseClassCode(' abc-234 ')).toBe('ABC234');
    expect(parseClassCode('ABC 234')).toBe('ABC234');
  });
  it('refuses characters that are easy to confuse, and wrong lengths', () => {
    for (const bad of ['ABC0O1', 'ABCIL2', 'ABC23', 'ABC2345', '', 'ÅBC234', '<b>23', null, undefined]) expect(parseClassCode(bad), String(bad)).toBeUndefined();
    for (const confusable of '01OILUV') expect(CODE_ALPHABET).not.toContain(confusable);
  });
  it('shows a code in two groups', () => expect(showCode('ABC234')).toBe('ABC-234'));
});

describe('guess histogram', () => {
  it('puts 0–9 in the first bin and 90–100 in the last', () => {
    expect([0, 9, 10, 55, 90, 99, 100].map(binOf)).toEqual([0, 0, 1, 5, 9, 9, 9]);
    expect(histogram([0, 20, 20, 25, 100])).toEqual([1, 0, 3, 0, 0, 0, 0, 0, 0, 1]);
  });
});
