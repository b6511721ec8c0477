import { describe, expect, it } from 'vitest';
import { parseGuess } from './guess';

describe('parseGuess', () => {
  it('keeps a whole percentage as the slider writes it', () => {
    expect(parseGuess('0')).toBe(0);
    expect(parseGuess('37')).toBe(37);
    expect(parseGuess('100')).toBe(100);
  });
  it('treats anything else in storage as no guess', () => {
    for (const junk of [null, undefined, '', 'abc', '1e9', '-50', '33.333333', '101', '999', ' 5', '5 ', '0x10', 'NaN', 'Infinity']) {
      expect(parseGuess(junk), String(junk)).toBeUndefined();
    }
  });
});
