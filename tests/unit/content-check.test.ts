/**
 * The content contract: the real content passes every check, and each kind of
 * broken content is reported with the file and the field to fix.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bodyLineOffset, checkContent, formatIssues, type ContentIssue } from '../../src/lib/content-check';
import { SCENES } from '../../src/scenes/registry';
import { SCENE_CARDS } from '../../src/scenes/stats';

/** The scenes as src/server/story.ts passes them: states, twist and card state. */
const scenes = Object.fromEntries(Object.entries(SCENES).map(([name, s]) => [name, { ...s, card: SCENE_CARDS[name as keyof typeof SCENES] }]));
import { BAD_CASES, lineOfMistake, makeBadContent } from '../helpers/bad-content';
import { readContent } from '../helpers/read-content';

/** The file's text and the lines before its body, as src/server/story.ts passes them. */
function located(filePath: string, body: string) {
  const raw = readFileSync(filePath, 'utf8');
  return { raw, lineOffset: bodyLineOffset(raw, body) };
}

function allIssues(dir: string): ContentIssue[] {
  const c = readContent(dir);
  const { issues } = checkContent({
    sections: c.story.map((s) => ({ file: s.filePath, data: s.data, body: s.body!, ...located(s.filePath, s.body!) })),
    statistics: c.statistics.map((s) => ({ id: s.id, file: s.filePath, data: s.data })),
    sources: c.sources.map((s) => ({ id: s.id, file: s.filePath, data: s.data })),
    glossary: c.glossary.map((g) => ({ id: g.id, file: g.filePath, data: g.data })),
    guide: c.teach[0] && { file: c.teach[0].filePath, data: c.teach[0].data, body: c.teach[0].body!, ...located(c.teach[0].filePath, c.teach[0].body!) },
    corrections: c.corrections.map((e) => ({ id: e.id, file: e.filePath, data: e.data })),
    published: c.site[0]?.data.published,
    method: c.method[0] && { file: c.method[0].filePath, summary: c.method[0].data.summary, body: c.method[0].body!, ...located(c.method[0].filePath, c.method[0].body!) },
    typedFigures: c.typedFigures.map((e) => ({ id: e.id, file: e.filePath, data: e.data })),
    scenes,
  });
  return [...c.schemaIssues, ...issues];
}

describe('the real content', () => {
  it('passes the schemas and every cross-check', () => {
    expect(formatIssues(allIssues('content'))).toBe('');
  });

  it('has the seven permanent slugs, in order', () => {
    const slugs = readContent('content').story.sort((a, b) => a.data.order - b.data.order).map((s) => s.data.slug);
    expect(slugs).toEqual([
      'a-room-with-a-view', 'the-cell', 'officers-not-guards', 'the-sentence', 'rights-kept', 'does-it-work', 'your-neighbour',
    ]);
  });
});

describe('broken content is reported with its file and field', () => {
  for (const c of BAD_CASES) {
    it(c.name, () => {
      const dir = makeBadContent(c);
      const issues = allIssues(dir);
      const match = issues.find((i) => i.file.endsWith(c.expect.file) && i.field.includes(c.expect.field));
      expect(match, formatIssues(issues)).toBeDefined();
      expect(match!.message).toMatch(c.expect.message);
      if (c.expect.at) expect(match!.line, 'the line of the mistake in the file').toBe(lineOfMistake(dir, c));
    });
  }

  it('reports the line of a broken step in the file, not in the MDX body', () => {
    const dir = makeBadContent(BAD_CASES.find((c) => c.name === 'step-with-unknown-state')!);
    const c = readContent(dir);
    const room = c.story.find((s) => s.data.slug === 'a-room-with-a-view')!;
    const text = readFileSync(room.filePath, 'utf8');
    const { issues } = checkContent({
      sections: [{ file: room.filePath, data: room.data, body: room.body!, lineOffset: bodyLineOffset(text, room.body!) }],
      statistics: c.statistics.map((s) => ({ id: s.id, file: s.filePath, data: s.data })),
      sources: c.sources.map((s) => ({ id: s.id, file: s.filePath, data: s.data })),
      scenes,
    });
    const expected = text.split('\n').findIndex((l) => l.includes('<Step state="sofa">')) + 1;
    expect(issues.map((i) => i.line)).toContain(expected);
  });
});

