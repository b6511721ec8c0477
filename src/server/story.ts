/**
 * The story as the pages see it: every collection loaded, cross-checked and
 * indexed. Server-only (reads files, uses astro:content). Any content problem
 * throws a ContentError listing file, line and field, which fails the build.
 */
import { readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { CorrectionData } from '../schema/correction';
import type { GlossaryData } from '../schema/glossary';
import type { MethodData } from '../schema/method';
import type { SiteData } from '../schema/site';
import { z } from 'astro/zod';
import type { SourceData } from '../schema/source';
import type { StatisticData } from '../schema/statistic';
import type { TeachData } from '../schema/teach';
import { SCENES, isSceneName, type SceneName } from '../scenes/registry';
import { SCENE_CARDS, SCENE_STATS } from '../scenes/stats';
import { ContentError, bodyLineOffset, checkContent, type CheckedSection } from '../lib/content-check';
import type { MdxScan } from '../lib/mdx-scan';
import { contentDir } from './content-dir';
import { inFileOrder } from '../lib/file-order';
import { isStatFormat, renderStat, type StatFormatName } from '../lib/format';
import { stepLabels, type StepLabel } from '../lib/step-labels';
import { fillParts, fillTokens, type FilledPart } from '../lib/template';

export type Stat = StatisticData & { id: string; measure: string };
export type Source = SourceData & { id: string };
export type Glossary = GlossaryData & { id: string };
export interface Guide {
  entry: CollectionEntry<'teach'>;
  data: TeachData;
  scan: MdxScan;
}
export interface Section extends CheckedSection {
  entry: CollectionEntry<'story'>;
  /** Title and summary with {{statistic}} tokens filled in: use these, not data.title. */
  title: string;
  summary: string;
}

export type Correction = CorrectionData & { id: string };

/** One chart of the story: a scene as a <Scrolly> or <Figure> declares it. */
export interface Chart {
  /** The scene's name; also its embed address, /embed/<scene>/. */
  scene: SceneName;
  /** The section it appears in. */
  section: Section;
  /** Title and text alternative with {{statistic}} tokens filled in. */
  title: string;
  alt: string;
  /** The states its steps show, in reading order (empty for a still figure). */
  states: string[];
}

export interface Story {
  site: SiteData;
  /** Sections in reading order. */
  sections: Section[];
  /** Statistics in the order of the statistics file. */
  stats: Map<string, Stat>;
  sources: Map<string, Source>;
  /** Glossary terms in the order of the glossary file. */
  glossary: Map<string, Glossary>;
  /** The teachers' guide. */
  guide: Guide;
  /** The sources-and-method page. */
  method: { entry: CollectionEntry<'method'>; data: MethodData; scan: MdxScan };
  /** Every chart, in reading order. */
  charts: Chart[];
  /** The corrections log, oldest first (file order within a day). */
  corrections: Correction[];
  /** The newest correction's date, or the publication date: the story's "last updated". */
  updated: string;
  /**
   * Footnote number of each cited source, site-wide: first the story in
   * reading order, then the glossary, the teachers' guide and the method page. The story's
   * source list shows them all, so a number means the same source everywhere.
   */
  citations: Map<string, number>;
  stat(id: string): Stat;
  source(id: string): Source;
  term(id: string): Glossary;
  /** Replace {{statistic}} tokens with formatted values. */
  fill(text: string): string;
  /** The same, cut into parts so each value can carry its statistic's id (<Filled>). */
  parts(text: string): FilledPart[];
  /** A statistic as <Stat id format> prints it (an unknown format prints in full). */
  printed(id: string, format: string): string;
  /**
   * The short label of each step of a chart's scene, from its section's text
   * (src/lib/step-labels.ts); none for a scene that is not a chart of steps.
   */
  stepsOf(scene: SceneName): StepLabel[];
  /**
   * Ids of the sources a section's page must list: those its text cites and
   * those behind its charts' data tables, in footnote order.
   */
  sourcesOf(section: Section): string[];
  /** Corrections that name this section, oldest first. */
  correctionsOf(section: Section): Correction[];
  /** A section's last update: its newest correction, or a whole-story one, or publication. */
  updatedOf(section: Section): string;
}

/** The file's text and the lines before its MDX body, so reported lines match the file. */
async function located(filePath: string | undefined, body: string): Promise<{ raw: string | undefined; lineOffset: number }> {
  if (!filePath) return { raw: undefined, lineOffset: 0 };
  const raw = await readFile(filePath, 'utf8');
  return { raw, lineOffset: bodyLineOffset(raw, body) };
}

async function load(): Promise<Story> {
  const [storyEntries, statEntries, sourceEntries, siteEntry, glossaryEntries, teachEntries, correctionEntries, methodEntries, typedFigureEntries] = await Promise.all([
    getCollection('story'),
    getCollection('statistics'),
    getCollection('sources'),
    getEntry('site', 'story'),
    getCollection('glossary'),
    getCollection('teach'),
    getCollection('corrections'),
    getCollection('method'),
    getCollection('typedFigures'),
  ]);
  if (!siteEntry) throw new ContentError([{ file: 'data/site.yaml', field: 'story', message: 'is missing' }]);
  const guideEntry = teachEntries.find((e) => e.id === 'guide');
  if (!guideEntry) throw new ContentError([{ file: 'teach/guide.mdx', field: 'file', message: 'is missing: the teachers\' guide' }]);
  const methodEntry = methodEntries.find((e) => e.id === 'method');
  if (!methodEntry) throw new ContentError([{ file: 'method/method.mdx', field: 'file', message: 'is missing: the sources-and-method page' }]);
  const sectionInputs = await Promise.all(
    storyEntries.map(async (entry) => ({
      entry,
      file: entry.filePath ?? entry.id,
      data: entry.data,
      body: entry.body ?? '',
      ...(await located(entry.filePath, entry.body ?? '')),
    })),
  );
  const guideInput = {
    file: guideEntry.filePath ?? 'teach/guide.mdx',
    data: guideEntry.data,
    body: guideEntry.body ?? '',
    ...(await located(guideEntry.filePath, guideEntry.body ?? '')),
  };
  const { issues, sections: checked, guideScan, methodScan } = checkContent({
    sections: sectionInputs,
    statistics: statEntries.map((e) => ({ id: e.id, file: e.filePath ?? 'statistics', data: e.data })),
    sources: sourceEntries.map((e) => ({ id: e.id, file: e.filePath ?? 'sources', data: e.data })),
    scenes: Object.fromEntries(Object.entries(SCENES).map(([name, scene]) => [name, { ...scene, stats: SCENE_STATS[name as SceneName], card: SCENE_CARDS[name as SceneName] }])),
    // Every site text but the publication date, which is a date, not prose.
    texts: Object.entries(siteEntry.data)
      .filter((e): e is [string, string] => e[0] !== 'published' && typeof e[1] === 'string')
      .map(([field, text]) => ({ file: siteEntry.filePath ?? 'data/site.yaml', field: `story.${field}`, text })),
    glossary: glossaryEntries.map((e) => ({ id: e.id, file: e.filePath ?? 'glossary', data: e.data })),
    guide: guideInput,
    corrections: correctionEntries.map((e) => ({ id: e.id, file: e.filePath ?? 'corrections', data: e.data })),
    published: siteEntry.data.published,
    method: {
      file: methodEntry.filePath ?? 'method/method.mdx',
      summary: methodEntry.data.summary,
      body: methodEntry.body ?? '',
      ...(await located(methodEntry.filePath, methodEntry.body ?? '')),
    },
    typedFigures: typedFigureEntries.map((e) => ({ id: e.id, file: e.filePath ?? 'data/typed-figures.yaml', data: e.data })),
  });
  if (issues.length) throw new ContentError(issues);

  // In the order of the statistics file (story order), as downloads list them.
  const statsFile = statEntries[0]?.filePath;
  const statsInOrder = statsFile ? inFileOrder(statEntries, await readFile(statsFile, 'utf8')) : statEntries;
  const stats = new Map<string, Stat>(
    statsInOrder.map((e) => [e.id, { ...e.data, id: e.id, measure: e.data.measure ?? e.id }]),
  );
  const fillWith = (text: string) => fillTokens(text, (id, format: StatFormatName) => renderStat(stats.get(id)!, format));
  const byFile = new Map(sectionInputs.map((s) => [s.file, s.entry]));
  const sections: Section[] = checked
    .map((c) => ({ ...c, entry: byFile.get(c.file)!, title: fillWith(c.data.title), summary: fillWith(c.data.summary) }))
    .sort((a, b) => a.data.order - b.data.order);

  const sources = new Map<string, Source>(sourceEntries.map((e) => [e.id, { ...e.data, id: e.id }]));

  const glossaryFile = glossaryEntries[0]?.filePath;
  const glossaryInOrder = glossaryFile ? inFileOrder(glossaryEntries, await readFile(glossaryFile, 'utf8')) : glossaryEntries;
  const glossary = new Map<string, Glossary>(glossaryInOrder.map((e) => [e.id, { ...e.data, id: e.id }]));
  const citations = new Map<string, number>();
  const cite = (sourceId: string) => {
    if (!citations.has(sourceId)) citations.set(sourceId, citations.size + 1);
  };
  const citeScan = (scan: MdxScan) => {
    for (const c of scan.citationOrder) cite(c.kind === 'stat' ? stats.get(c.id)!.source : c.id);
  };
  for (const section of sections) citeScan(section.scan);
  for (const g of glossary.values()) if (g.source) cite(g.source);
  citeScan(guideScan!);
  for (const side of guideEntry.data.debate.sides) {
    for (const point of side.points) for (const id of point.evidence) cite(stats.get(id)?.source ?? id);
  }
  citeScan(methodScan!);

  const stat = (id: string): Stat => {
    const s = stats.get(id);
    if (!s) throw new Error(`Unknown statistic "${id}" (used by a component, not by content: check src/).`);
    return s;
  };
  const source = (id: string): Source => {
    const s = sources.get(id);
    if (!s) throw new Error(`Unknown source "${id}".`);
    return s;
  };
  const term = (id: string): Glossary => {
    const g = glossary.get(id);
    if (!g) throw new Error(`Unknown glossary term "${id}".`);
    return g;
  };
  const fill = (text: string) => fillTokens(text, (id, format: StatFormatName) => renderStat(stat(id), format));
  const parts = (text: string) => fillParts(text, (id, format: StatFormatName) => renderStat(stat(id), format));
  const correctionsFile = correctionEntries[0]?.filePath;
  const corrections: Correction[] = (correctionsFile ? inFileOrder(correctionEntries, await readFile(correctionsFile, 'utf8')) : correctionEntries)
    .map((e) => ({ ...e.data, id: e.id }))
    .sort((a, b) => a.date.localeCompare(b.date));
  const updated = corrections.reduce((latest, c) => (c.date > latest ? c.date : latest), siteEntry.data.published);

  const charts: Chart[] = sections.flatMap((section) =>
    section.scan.uses
      .filter((u) => u.name === 'Scrolly' || u.name === 'Figure')
      .map((u) => {
        const scene = u.attrs.strings.scene ?? '';
        if (!isSceneName(scene)) throw new Error(`${section.file}: unknown scene "${scene}" passed the content check`);
        const scrolly = section.scan.scrollies.find((sc) => sc.line === u.line);
        return {
          scene,
          section,
          title: fill(u.attrs.strings.title ?? ''),
          alt: fill(u.attrs.strings.alt ?? ''),
          states: (scrolly?.steps ?? []).map((step) => step.attrs.strings.state ?? ''),
        };
      }),
  );

  const sourcesOf = (section: Section): string[] => {
    const ids = new Set<string>();
    for (const c of section.scan.citationOrder) ids.add(c.kind === 'stat' ? stat(c.id).source : c.id);
    for (const chart of charts) if (chart.section === section) for (const id of SCENE_STATS[chart.scene]) ids.add(stat(id).source);
    return [...ids].sort((a, b) => (citations.get(a) ?? 0) - (citations.get(b) ?? 0));
  };

  const correctionsOf = (section: Section) => corrections.filter((c) => c.sections.includes(section.data.slug));
  const updatedOf = (section: Section) =>
    corrections
      .filter((c) => c.sections.length === 0 || c.sections.includes(section.data.slug))
      .reduce((latest, c) => (c.date > latest ? c.date : latest), siteEntry.data.published);

  const guide: Guide = { entry: guideEntry, data: guideEntry.data, scan: guideScan! };
  const method = { entry: methodEntry, data: methodEntry.data, scan: methodScan! };
  // The contact address is per deployment, like SITE_URL.
  const contact = process.env.CONTACT_EMAIL || siteEntry.data.contact;
  if (!z.email().safeParse(contact).success) throw new ContentError([{ file: 'CONTACT_EMAIL', field: 'contact', message: `is not an e-mail address: ${contact}` }]);
  const site = { ...siteEntry.data, contact };
  const printed = (id: string, format: string) => renderStat(stat(id), isStatFormat(format) ? format : 'full');
  const stepsOf = (scene: SceneName) => {
    const chart = charts.find((c) => c.scene === scene);
    return chart && chart.states.length > 1 ? stepLabels(chart.section.body, scene, printed) : [];
  };
  return { site, method, sections, stats, sources, glossary, guide, charts, corrections, updated, citations, stat, source, term, fill, parts, printed, stepsOf, sourcesOf, correctionsOf, updatedOf };
}

let cached: Promise<Story> | undefined;
let cachedStamp = '';

/**
 * When content last changed: the newest modification time under content/.
 * Stat calls only, so a page's ~150 loadStory() calls in dev cost little.
 */
function contentStamp(): string {
  const dir = contentDir();
  let newest = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return String(newest);
}

/**
 * The checked story, loaded and checked once. In dev, loaded again only when a
 * file under content/ has changed since (Astro's own content layer reloads
 * the collections on such a change).
 */
export function loadStory(): Promise<Story> {
  if (import.meta.env.DEV) {
    const stamp = contentStamp();
    if (stamp !== cachedStamp) {
      cachedStamp = stamp;
      cached = load();
    }
  }
  cached ??= load();
  return cached;
}
