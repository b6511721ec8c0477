import { describe, expect, it } from 'vitest';
import { isComplete, readAnswers, selfCheckKey } from './self-check';

describe('self-check answers', () => {
  it('has one storage key per section', () => {
    expect(selfCheckKey('the-cell')).toBe('self-check:the-cell');
  });

  it('reads stored answers for the questions there are', () => {
    expect(readAnswers('[1,null]', [3, 3])).toEqual([1, null]);
    expect(readAnswers('[2]', [3, 3])).toEqual([2, null]);
    expect(readAnswers('[0,1,2]', [3])).toEqual([0]);
  });

  it('reads damaged or out-of-range values as unanswered', () => {
    expect(readAnswers(null, [3, 3])).toEqual([null, null]);
    expect(readAnswers('not json', [3])).toEqual([null]);
    expect(readAnswers('{"0":1}', [3])).toEqual([null]);
    expect(readAnswers('[3,-1]', [3, 3])).toEqual([null, null]);
    expect(readAnswers('[1.5,"1"]', [3, 3])).toEqual([null, null]);
  });

  it('is complete only when every question holds its correct choice', () => {
    expect(isComplete([1, 1], [1, 1])).toBe(true);
    expect(isComplete([1, 0], [1, 1])).toBe(false);
    expect(isComplete([1, null], [1, 1])).toBe(false);
    expect(isComplete([], [])).toBe(false);
  });
});
