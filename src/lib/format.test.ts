import { describe, expect, it } from 'vitest';
import { formatDay, formatNumber, formatSourceDate, formatStat, formatWhen, impliedDecimals } from './format';

describe('formatNumber', () => {
  it('groups thousands and keeps the decimals a value has', () => {
    expect(formatNumber(56245)).toBe('56,245');
    expect(formatNumber(4.5)).toBe('4.5');
    expect(formatNumber(33274)).toBe('33,274');
    expect(formatNumber(-1234.5, { decimals: 1 })).toBe('-1,234.5');
  });
  it('writes millions and billions as words', () => {
    expect(formatNumber(4_000_000)).toBe('4 million');
    expect(formatNumber(1_300_000_000)).toBe('1.3 billion');
    expect(formatNumber(1_000_000)).toBe('1 million');
  });
  it('does not group calendar years', () => {
    expect(formatNumber(2010, { group: false })).toBe('2010');
  });
  it('rounds to the requested decimals', () => {
    expect(formatNumber(13.99, { decimals: 0 })).toBe('14');
    expect(formatNumber(0.05, { decimals: 1 })).toBe('0.1');
    expect(impliedDecimals(6.6)).toBe(1);
  });
});

describe('formatStat', () => {
  it('writes value, unit and qualifier for prose', () => {
    expect(formatStat({ value: 12, unit: 'm2', qualifier: 'about' })).toBe('about 12 m²');
    expect(formatStat({ value: 21, unit: 'years' })).toBe('21 years');
    expect(formatStat({ value: 1, unit: 'years' })).toBe('1 year');
    expect(formatStat({ value: 20, unit: 'percent' })).toBe('20%');
    expect(formatStat({ value: 200000, unit: 'people', qualifier: 'about' })).toBe('about 200,000 people');
    expect(formatStat({ value: 56, unit: 'per-100k' })).toBe('56 per 100,000 residents');
    expect(formatStat({ value: 98000, unit: 'gbp', qualifier: 'about' })).toBe('about £98,000');
    expect(formatStat({ value: 19, unit: 'hours-a-day', qualifier: 'more-than' })).toBe('more than 19 hours a day');
    expect(formatStat({ value: 2010, unit: 'year' })).toBe('2010');
  });
  it('writes ranges with an en dash', () => {
    expect(formatStat({ value: { min: 60, max: 70 }, unit: 'percent', qualifier: 'around' })).toBe('around 60–70%');
    expect(formatStat({ value: { min: 10, max: 12 }, unit: 'cells' })).toBe('10–12 cells');
  });
  it('writes fractions and "1 in N" as words', () => {
    expect(formatStat({ value: 0.6667, unit: 'fraction' })).toBe('two-thirds');
    expect(formatStat({ value: 0.5, unit: 'fraction' })).toBe('half');
    expect(formatStat({ value: 0.42, unit: 'fraction' })).toBe('42%');
    expect(formatStat({ value: 6, unit: 'one-in' })).toBe('1 in 6');
  });
  it('has a short form for chart labels without the qualifier', () => {
    expect(formatStat({ value: 12, unit: 'm2', qualifier: 'about' }, 'short')).toBe('12 m²');
    expect(formatStat({ value: 614, unit: 'per-100k' }, 'short')).toBe('614');
    expect(formatStat({ value: 24, unit: 'years' }, 'short')).toBe('24 yrs');
    expect(formatStat({ value: 4.5, unit: 'm2', decimals: 1 }, 'number')).toBe('4.5');
  });
});

describe('formatWhen', () => {
  it('prefers a period over a year', () => {
    expect(formatWhen({ year: 2005 })).toBe('2005');
    expect(formatWhen({ period: '1980s' })).toBe('1980s');
  });
});

describe('formatDay', () => {
  it('writes a content date as readers do, whatever the time zone', () => {
    expect(formatDay('2026-11-28')).toBe('28 November 2026');
    expect(formatDay('2024-01-01')).toBe('1 January 2024');
  });
});

describe('formatSourceDate', () => {
  it('writes a date as precisely as the source gives it', () => {
    expect(formatSourceDate('2019-07-07')).toBe('7 July 2019');
    expect(formatSourceDate('2021-07')).toBe('July 2021');
    expect(formatSourceDate('2019')).toBe('2019');
    expect(formatSourceDate('undated')).toBe('undated');
  });
});
