import { describe, expect, it } from 'vitest';
import { findTypedFigures, lineAt, uncoveredFigures, type Exception } from './typed-figures';

const figures = (t: string) => findTypedFigures(t).map((f) => f.figure);

describe('findTypedFigures', () => {
  it('finds digits, with their unit where one is attached', () => {
    expect(figures('A cell of 12 m², opened in 2010, about 2.7 times; 20% of 3,092 people.')).toEqual(['12 m²', '2010', '2.7 times', '20%', '3,092 people']);
  });
  it('finds number words attached to a unit, hyphenated or not', () => {
    expect(figures('followed for two years, a five-year figure, twenty-one years, ten times as many')).toEqual([
      'two years', 'five-year', 'twenty-one years', 'ten times',
    ]);
  });
  it('leaves number words that count no unit, and {{tokens}}', () => {
    expect(figures('It has three parts. One thing. {{halden-cell-area}} and {{us-2012-arrest-3y|window}}.')).toEqual([]);
  });
});

describe('uncoveredFigures', () => {
  const decade: Exception = { text: 'the 1860s', reason: 'history, not a measurement' };
  const quiz: Exception = { text: 'About 40 million', file: '05-rights-kept.mdx', reason: 'a wrong answer' };
  it('skips figures inside an exception for the file, and records which exceptions were used', () => {
    const used = new Set<Exception>();
    const left = uncoveredFigures('Some date from the 1860s. About 40 million, or 21 years.', 'content/story/05-rights-kept.mdx', [decade, quiz], used);
    expect(left.map((f) => f.figure)).toEqual(['21 years']);
    expect([...used]).toEqual([decade, quiz]);
  });
  it('does not apply an exception named for another file', () => {
    expect(uncoveredFigures('About 40 million', 'content/story/01-a-room-with-a-view.mdx', [quiz]).map((f) => f.figure)).toEqual(['40 million']);
  });
});

it('lineAt counts lines from 1', () => {
  expect(lineAt('a\nb\nc 12', 6)).toBe(3);
});
