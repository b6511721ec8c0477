import { describe, expect, it } from 'vitest';
import type { Catalog } from './catalog';
import { readerHistogram, resultsCsv, resultsOf } from './results';

const catalog: Catalog = {
  questions: new Map([
    ['a/0', { kind: 'check', id: 'a/0', slug: 'a', index: 0, choices: 3, correct: 1 }],
    ['a/1', { kind: 'check', id: 'a/1', slug: 'a', index: 1, choices: 3, correct: 0 }],
    ['guess/x', { kind: 'guess', id: 'guess/x', stat: 'x', actual: 20 }],
  ]),
  sections: [{ slug: 'a', title: 'A', questions: ['a/0', 'a/1'] }],
  guess: { kind: 'guess', id: 'guess/x', stat: 'x', actual: 20 },
};

describe('class results', () => {
  const r = resultsOf(catalog, {
    students: 3,
    byValue: [
      { question: 'a/0', value: 1, correct: true, n: 1 },
      { question: 'a/0', value: 2, correct: false, n: 2 },
      { question: 'a/0', value: 0, correct: false, n: 1 },
      { question: 'guess/x', value: 15, correct: null, n: 2 },
      { question: 'guess/x', value: 100, correct: null, n: 1 },
    ],
    byDevice: [
      { device: 'd1', question: 'a/0' },
      { device: 'd1', question: 'a/1' },
      { device: 'd2', question: 'a/0' },
    ],
  });
  it('counts right first answers and the most chosen wrong one', () => {
    expect(r.questions[0]).toEqual({ id: 'a/0', slug: 'a', index: 0, answered: 4, right: 1, topWrong: { choice: 2, n: 2 } });
    expect(r.questions[1]).toMatchObject({ answered: 0, right: 0, topWrong: null });
  });
  it('bins the guesses and keeps the measured value beside them', () => {
    expect(r.guess).toEqual({ question: 'guess/x', n: 3, bins: [0, 2, 0, 0, 0, 0, 0, 0, 0, 1], actual: 20 });
  });
  it('counts a section as completed by devices that answered all its questions', () => {
    expect(r.sections).toEqual([{ slug: 'a', completed: 1 }]);
  });
  it('exports one line per figure', () => {
    const csv = resultsCsv(r, 'ABC234');
    expect(csv.split('\n')[0]).toBe('class,measure,item,value');
    expect(csv).toContain('ABC234,right on the first try,a/0,1\n');
    expect(csv).toContain('ABC234,most chosen wrong answer (choice 3),a/0,2\n');
  });
  it('bins the readers\' guesses', () => expect(readerHistogram([{ value: 5, n: 3 }, { value: 95, n: 1 }])).toEqual({ n: 4, bins: [3, 0, 0, 0, 0, 0, 0, 0, 0, 1] }));
});
