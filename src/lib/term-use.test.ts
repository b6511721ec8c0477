import { describe, expect, it } from 'vitest';
import { termNames, termsUsed, usesTerm } from './term-use';

const TERMS = [
  { id: 'recidivism', term: 'Recidivism (re-offending)' },
  { id: 'parole', term: 'Parole' },
  { id: 'life-without-parole', term: 'Life without parole' },
  { id: 'forvaring', term: 'Preventive detention (forvaring)' },
];

describe('glossary terms a text uses', () => {
  it('reads a term and the name in brackets after it', () => {
    expect(termNames('Recidivism (re-offending)')).toEqual(['Recidivism', 're-offending']);
    expect(termNames('Parole')).toEqual(['Parole']);
  });

  it('finds either name, whatever the case, the hyphen or an ending', () => {
    expect(usesTerm('Reoffending fell.', 'Recidivism (re-offending)')).toBe(true);
    expect(usesTerm('rates of RE-OFFENDING', 'Recidivism (re-offending)')).toBe(true);
    expect(usesTerm('He was paroled in May.', 'Parole')).toBe(true);
    expect(usesTerm('a sentence of forvaring', 'Preventive detention (forvaring)')).toBe(true);
    expect(usesTerm('preventive\ndetention', 'Preventive detention (forvaring)')).toBe(true);
  });

  it('does not find a name inside another word, or half a phrase', () => {
    expect(usesTerm('unparole', 'Parole')).toBe(false);
    expect(usesTerm('life in prison without release', 'Life without parole')).toBe(false);
    expect(usesTerm('detention centre', 'Preventive detention (forvaring)')).toBe(false);
  });

  it('keeps the glossary order and always includes the terms the text marks', () => {
    expect(termsUsed('Forvaring is not life without parole.', TERMS)).toEqual(['parole', 'life-without-parole', 'forvaring']);
    expect(termsUsed('Nothing here.', TERMS, ['recidivism'])).toEqual(['recidivism']);
    expect(termsUsed('Nothing here.', TERMS)).toEqual([]);
  });
});
