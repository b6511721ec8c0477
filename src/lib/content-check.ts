/**
 * Cross-checks of the whole story: what zod cannot see from one entry alone.
 * Pure: give it the loaded collections and the scene registry, get back every
 * problem with the file, line and field to fix. src/server/story.ts turns a
 * non-empty result into a build error.
 */
import type { CorrectionData } from '../schema/correction';
import type { GlossaryData } from '../schema/glossary';
import type { SectionData } from '../schema/section';
import type { SourceData } from '../schema/source';
import type { StatisticData } from '../schema/statistic';
import type { TeachData } from '../schema/teach';
import type { TypedFigureData } from '../schema/typed-figure';
import { STAT_FORMATS, round } from './format';
import { MDX_COMPONENTS, GUIDE_COMPONENTS, STORY_COMPONENTS, type AttrKind, type ComponentContract, type ComponentName } from '../vocab/components';
import { scanMdx, type JsxUse, type MdxScan } from './mdx-scan';
import { didYouMean } from './suggest';
import { tokensIn } from './template';
import { lineAt, uncoveredFigures, type Exception } from './typed-figures';


export interface SectionInput {
  file: string;
  data: SectionData;
  body: string;
  /** Lines before the MDX body (front matter), so line numbers match the file. */
  lineOffset: number;
  /** The whole file, to give front-matter problems a line number. */
  raw?: string | undefined;
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
  /**
   * Every scene's states and the statistics its table lists (src/scenes/registry.ts,
   * stats.ts), the state that springs its twist, and the state its social card shows.
   */
  scenes: Record<string, { states: readonly string[]; stats?: readonly string[]; reveal?: string; card?: string }>;
  /** Other text that may use {{statistic}} tokens (site title, standfirst…). */
  texts?: { file: string; field: string; text: string }[];
  glossary?: Entry<GlossaryData>[];
  /** The corrections log (content/data/corrections.yaml). */
  corrections?: Entry<CorrectionData>[];
  /** First publication day (site.yaml), which no correction may precede. */
  published?: string;
  /** The teachers' guide (content/teach/guide.mdx). */
  guide?: { file: string; data: TeachData; body: string; lineOffset: number; raw?: string | undefined } | undefined;
  /** The sources-and-method page (content/method/method.mdx). */
  method?: { file: string; summary: string; body: string; lineOffset: number; raw?: string | undefined } | undefined;
  /**
   * Deliberate exceptions to "no typed figures" (content/data/typed-figures.yaml).
   * Absent: the typed-figure check does not run (small test inputs).
   */
  typedFigures?: Entry<TypedFigureData>[] | undefined;
}

/** Components whose words are someone else's, quoted verbatim: their figures are theirs. */
const VERBATIM = new Set(Object.entries(MDX_COMPONENTS).filter(([, c]) => 'verbatim' in c).map(([name]) => name));
/** String attributes a reader sees as text, by component (kind "text" in the table). */
const VISIBLE_ATTRS: Record<string, readonly string[]> = Object.fromEntries(
  Object.entries(MDX_COMPONENTS).map(([name, c]) => [name, Object.entries(c.attrs).filter(([, a]) => a.kind === 'text').map(([attr]) => attr)]),
);
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

export interface CheckResult {
  issues: ContentIssue[];
  sections: CheckedSection[];
  guideScan?: MdxScan | undefined;
  methodScan?: MdxScan | undefined;
}

type Value = StatisticData['value'];

/**
 * The arithmetic of a derived statistic. One input may be a range: the result
 * is then the range of results at its two ends, smaller first (12 ÷ 4.5–8 is
 * 1.5–2.7). Undefined when more than one input is a range.
 */
export function deriveValue(op: 'multiply' | 'divide' | 'sum', values: Value[], decimals: number): Value | undefined {
  const ranges = values.filter((v) => typeof v !== 'number');
  if (ranges.length > 1) return undefined;
  const compute = (nums: number[]) => {
    const [first, ...rest] = nums;
    return round(rest.reduce((acc, n) => (op === 'multiply' ? acc * n : op === 'divide' ? acc / n : acc + n), first!), decimals);
  };
  if (ranges.length === 0) return compute(values as number[]);
  const at = (end: 'min' | 'max') => compute(values.map((v) => (typeof v === 'number' ? v : v[end])));
  const [a, b] = [at('min'), at('max')].sort((x, y) => x - y) as [number, number];
  return a === b ? a : { min: a, max: b };
}