describe('cross-checks on small inputs', () => {
  const base = {
    statistics: [{ id: 'n', file: 's.yaml', data: { source: 'src' } as never }],
    sources: [{ id: 'src', file: 'src.yaml', data: {} as never }],
    scenes: { demo: { states: ['a', 'b'] } },
  };
  const section = (body: string) => ({
    file: 'x.mdx',
    data: { slug: 'x', order: 1, title: 'Title', kicker: 'Kick', summary: 'A summary of twenty chars.', keyStat: 'n', discussion: [], selfCheck: [] },
    body,
    lineOffset: 0,
  });

  it('rejects steps outside a scrolly, unknown components and {expressions}', () => {
    const { issues } = checkContent({
      ...base,
      sections: [section('<Step state="a">x</Step>\n\n<Widget />\n\n<Stat id={"x"} />')],
    });
    const text = formatIssues(issues);
    expect(text).toMatch(/<Step>: is outside a <Scrolly>/);
    expect(text).toMatch(/<Widget> name: is not a component this file can use/);
    expect(text).toMatch(/<Stat> id: must be a plain "string"/);
  });

  it('holds every component to its contract in src/vocab/components.ts', () => {
    const input = {
      ...base,
      statistics: [{ id: 'n', file: 's.yaml', data: { source: 'src' } as never }],
      sections: [section('<GuessSlider stat="n" label="Guess?" />\n\n<GuessResult stat="m" />\n\n<Aside label="x">Text</Aside>')],
    };
    const text = formatIssues(checkContent(input).issues);
    expect(text).toMatch(/<GuessSlider> scene: is missing: the scene that shows the guess/);
    expect(text).toMatch(/<GuessResult> stat: "m" is not a statistic id/);
    expect(text).not.toMatch(/<Aside>/);
  });

  it('keeps a social card from giving a twist or a guess away', () => {
    const twist = { demo: { states: ['a', 'b', 'c'], reveal: 'b', card: 'b' } };
    expect(formatIssues(checkContent({ ...base, scenes: twist, sections: [] }).issues)).toMatch(/SCENE_CARDS\.demo: "b" is at or after the twist \("b"\)/);
    const unknown = { demo: { states: ['a', 'b'], card: 'z' } };
    expect(formatIssues(checkContent({ ...base, scenes: unknown, sections: [] }).issues)).toMatch(/SCENE_CARDS\.demo: "z" is not a state of "demo"/);
    const before = { demo: { states: ['a', 'b', 'c'], reveal: 'b', card: 'a' } };
    expect(checkContent({ ...base, scenes: before, sections: [] }).issues).toEqual([]);
    // keyStat 'n' is what the section's <GuessSlider> asks readers to guess.
    const guess = section('<GuessSlider stat="n" scene="demo" label="Guess?" />');
    expect(formatIssues(checkContent({ ...base, sections: [guess] }).issues)).toMatch(/x\.mdx {2}keyStat: "n" is the answer readers are asked to guess/);
  });

  it('rejects an unknown <Stat> format', () => {
    const input = { ...base, statistics: [{ id: 'n', file: 's.yaml', data: { source: 'src' } as never }], sections: [section('<Stat id="n" format="year" />')] };
    expect(formatIssues(checkContent(input).issues)).toMatch(/<Stat> format: "year" is not a format \(use full, short, number, when, window\)/);
  });

  it('rejects a scene drawn twice and a scrolly with no steps', () => {
    const s = '<Scrolly scene="demo" title="T" alt="A">\n\n</Scrolly>\n\n<Figure scene="demo" title="T" alt="A" />';
    const text = formatIssues(checkContent({ ...base, sections: [section(s)] }).issues);
    expect(text).toMatch(/<Scrolly>: has no <Step>/);
    expect(text).toMatch(/"demo" is already drawn at x\.mdx:1/);
  });

  it('rejects a footnote printed twice', () => {
    const input = {
      ...base,
      statistics: [{ id: 'n', file: 's.yaml', data: { source: 'src' } as never }],
      sources: [{ id: 'src', file: 'src.yaml', data: {} as never }],
      sections: [section('Text <Stat id="n" />.<Cite source="src" /> More <Stat id="n" /> and <Cite source="src" />.')],
    };
    const issues = checkContent(input).issues;
    expect(issues).toHaveLength(1);
    expect(formatIssues(issues)).toMatch(/x\.mdx:1 {2}<Cite> source: repeats the footnote of <Stat id="n">/);
  });

  it('checks {{tokens}} in alt text and front matter', () => {
    const s = section('<Scrolly scene="demo" title="T" alt="Shows {{nope}}">\n\n<Step state="a">x</Step>\n\n</Scrolly>');
    s.data.summary = 'Twenty chars or more {{also-nope}}';
    const text = formatIssues(checkContent({ ...base, sections: [s] }).issues);
    expect(text).toMatch(/<Scrolly> alt: \{\{nope\}\} is not a statistic id/);
    expect(text).toMatch(/summary: \{\{also-nope\}\} is not a statistic id/);
  });
});
