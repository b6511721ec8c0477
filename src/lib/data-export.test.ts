import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../tests/helpers/read-content';
import { COLUMNS, fromCsvRecords, toCsv, toJson, toRow, type DataRow } from './data-export';
import { formatStat } from './format';

const content = readContent('content');
const sources = new Map(content.sources.map((s) => [s.id, { ...s.data, id: s.id }]));
const rows: DataRow[] = content.statistics.map((s) => toRow({ ...s.data, id: s.id }, sources.get(s.data.source)!));
const parseCsv = (text: string) => parse(text, { columns: true, bom: true }) as Record<string, string>[];
const LICENCE = 'Text, charts and data: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Credit: Team.';

describe('CSV download', () => {
  it('round-trips every statistic of the real content exactly', () => {
    expect(rows.length).toBeGreaterThan(50);
    expect(fromCsvRecords(parseCsv(toCsv(rows, LICENCE)))).toEqual(rows);
  });

  it('has one header row in the documented column order and CRLF line ends', () => {
    const csv = toCsv(rows, LICENCE);
    expect(csv.startsWith('\uFEFFid,label,display,value,')).toBe(true);
    expect(csv.split('\r\n')[0]!.replace('\uFEFF', '').split(',')).toEqual([...COLUMNS, 'licence']);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(rows.length + 1);
  });

  it('carries the reuse terms in every row, so they travel with any row copied out', () => {
    const records = parseCsv(toCsv(rows, LICENCE));
    expect(records.every((r) => r.licence === LICENCE)).toBe(true);
  });

  it('quotes commas, quotes and line breaks inside a field', () => {
    const tricky = { ...rows[0]!, label: 'A "quoted", comma\nand a line' };
    const [back] = fromCsvRecords(parseCsv(toCsv([tricky], LICENCE)));
    expect(back!.label).toBe('A "quoted", comma\nand a line');
  });
});

describe('rows', () => {
  it('show each value exactly as the pages do, with its source', () => {
    for (const s of content.statistics) {
      const row = rows.find((r) => r.id === s.id)!;
      expect(row.display).toBe(formatStat(s.data));
      expect(row.source_url).toBe(sources.get(s.data.source)!.url);
      expect(row.definition).toBe(s.data.definition);
    }
  });

  it('write a range as min and max with no single value', () => {
    const range = rows.find((r) => r.value_min !== null);
    expect(range).toBeDefined();
    expect(range!.value).toBeNull();
    expect(range!.value_max!).toBeGreaterThan(range!.value_min!);
  });
});

describe('JSON download', () => {
  it('round-trips the rows and carries what a re-user needs to credit them', () => {
    const json = JSON.parse(toJson(
      { name: 'statistics', title: 'All statistics', description: 'Every figure.', rows },
      { story: 'https://x.example/', url: 'https://x.example/data/statistics.json', updated: '2026-11-28', publisher: 'Team', licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } },
    ));
    expect(json.statistics).toEqual(rows);
    expect(json).toMatchObject({
      title: 'All statistics', updated: '2026-11-28', publisher: 'Team', columns: [...COLUMNS],
      licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' }, credit: 'Team, https://x.example/',
    });
  });
});

describe('the download, as a person read it against the data file and the page', () => {
  const records = parseCsv(toCsv(rows, LICENCE));
  const row = (id: string) => records.find((r) => r.id === id)!;
  it('writes a single figure with its words, unit, year, status and publisher', () => {
    expect(row('halden-cell-area')).toMatchObject({
      label: 'Floor area of a Halden cell', display: 'about 12 m²', value: '12', value_min: '', value_max: '',
      unit: 'm2', year: '2011', status: 'partly-verified', source_publisher: 'Worldcrunch',
    });
  });
  it('writes a range as its two ends, and a figure that describes a decade by its period', () => {
    expect(row('halden-unit-other')).toMatchObject({ display: '10–12 cells', value: '', value_min: '10', value_max: '12', source_publisher: 'Glamox' });
    expect(row('norway-1980s-5y')).toMatchObject({ display: '63%', value: '63', year: '', period: '1980s' });
  });
  it('writes a million in words for the display and in digits for the value', () => {
    expect(row('us-disenfranchised-2024')).toMatchObject({ display: 'about 4 million people', value: '4000000' });
  });
});
