/**
 * Broken copies of the real content, one mistake each, for the tests that
 * prove bad content fails with a message naming the file and the field.
 * Each case edits one file of a fresh copy of content/.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BadCase {
  name: string;
  /** File under content/ to edit. */
  file: string;
  edit: (text: string) => string;
  /**
   * What the error must name. `at`: words of the edited file whose line the
   * error must give (file:line), for mistakes in the MDX or its front matter.
   */
  expect: { file: string; field: string; message: RegExp; at?: string };
}

function once(text: string, from: string | RegExp, to: string): string {
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit found nothing to replace: ${String(from)}`);
  return next;
}

const ROOM = 'story/01-a-room-with-a-view.mdx';

export const BAD_CASES: BadCase[] = [
  {
    name: 'unknown-statistic',
    file: ROOM,
    edit: (t) => once(t, '<Stat id="halden-opened" />', '<Stat id="halden-opend" />'),
    expect: { file: '01-a-room-with-a-view.mdx', field: '<Stat> id', message: /"halden-opend" is not a statistic id; did you mean "halden-opened"/ },
  },
  {
    name: 'statistic-without-source',
    file: 'data/statistics.yaml',
    edit: (t) => once(t, /(- id: halden-opened[\s\S]*?)\n  source: time-2010/, '$1'),
    expect: { file: 'statistics.yaml', field: 'source', message: /source|expected string/i },
  },
  {
    name: 'unknown-source',
    file: 'data/statistics.yaml',
    edit: (t) => once(t, /(- id: halden-opened[\s\S]*?)source: time-2010/, '$1source: time-2011'),
    expect: { file: 'statistics.yaml', field: 'halden-opened.source', message: /"time-2011" is not in sources\.yaml/ },
  },
  {
    name: 'duplicate-slug',
    file: 'story/02-the-cell.mdx',
    edit: (t) => once(t, 'slug: the-cell', 'slug: a-room-with-a-view'),
    expect: { file: '02-the-cell.mdx', field: 'slug', message: /"a-room-with-a-view" is already the slug of .*01-a-room-with-a-view\.mdx/ },
  },
  {
    name: 'scene-without-alt',
    file: ROOM,
    edit: (t) => once(t, / alt="A drawing of a small room[^"]*"/, ''),
    expect: { file: '01-a-room-with-a-view.mdx', field: '<Scrolly> alt', message: /is missing: a text alternative/ },
  },
  {
    name: 'step-with-unknown-state',
    file: ROOM,
    edit: (t) => once(t, '<Step state="bed">', '<Step state="sofa">'),
    expect: { file: '01-a-room-with-a-view.mdx', field: '<Step> state', message: /scene "room" has no state "sofa"/ },
  },
  {
    name: 'unknown-glossary-term',
    file: ROOM,
    edit: (t) => once(t, '<Term id="recidivism">', '<Term id="recidivsm">'),
    expect: { file: '01-a-room-with-a-view.mdx', field: '<Term> id', message: /"recidivsm" is not a glossary term; did you mean "recidivism"\?/ },
  },
  {
    name: 'self-check-two-correct',
    file: ROOM,
    edit: (t) => once(t, '      - text: An open prison with no walls\n', '      - text: An open prison with no walls\n        correct: true\n'),
    expect: { file: '01-a-room-with-a-view.mdx', field: 'selfCheck', message: /exactly one choice must have correct: true/ },
  },
  {
    name: 'unknown-key-statistic',
    file: 'story/02-the-cell.mdx',
    edit: (t) => once(t, 'keyStat: halden-cell-area', 'keyStat: halden-cell-areas'),
    expect: { file: '02-the-cell.mdx', field: 'keyStat', message: /"halden-cell-areas" is not a statistic id; did you mean "halden-cell-area"\?/ },
  },
  {
    name: 'key-statistic-is-the-guess',
    file: 'story/06-does-it-work.mdx',
    edit: (t) => once(t, 'keyStat: norway-measure-range', 'keyStat: norway-reconviction-2005'),
    expect: { file: '06-does-it-work.mdx', field: 'keyStat', message: /"norway-reconviction-2005" is the answer readers are asked to guess/ },
  },
  {
    name: 'correction-names-unknown-section',
    file: 'data/corrections.yaml',
    edit: (t) => once(t, 'sections: [the-sentence, does-it-work, your-neighbour]', 'sections: [the-sentence, does-it-wrk, your-neighbour]'),
    expect: { file: 'corrections.yaml', field: 'repeated-footnotes.sections', message: /"does-it-wrk" is not a section slug; did you mean "does-it-work"\?/ },
  },
  {
    name: 'derived-value-wrong',
    file: 'data/statistics.yaml',
    edit: (t) => once(t, /(- id: parole-at-max-term\n  value:) 14/, '$1 15'),
    expect: { file: 'statistics.yaml', field: 'parole-at-max-term.value', message: /is 15 but multiply of norway-max-term, parole-fraction gives 14/ },
  },
  {
    name: 'duplicate-order',
    file: 'story/02-the-cell.mdx',
    edit: (t) => once(t, 'order: 2', 'order: 1'),
    expect: { file: '02-the-cell.mdx', field: 'order', message: /1 is already the order of .*01-a-room-with-a-view\.mdx/ },
  },
  {
    name: 'term-marked-twice',
    file: 'story/02-the-cell.mdx',
    edit: (t) => once(t, 'The drawing shows Norway at its best.', 'The drawing shows Norway at its best, whatever its <Term id="recidivism">re-offending</Term>.'),
    expect: { file: '02-the-cell.mdx', field: '<Term> id', message: /"recidivism" is already marked at .*01-a-room-with-a-view\.mdx:\d+; mark only a term's first use/, at: '<Term id="recidivism">' },
  },
  {
    name: 'correction-before-publication',
    file: 'data/corrections.yaml',
    edit: (t) => once(t, /(- id: repeated-footnotes\n  date:) "2026-11-28"/, '$1 "2026-11-01"'),
    expect: { file: 'corrections.yaml', field: 'repeated-footnotes.date', message: /2026-11-01 is before the story was published \(2026-11-28 in site\.yaml\)/ },
  },
  {
    name: 'typed-figure-in-prose',
    file: ROOM,
    edit: (t) => once(t, 'It was built for <Stat id="halden-capacity-built" />;', 'It was built for about 250 places;'),
    expect: { file: '01-a-room-with-a-view.mdx', field: 'text', message: /"250 places" is typed by hand/, at: 'about 250 places' },
  },
  {
    name: 'typed-figure-in-question',
    file: ROOM,
    edit: (t) => once(t, 'behind a wall {{halden-wall-height}} high.', 'behind a wall six metres high.'),
    expect: { file: '01-a-room-with-a-view.mdx', field: 'selfCheck[0].choices[1].why', message: /"six metres" is typed by hand/, at: 'behind a wall six metres high' },
  },
  {
    name: 'typed-figure-in-alt-text',
    file: ROOM,
    edit: (t) => once(t, 'a grey concrete wall, {{halden-wall-height}} high.', 'a grey concrete wall, 6 m high.'),
    expect: { file: '01-a-room-with-a-view.mdx', field: '<Scrolly> alt', message: /"6 m" is typed by hand/ },
  },
  {
    name: 'expression-in-prose',
    file: ROOM,
    edit: (t) => once(t, 'It was built for <Stat id="halden-capacity-built" />;', 'It was built for {250 + 2} places;'),
    expect: { file: '01-a-room-with-a-view.mdx', field: '{expression}', message: /is code, not content/, at: '{250 + 2}' },
  },
  {
    name: 'stale-typed-figure-exception',
    file: 'data/typed-figures.yaml',
    edit: (t) => `${t}\n- id: nowhere\n  text: about 99 cells\n  reason: An exception that no text uses any more.\n`,
    expect: { file: 'typed-figures.yaml', field: 'nowhere.text', message: /"about 99 cells" is not typed anywhere any more; remove the entry/ },
  },
  {
    name: 'plan-names-unknown-section',
    file: 'teach/guide.mdx',
    edit: (t) => once(t, 'sections: [does-it-work]', 'sections: [does-it-wrk]'),
    expect: { file: 'guide.mdx', field: 'sections', message: /"does-it-wrk" is not a section slug; did you mean "does-it-work"\?/ },
  },
  {
    name: 'plan-without-id',
    file: 'teach/guide.mdx',
    edit: (t) => once(t, '  - id: numbers-behind-the-headline\n    minutes: 45', '  - minutes: 45'),
    expect: { file: 'guide.mdx', field: 'plans.0.id', message: /required|expected string/i },
  },
  {
    name: 'duplicate-plan-id',
    file: 'teach/guide.mdx',
    edit: (t) => once(t, 'id: should-we-copy-norway', 'id: numbers-behind-the-headline'),
    expect: { file: 'guide.mdx', field: 'plans[1].id', message: /"numbers-behind-the-headline" is already the id of plans\[0\]/ },
  },
];

/** Root for throwaway copies; inside the project so Astro's loaders accept the paths. */
export const TMP = 'tests/.tmp';

/** A fresh copy of content/ with the case's edit applied; returns its folder. */
export function makeBadContent(c: BadCase): string {
  const root = join(TMP, c.name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const dir = join(root, 'content');
  cpSync('content', dir, { recursive: true });
  const path = join(dir, c.file);
  writeFileSync(path, c.edit(readFileSync(path, 'utf8')));
  return dir;
}

/** The line (1-based) of the case's `expect.at` words in its edited file under `dir`. */
export function lineOfMistake(dir: string, c: BadCase): number {
  const text = readFileSync(join(dir, c.file), 'utf8');
  const at = text.indexOf(c.expect.at ?? '\u0000');
  if (at === -1) throw new Error(`${c.name}: "${c.expect.at}" is not in the edited file`);
  return text.slice(0, at).split('\n').length;
}