export function checkContent(input: CheckInput): CheckResult {
  const issues: ContentIssue[] = [];
  const report = (file: string, field: string, message: string, line?: number) =>
    issues.push({ file, field, message, line });

  const stats = new Map(input.statistics.map((s) => [s.id, s]));
  const sources = new Map(input.sources.map((s) => [s.id, s]));
  const glossary = new Map((input.glossary ?? []).map((g) => [g.id, g]));
  /** For each kind of attribute that names something: what exists, and how to say it does not. */
  const KNOWN: Partial<Record<AttrKind, { has(v: string): boolean; ids(): Iterable<string>; not: string }>> = {
    statistic: { has: (v) => stats.has(v), ids: () => stats.keys(), not: 'is not a statistic id' },
    source: { has: (v) => sources.has(v), ids: () => sources.keys(), not: 'is not a source id' },
    term: { has: (v) => glossary.has(v), ids: () => glossary.keys(), not: 'is not a glossary term' },
    scene: { has: (v) => Object.hasOwn(input.scenes, v), ids: () => [], not: `is not a scene (scenes: ${Object.keys(input.scenes).join(', ')})` },
    format: { has: (v) => (STAT_FORMATS as readonly string[]).includes(v), ids: () => [], not: `is not a format (use ${STAT_FORMATS.join(', ')})` },
  };

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
      const expected = deriveValue(d.op, inputs.map((e) => e!.data.value), d.round);
      if (expected === undefined) {
        report(s.file, `${s.id}.derive.of`, 'can derive from at most one range; the others must be single values');
        continue;
      }
      if (JSON.stringify(s.data.value) !== JSON.stringify(expected)) {
        report(s.file, `${s.id}.value`, `is ${JSON.stringify(s.data.value)} but ${d.op} of ${d.of.join(', ')} gives ${JSON.stringify(expected)}`);
      }
    }
    const cov = s.data.followUp?.coverage;
    if (cov !== undefined && !stats.has(cov)) {
      report(s.file, `${s.id}.followUp.coverage`, `"${cov}" is not a statistic id${didYouMean(cov, stats.keys())}`);
    }
  }

  // Scenes list only statistics that exist; a card shows a state the scene has, before its twist.
  for (const [name, scene] of Object.entries(input.scenes)) {
    for (const id of scene.stats ?? []) {
      if (!stats.has(id)) report('src/scenes/registry.ts', `${name}.stats`, `"${id}" is not a statistic id${didYouMean(id, stats.keys())}`);
    }
    if (scene.card === undefined) continue;
    const at = scene.states.indexOf(scene.card);
    if (at < 0) report('src/scenes/stats.ts', `SCENE_CARDS.${name}`, `"${scene.card}" is not a state of "${name}" (it has: ${scene.states.join(', ')})`);
    else if (scene.reveal !== undefined && at >= scene.states.indexOf(scene.reveal)) {
      report('src/scenes/stats.ts', `SCENE_CARDS.${name}`, `"${scene.card}" is at or after the twist ("${scene.reveal}"): a social card would give it away; pick a state before it`);
    }
  }

  const checkTokens = (file: string, field: string, text: string, line?: number) => {
    for (const t of tokensIn(text)) {
      if (!stats.has(t.id)) report(file, field, `{{${t.id}}} is not a statistic id${didYouMean(t.id, stats.keys())}`, line);
    }
  };

  // Typed figures: every figure a reader sees comes from a record.
  const exceptions: Array<Exception & { entry: Entry<TypedFigureData> }> = (input.typedFigures ?? []).map((e) => ({
    text: e.data.text, file: e.data.file, reason: e.data.reason, entry: e,
  }));
  const usedExceptions = new Set<Exception>();
  const typedMessage = (figure: string) =>
    `"${figure}" is typed by hand: show it with <Stat id="…"> or a {{statistic}} token, or list it in data/typed-figures.yaml with a reason`;
  /** Figures in a body text or attribute whose line is known. */
  const checkFigures = (file: string, field: string, text: string, line: number | undefined) => {
    if (!input.typedFigures) return;
    for (const f of uncoveredFigures(text, file, exceptions, usedExceptions)) {
      report(file, field, typedMessage(f.figure), line === undefined ? undefined : line + lineAt(text, f.index) - 1);
    }
  };
  /** Figures in a front-matter or data field: the line is found in the raw file where possible. */
  const checkFieldFigures = (file: string, field: string, text: string, raw?: string) => {
    if (!input.typedFigures) return;
    for (const f of uncoveredFigures(text, file, exceptions, usedExceptions)) {
      const before = text.slice(Math.max(0, f.index - 24), f.index).split('\n').pop() ?? '';
      const at = raw?.indexOf(before + f.figure) ?? -1;
      const line = raw && at !== -1 ? lineAt(raw, at + before.length) : undefined;
      report(file, field, typedMessage(f.figure), line);
    }
  };

  for (const t of input.texts ?? []) {
    checkTokens(t.file, t.field, t.text);
    checkFieldFigures(t.file, t.field, t.text);
  }

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
    for (const field of ['title', 'kicker', 'summary'] as const) checkFieldFigures(s.file, field, s.data[field], s.raw);
    if (s.data.keyStat !== undefined && !stats.has(s.data.keyStat)) {
      report(s.file, 'keyStat', `"${s.data.keyStat}" is not a statistic id${didYouMean(s.data.keyStat, stats.keys())}`);
    }
    s.data.discussion.forEach((d, i) => {
      checkTokens(s.file, `discussion[${i}].q`, d.q);
      checkTokens(s.file, `discussion[${i}].notes`, d.notes);
      checkFieldFigures(s.file, `discussion[${i}].q`, d.q, s.raw);
      checkFieldFigures(s.file, `discussion[${i}].notes`, d.notes, s.raw);
    });
    s.data.selfCheck.forEach((c, i) => {
      checkTokens(s.file, `selfCheck[${i}].q`, c.q);
      checkFieldFigures(s.file, `selfCheck[${i}].q`, c.q, s.raw);
      c.choices.forEach((choice, j) => {
        checkTokens(s.file, `selfCheck[${i}].choices[${j}].text`, choice.text);
        checkTokens(s.file, `selfCheck[${i}].choices[${j}].why`, choice.why);
        checkFieldFigures(s.file, `selfCheck[${i}].choices[${j}].text`, choice.text, s.raw);
        checkFieldFigures(s.file, `selfCheck[${i}].choices[${j}].why`, choice.why, s.raw);
      });
    });
  }

  // Corrections: each names real sections and is no older than the story.
  for (const c of input.corrections ?? []) {
    for (const slug of c.data.sections) {
      if (!seenSlug.has(slug)) report(c.file, `${c.id}.sections`, `"${slug}" is not a section slug${didYouMean(slug, seenSlug.keys())}`);
    }
    if (input.published && c.data.date < input.published) {
      report(c.file, `${c.id}.date`, `${c.data.date} is before the story was published (${input.published} in site.yaml)`);
    }
  }

  // Glossary: sources and related terms exist.
  for (const g of input.glossary ?? []) {
    if (g.data.source && !sources.has(g.data.source)) {
      report(g.file, `${g.id}.source`, `source "${g.data.source}" is not in sources.yaml${didYouMean(g.data.source, sources.keys())}`);
    }
    for (const see of g.data.see) {
      if (!glossary.has(see)) report(g.file, `${g.id}.see`, `"${see}" is not a glossary term${didYouMean(see, glossary.keys())}`);
    }
    checkTokens(g.file, `${g.id}.definition`, g.data.definition);
    checkFieldFigures(g.file, `${g.id}.definition`, g.data.definition);
    checkFieldFigures(g.file, `${g.id}.term`, g.data.term);
  }

  // MDX bodies.
  const sceneUsedAt = new Map<string, string>();
  const termMarkedAt = new Map<string, string>();
  const checkBody = (file: string, body: string, lineOffset: number, allowed: readonly string[], isStory: boolean): MdxScan | undefined => {
    let scan: MdxScan;
    try {
      scan = scanMdx(body, lineOffset);
    } catch (e) {
      report(file, 'body', `MDX could not be parsed: ${(e as Error).message}`);
      return undefined;
    }
    const at = (u: JsxUse, field: string, message: string) => report(file, `<${u.name}> ${field}`, message, u.line);
    const need = (u: JsxUse, attr: string, what: string): string | undefined => {
      const v = u.attrs.strings[attr]?.trim();
      if (!v) at(u, attr, `is missing: ${what}`);
      return v || undefined;
    };

    for (const u of scan.uses) {
      if (/^[a-z]/.test(u.name)) continue; // plain HTML such as <a> or <abbr>
      if (!allowed.includes(u.name)) {
        at(u, 'name', `is not a component this file can use (use ${allowed.join(', ')})`);
        continue;
      }
      for (const e of u.attrs.expressions) at(u, e, 'must be a plain "string", not an {expression}');
      // The generic contract, from the table in src/vocab/components.ts.
      const contract: ComponentContract = MDX_COMPONENTS[u.name as ComponentName];
      const values: Partial<Record<string, string>> = {};
      for (const [name, a] of Object.entries(contract.attrs)) {
        const v = a.required ? need(u, name, a.what) : u.attrs.strings[name];
        if (v === undefined) continue;
        values[name] = v;
        const known = KNOWN[a.kind];
        if (known && !known.has(v)) at(u, name, `"${v}" ${known.not}${didYouMean(v, known.ids())}`);
        if (a.kind === 'text') checkTokens(file, `<${u.name}> ${name}`, v, u.line);
      }
      // What the table cannot say: a term is marked once, a scene drawn once.
      if (u.name === 'Term' && isStory && values.id && glossary.has(values.id)) {
        const prev = termMarkedAt.get(values.id);
        if (prev) at(u, 'id', `"${values.id}" is already marked at ${prev}; mark only a term's first use`);
        else termMarkedAt.set(values.id, `${file}:${u.line}`);
      }
      if ((u.name === 'Scrolly' || u.name === 'Figure') && values.scene && Object.hasOwn(input.scenes, values.scene)) {
        const prev = sceneUsedAt.get(values.scene);
        if (prev) at(u, 'scene', `"${values.scene}" is already drawn at ${prev}; each scene appears once`);
        else sceneUsedAt.set(values.scene, `${file}:${u.line}`);
      }
    }

    // A <Cite> right after a <Stat> from the same source would print the footnote twice.
    const ADJACENT = /<Stat\s+id="([^"]+)"[^>]*\/>[\s.,;:!?”’)]*<Cite\s+source="([^"]+)"\s*\/>/g;
    for (const m of body.matchAll(ADJACENT)) {
      if (stats.get(m[1]!)?.data.source === m[2]) {
        const line = lineOffset + body.slice(0, m.index).split('\n').length;
        report(file, '<Cite> source', `repeats the footnote of <Stat id="${m[1]}"> just before it; remove the <Cite>`, line);
      }
    }

    for (const e of scan.expressions) {
      report(file, '{expression}', 'is code, not content: write the words, a <Stat> or a component (a literal brace is written \\{)', e.line);
    }
    for (const t of scan.texts) {
      if (!t.within.some((name) => VERBATIM.has(name))) checkFigures(file, 'text', t.text, t.line);
    }
    for (const u of scan.uses) {
      for (const attr of VISIBLE_ATTRS[u.name] ?? []) {
        const text = u.attrs.strings[attr];
        if (text) checkFigures(file, `<${u.name}> ${attr}`, text, u.line);
      }
    }

    for (const step of scan.straySteps) {
      report(file, '<Step>', 'is outside a <Scrolly>; steps belong to a scene', step.line);
    }
    for (const block of scan.scrollies) {
      const scene = block.attrs.strings.scene;
      const states = scene && Object.hasOwn(input.scenes, scene) ? input.scenes[scene]!.states : undefined;
      if (block.steps.length === 0) report(file, '<Scrolly>', 'has no <Step>', block.line);
      for (const step of block.steps) {
        // A missing state is reported by the component table; here, whether the scene has it.
        const state = step.attrs.strings.state?.trim();
        if (state && states && !states.includes(state)) {
          report(file, '<Step> state', `scene "${scene}" has no state "${state}" (it has: ${states.join(', ')})`, step.line);
        }
      }
    }
    return scan;
  };

  const checked: CheckedSection[] = [];
  for (const s of input.sections) {
    const scan = checkBody(s.file, s.body, s.lineOffset, STORY_COMPONENTS, true);
    if (scan) checked.push({ ...s, scan });
  }

  // A social card shows its section's key figure to people who have not read a word:
  // never the answer to a question the story asks readers to guess first.
  const guessed = new Set(checked.flatMap((s) => s.scan.uses.filter((u) => u.name === 'GuessSlider').map((u) => u.attrs.strings.stat)));
  for (const s of input.sections) {
    if (s.data.keyStat !== undefined && guessed.has(s.data.keyStat)) {
      report(s.file, 'keyStat', `"${s.data.keyStat}" is the answer readers are asked to guess (<GuessSlider>): its social card would give it away; choose another figure`);
    }
  }

  // The teachers' guide: plans name real sections; debate evidence is a statistic or a source.
  let guideScan: MdxScan | undefined;
  const g = input.guide;
  if (g) {
    guideScan = checkBody(g.file, g.body, g.lineOffset, GUIDE_COMPONENTS, false);
    // A plan's id is its presenter deck's address (/present/?plan=<id>): one plan each.
    const planIds = new Map<string, number>();
    g.data.plans.forEach((plan, i) => {
      const first = planIds.get(plan.id);
      if (first !== undefined) report(g.file, `plans[${i}].id`, `"${plan.id}" is already the id of plans[${first}]; each plan needs its own`);
      else planIds.set(plan.id, i);
    });
    g.data.plans.forEach((plan, i) =>
      plan.steps.forEach((step, j) => {
        for (const slug of step.sections) {
          if (!seenSlug.has(slug)) report(g.file, `plans[${i}].steps[${j}].sections`, `"${slug}" is not a section slug${didYouMean(slug, seenSlug.keys())}`);
        }
      }),
    );
    g.data.debate.sides.forEach((side, i) =>
      side.points.forEach((point, j) => {
        for (const id of point.evidence) {
          if (!stats.has(id) && !sources.has(id)) {
            report(g.file, `debate.sides[${i}].points[${j}].evidence`, `"${id}" is neither a statistic nor a source${didYouMean(id, [...stats.keys(), ...sources.keys()])}`);
          }
        }
        checkTokens(g.file, `debate.sides[${i}].points[${j}].point`, point.point);
        checkFieldFigures(g.file, `debate.sides[${i}].points[${j}].point`, point.point, g.raw);
      }),
    );
    checkFieldFigures(g.file, 'title', g.data.title, g.raw);
    checkFieldFigures(g.file, 'summary', g.data.summary, g.raw);
    checkFieldFigures(g.file, 'audience.ages', g.data.audience.ages, g.raw);
    g.data.objectives.forEach((o, i) => checkFieldFigures(g.file, `objectives[${i}]`, o, g.raw));
    checkFieldFigures(g.file, 'debate.prompt', g.data.debate.prompt, g.raw);
    g.data.plans.forEach((plan, i) => {
      checkFieldFigures(g.file, `plans[${i}].title`, plan.title, g.raw);
      plan.steps.forEach((step, j) => checkFieldFigures(g.file, `plans[${i}].steps[${j}].activity`, step.activity, g.raw));
    });
  }
  // The sources-and-method page: the guide's components, checked the same way.
  let methodScan: MdxScan | undefined;
  const m = input.method;
  if (m) {
    methodScan = checkBody(m.file, m.body, m.lineOffset, GUIDE_COMPONENTS, false);
    checkTokens(m.file, 'summary', m.summary);
    checkFieldFigures(m.file, 'summary', m.summary, m.raw);
  }

  // An exception that allowed nothing is stale: the list must stay short and true.
  for (const e of exceptions) {
    if (!usedExceptions.has(e)) report(e.entry.file, `${e.entry.id}.text`, `"${e.text}" is not typed anywhere${e.file ? ` in ${e.file}` : ''} any more; remove the entry`);
  }
  return { issues, sections: checked, guideScan, methodScan };
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
