/**
 * Data downloads: statistics as CSV and JSON, built from the same records the
 * pages read, so a download can never disagree with the story. Each row
 * carries the value exactly as stored, the text the pages show for it
 * ("about 12 m²"), what it counts, when, how sure we are, and its source.
 * Pure (no Astro), so it is tested directly.
 */
import { stringify } from 'csv-stringify/sync';
import type { SourceData } from '../schema/source';
import type { StatisticData } from '../schema/statistic';
import { formatStat, formatWhen } from './format';

export type ExportStat = StatisticData & { id: string };
export type ExportSource = SourceData & { id: string };

/** One statistic as a download row. Ranges fill value_min/value_max and leave value empty. */
export interface DataRow {
  id: string;
  label: string;
  /** As shown on the pages, with its unit and qualifier. */
  display: string;
  value: number | null;
  value_min: number | null;
  value_max: number | null;
  unit: string;
  qualifier: string | null;
  definition: string;
  /** Year the figure describes (or null, and `period` instead). */
  year: number | null;
  period: string | null;
  /** verified, partly-verified, conflicting, derived, claim or unverified. */
  status: string;
  caveat: string | null;
  source_id: string;
  source_title: string;
  source_publisher: string;
  source_author: string | null;
  source_date: string;
  source_url: string;
  /** True when source_url is a copy because no original address is known. */
  source_url_is_copy: boolean;
}

/** Column order of the CSV files; also the key order of JSON rows. */
export const COLUMNS: readonly (keyof DataRow)[] = [
  'id', 'label', 'display', 'value', 'value_min', 'value_max', 'unit', 'qualifier', 'definition', 'year', 'period',
  'status', 'caveat', 'source_id', 'source_title', 'source_publisher', 'source_author', 'source_date', 'source_url',
  'source_url_is_copy',
];

export function toRow(stat: ExportStat, source: ExportSource): DataRow {
  const range = typeof stat.value === 'number' ? undefined : stat.value;
  return {
    id: stat.id,
    label: stat.label,
    display: formatStat(stat),
    value: range ? null : (stat.value as number),
    value_min: range ? range.min : null,
    value_max: range ? range.max : null,
    unit: stat.unit,
    qualifier: stat.qualifier ?? null,
    definition: stat.definition,
    year: stat.year ?? null,
    period: stat.period ?? null,
    status: stat.status,
    caveat: stat.caveat ?? null,
    source_id: source.id,
    source_title: source.title,
    source_publisher: source.publisher,
    source_author: source.author ?? null,
    source_date: source.date,
    source_url: source.url,
    source_url_is_copy: source.copy,
  };
}

/**
 * RFC 4180 CSV with a header row, CRLF line ends and a UTF-8 byte-order mark
 * (so Excel reads "Høidal" and "m²" correctly). Empty cells stand for null.
 * A last column, `licence`, carries the reuse terms in every row, so they stay
 * with any row copied out of the file (a CSV has no other place for them).
 */
export function toCsv(rows: readonly DataRow[], licence: string): string {
  const body = stringify(
    rows.map((r) => [...COLUMNS.map((c) => r[c]), licence]),
    {
      header: true,
      columns: [...COLUMNS, 'licence'] as string[],
      record_delimiter: 'windows',
      cast: { boolean: (b) => (b ? 'true' : 'false'), number: (n) => String(n) },
    },
  );
  return `\uFEFF${body}`;
}

export interface Dataset {
  /** File name without extension: "statistics" or a chart's scene. */
  name: string;
  title: string;
  description: string;
  rows: DataRow[];
}

export interface DatasetMeta {
  /** Absolute address of the page that uses the data. */
  story: string;
  /** Absolute address of the download itself. */
  url: string;
  /** The story's last update (YYYY-MM-DD). */
  updated: string;
  /** Who to credit. */
  publisher: string;
  /** The terms of reuse. */
  licence: { name: string; url: string };
}

/** The JSON download: the rows plus what a re-user needs to credit and date them. */
export function toJson(dataset: Dataset, meta: DatasetMeta): string {
  const ordered = dataset.rows.map((r) => Object.fromEntries(COLUMNS.map((c) => [c, r[c]])));
  return `${JSON.stringify(
    {
      title: dataset.title,
      description: dataset.description,
      url: meta.url,
      story: meta.story,
      publisher: meta.publisher,
      licence: meta.licence,
      credit: `${meta.publisher}, ${meta.story}`,
      updated: meta.updated,
      columns: COLUMNS,
      statistics: ordered,
    },
    null,
    2,
  )}\n`;
}

/** Rows read back from CSV text (the inverse of toCsv), for tests and checks. */
export function fromCsvRecords(records: Record<string, string>[]): DataRow[] {
  const num = (v: string | undefined) => (v === undefined || v === '' ? null : Number(v));
  const str = (v: string | undefined) => (v === undefined || v === '' ? null : v);
  return records.map((r) => ({
    id: r.id!,
    label: r.label!,
    display: r.display!,
    value: num(r.value),
    value_min: num(r.value_min),
    value_max: num(r.value_max),
    unit: r.unit!,
    qualifier: str(r.qualifier),
    definition: r.definition!,
    year: num(r.year),
    period: str(r.period),
    status: r.status!,
    caveat: str(r.caveat),
    source_id: r.source_id!,
    source_title: r.source_title!,
    source_publisher: r.source_publisher!,
    source_author: str(r.source_author),
    source_date: r.source_date!,
    source_url: r.source_url!,
    source_url_is_copy: r.source_url_is_copy === 'true',
  }));
}

/** When a statistic applies, for tables: "2019" or "1980s". */
export const whenOf = (row: Pick<DataRow, 'year' | 'period'>): string =>
  formatWhen({ year: row.year ?? undefined, period: row.period ?? undefined });
