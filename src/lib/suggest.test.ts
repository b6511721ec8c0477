import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, suggest } from './suggest';

describe('suggest', () => {
  it('measures edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
  it('proposes the closest ids and nothing far away', () => {
    const ids = ['halden-opened', 'halden-cell-area', 'us-cell-area'];
    expect(suggest('halden-opend', ids)).toEqual(['halden-opened']);
    expect(suggest('us-cel-area', ids)).toEqual(['us-cell-area']);
    expect(suggest('completely-different', ids)).toEqual([]);
  });
  it('phrases the hint', () => {
    expect(didYouMean('bbc-2091', ['bbc-2019', 'nrk-2012'])).toBe('; did you mean "bbc-2019"?');
    expect(didYouMean('zzz', ['bbc-2019'])).toBe('');
  });
});
