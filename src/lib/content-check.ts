/**
 * Cross-checks of the whole story: what zod cannot see from one entry alone.
 * Pure: give it the loaded collections and the scene registry, get back every
 * problem with the file, line and field to fix. src/lib/story.ts turns a
 * non-empty result into a build error.
 */
import type { SectionData } from '../schema/section';
import type { SourceData } from '../schema/source';
import type { StatisticData } from '../schema/statistic';
import { round } from './format';
import { STORY_COMPONENTS, scanMdx, type JsxUse, type MdxScan } from './mdx-scan';
import { didYouMean } from './suggest';
import { tokensIn } from './template';

/** What <Stat format="…"> accepts. */
export const STAT_FORMATS = ['full', 'short', 'number', 'when'];

export interface SectionInput {
  file: string;
  data: SectionData;
  body: string;
  /** Lines before the MDX body (front matter), so line numbers match the file. */
  lineOffset: number;
}
export interface Entry<T> {
  id: string;
  file: string;
  data: T;
}
export interface CheckInput {
  sections: SectionInput[];
  statistics: Entry<StatisticData>[];
  sources: Entry<SourceData>[];
  scenes: Record<string, { states: readonly string[] }>;
  /** Other text that may use {{statistic}} tokens (site title, standfirst…). */
  texts?: { file: string; field: string; text: string }[];
}
export interface ContentIssue {
  file: string;
  line?: number | undefined;
  /** The field, attribute or element to fix. */
  field: string;
  message: string;
}

export interface CheckedSection extends SectionInput {
  scan: MdxScan;
}

export function checkContent(input: CheckInput): { issues: ContentIssue[]; sections: CheckedSection[] } {
  const issues: ContentIssue[] = [];
  const report = (file: string, field: string, message: string, line?: number) =>
    issues.push({ file, field, message, line });

  const stats = new Map(input.statistics.map((s) => [s.id, s]));
  const sources = new Map(input.sources.map((s) => [s.id, s]));

  // Statistics: sources exist; derived values match their arithmetic.
  for (const s of input.statistics) {
    if (!sources.has(s.data.source)) {
      report(s.file, `${s.id}.source`, `source "${s.data.source}" is not in sources.yaml${didYouMean(s.data.source, sources.keys())}`);
    }
    const d = s.data.derive;
    if (d) {
      const inputs = d.of.map((id) => stats.get(id));
      const missing = d.of.filter((_, i) => !inputs[i]);
      if (missing.length) {
        report(s.file, `${s.id}.derive.of`, `unknown statistic(s): ${missing.map((m) => `"${m}"${didYouMean(m, stats.keys())}`).join(', ')}`);
        continue;
      }
      const nums = inputs.map((e) => e!.data.value);
      if (nums.some((n) => typeof n !== 'number')) {
        report(s.file, `${s.id}.derive.of`, 'can only derive from single values, not ranges');
        continue;
      }
      const [first, ...rest] = nums as number[];
      const result = rest.reduce(
        (acc, n) => (d.op === 'multiply' ? acc * n : d.op === 'divide' ? acc / n : acc + n),
        first!,
      );
      const expected = round(result, d.round);
      if (s.data.value !== expected) {
        report(s.file, `${s.id}.value`, `is ${JSON.stringify(s.data.value)} but ${d.op} of ${d.of.join(', ')} gives ${expected}`);
      }
    }
  }

  const checkTokens = (file: string, field: string, text: string, line?: number) => {
    for (const t of tokensIn(text)) {
      if (!stats.has(t.id)) report(file, field, `{{${t.id}}} is not a statistic id${didYouMean(t.id, stats.keys())}`, line);
    }
  };

  for (const t of input.texts ?? []) checkTokens(t.file, t.field, t.text);

  // Sections: unique slugs and order numbers; tokens in front matter.
  const seenSlug = new Map<string, string>();
  const seenOrder = new Map<number, string>();
  for (const s of input.sections) {
    const other = seenSlug.get(s.data.slug);
    if (other) report(s.file, 'slug', `"${s.data.slug}" is already the slug of ${other}`);
    else seenSlug.set(s.data.slug, s.file);
    const otherOrder = seenOrder.get(s.data.order);
    if (otherOrder) report(s.file, 'order', `${s.data.order} is already the order of ${otherOrder}`);
    else seenOrder.set(s.data.order, s.file);
    checkTokens(s.file, 'title', s.data.title);
    checkTokens(s.file, 'summary', s.data.summary);
  }

  // MDX bodies.
  const sceneUsedAt = new Map<string, string>();
  const checked: CheckedSection[] = [];
  for (const s of input.sections) {
    let scan: MdxScan;
    try {
      scan = scanMdx(s.body, s.lineOffset);
    } catch (e) {
      report(s.file, 'body', `MDX could not be parsed: ${(e as Error).message}`);
      continue;
    }
    checked.push({ ...s, scan });
    const at = (u: JsxUse, field: string, message: string) => report(s.file, `<${u.name}> ${field}`, message, u.line);
    const need = (u: JsxUse, attr: string, what: string): string | undefined => {
      const v = u.attrs.strings[attr]?.trim();
      if (!v) at(u, attr, `is missing: ${what}`);
      return v || undefined;
    };

    for (const u of scan.uses) {
      if (!(STORY_COMPONENTS as readonly string[]).includes(u.name)) {
        at(u, 'name', `is not a story component (use ${STORY_COMPONENTS.join(', ')})`);
        continue;
      }
      for (const e of u.attrs.expressions) at(u, e, 'must be a plain "string", not an {expression}');
      if (u.name === 'Stat') {
        const id = need(u, 'id', 'the statistic to show');
        if (id && !stats.has(id)) at(u, 'id', `"${id}" is not a statistic id${didYouMean(id, stats.keys())}`);
        const format = u.attrs.strings.format;
        if (format !== undefined && !STAT_FORMATS.includes(format)) {
          at(u, 'format', `"${format}" is not a format (use ${STAT_FORMATS.join(', ')})`);
        }
      }
      if (u.name === 'Cite' || u.name === 'Quote') {
        const id = need(u, 'source', 'the source to cite');
        if (id && !sources.has(id)) at(u, 'source', `"${id}" is not a source id${didYouMean(id, sources.keys())}`);
      }
      if (u.name === 'Quote') need(u, 'by', 'who said it');
      if (u.name === 'GuessSlider' || u.name === 'GuessResult') {
        const id = need(u, 'stat', 'the statistic the reader guesses');
        if (id && !stats.has(id)) at(u, 'stat', `"${id}" is not a statistic id${didYouMean(id, stats.keys())}`);
      }
      if (u.name === 'Scrolly' || u.name === 'Figure') {
        const scene = need(u, 'scene', 'which scene to draw');
        if (scene && !Object.hasOwn(input.scenes, scene)) {
          at(u, 'scene', `"${scene}" is not a scene (scenes: ${Object.keys(input.scenes).join(', ')})`);
        } else if (scene) {
          const prev = sceneUsedAt.get(scene);
          if (prev) at(u, 'scene', `"${scene}" is already drawn at ${prev}; each scene appears once`);
          else sceneUsedAt.set(scene, `${s.file}:${u.line}`);
        }
        need(u, 'title', 'a short title for the figure');
        need(u, 'alt', 'a text alternative describing what the figure shows');
        for (const attr of ['title', 'alt'] as const) {
          const text = u.attrs.strings[attr];
          if (text) checkTokens(s.file, `<${u.name}> ${attr}`, text, u.line);
        }
      }
    }

    // A <Cite> right after a <Stat> from the same source would print the footnote twice.
    const ADJACENT = /<Stat\s+id="([^"]+)"[^>]*\/>[\s.,;:!?”’)]*<Cite\s+source="([^"]+)"\s*\/>/g;
    for (const m of s.body.matchAll(ADJACENT)) {
      if (stats.get(m[1]!)?.data.source === m[2]) {
        const line = s.lineOffset + s.body.slice(0, m.index).split('\n').length;
        report(s.file, '<Cite> source', `repeats the footnote of <Stat id="${m[1]}"> just before it; remove the <Cite>`, line);
      }
    }

    for (const step of scan.straySteps) {
      report(s.file, '<Step>', 'is outside a <Scrolly>; steps belong to a scene', step.line);
    }
    for (const block of scan.scrollies) {
      const scene = block.attrs.strings.scene;
      const states = scene && Object.hasOwn(input.scenes, scene) ? input.scenes[scene]!.states : undefined;
      if (block.steps.length === 0) report(s.file, '<Scrolly>', 'has no <Step>', block.line);
      for (const step of block.steps) {
        const state = step.attrs.strings.state?.trim();
        if (!state) report(s.file, '<Step> state', 'is missing: the scene state this step shows', step.line);
        else if (states && !states.includes(state)) {
          report(s.file, '<Step> state', `scene "${scene}" has no state "${state}" (it has: ${states.join(', ')})`, step.line);
        }
      }
    }
  }
  return { issues, sections: checked };
}

/** Lines before `body` in the file's `raw` text (the front matter), for line numbers. */
export function bodyLineOffset(raw: string, body: string): number {
  const at = raw.indexOf(body);
  return at <= 0 ? 0 : raw.slice(0, at).split('\n').length - 1;
}

/** One line per problem, "file:line field: message", for the build log. */
export function formatIssues(issues: ContentIssue[]): string {
  return issues
    .map((i) => `  ${i.file}${i.line ? `:${i.line}` : ''}  ${i.field}: ${i.message}`)
    .join('\n');
}

export class ContentError extends Error {
  constructor(public readonly issues: ContentIssue[]) {
    super(`The story's content has ${issues.length} problem(s):\n${formatIssues(issues)}`);
    this.name = 'ContentError';
  }
}
