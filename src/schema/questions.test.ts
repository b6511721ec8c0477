/** The teachers' kit schemas: questions (discussion, self-check) and glossary terms. */
import { describe, expect, it } from 'vitest';
import { glossarySchema } from './glossary';
import { discussionSchema, selfCheckSchema } from './questions';
import { sectionSchema } from './section';

/** The paths of a failed parse, as the build reports them (`choices.1.why`). */
const problems = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => `${i.path.join('.') || '(entry)'}: ${i.message}`);

const choice = (text: string, correct = false) => ({ text, correct, why: `Because ${text} is how it is.` });

describe('discussion questions', () => {
  it('need the question and notes for the teacher', () => {
    expect(discussionSchema.safeParse({ q: 'Should my country copy Norway?', notes: 'Ask for one reason from each side before any vote.' }).success).toBe(true);
    expect(problems(discussionSchema.safeParse({ q: 'Should my country copy Norway?' }))).toEqual([expect.stringMatching(/^notes: /)]);
  });

  it('refuse a field the guide would not show (a typo)', () => {
    const r = discussionSchema.safeParse({ q: 'Should my country copy Norway?', notes: 'Ask for one reason from each side.', note: 'x' });
    expect(problems(r).join()).toMatch(/note/);
  });
});

describe('self-check questions', () => {
  it('accept exactly one correct choice, each choice explained', () => {
    const ok = selfCheckSchema.safeParse({ q: 'What kind of prison is Halden?', choices: [choice('Open'), choice('Maximum security', true)] });
    expect(ok.success).toBe(true);
    // `correct` defaults to false, so authors mark only the right one.
    expect(ok.data!.choices[0]!.correct).toBe(false);
  });

  it('refuse no correct choice, or two', () => {
    const none = selfCheckSchema.safeParse({ q: 'What kind of prison is Halden?', choices: [choice('Open'), choice('Closed')] });
    const two = selfCheckSchema.safeParse({ q: 'What kind of prison is Halden?', choices: [choice('Open', true), choice('Closed', true)] });
    expect(problems(none)).toEqual(['choices: exactly one choice must have correct: true']);
    expect(problems(two)).toEqual(['choices: exactly one choice must have correct: true']);
  });

  it('refuse a choice without its explanation, and fewer than two choices', () => {
    const r = selfCheckSchema.safeParse({ q: 'What kind of prison is Halden?', choices: [{ text: 'Open', correct: true }] });
    expect(problems(r).join('\n')).toMatch(/choices\.0\.why/);
    expect(problems(r).join('\n')).toMatch(/^choices: /m);
  });

  it('come one to three per section', () => {
    const q = { q: 'What kind of prison is Halden?', choices: [choice('Open'), choice('Closed', true)] };
    const section = (selfCheck: unknown[]) =>
      sectionSchema.safeParse({
        slug: 'the-cell', order: 2, title: 'Two cells', kicker: 'The cell', summary: 'Halden’s cell beside an American one.', keyStat: 'halden-cell-area',
        discussion: [{ q: 'Is the comparison fair?', notes: 'Point to the scale and the caveats.' }], selfCheck,
      });
    expect(problems(section([q]))).toEqual([]);
    expect(problems(section([])).join()).toMatch(/^selfCheck/);
    expect(problems(section([q, q, q, q])).join()).toMatch(/^selfCheck/);
  });
});

describe('glossary terms', () => {
  const term = { id: 'preventive-detention', term: 'Preventive detention (forvaring)', definition: 'A sentence with a time frame that can be extended for as long as the person is judged dangerous.' };

  it('accept a term with an id, a name and a definition; related terms default to none', () => {
    const r = glossarySchema.safeParse(term);
    expect(problems(r)).toEqual([]);
    expect(r.data!.see).toEqual([]);
  });

  it('refuse an id that is not a URL fragment, and a definition too short to explain anything', () => {
    expect(problems(glossarySchema.safeParse({ ...term, id: 'Preventive detention' }))).toEqual([expect.stringMatching(/^id: /)]);
    expect(problems(glossarySchema.safeParse({ ...term, definition: 'Forvaring.' }))).toEqual([expect.stringMatching(/^definition: /)]);
  });
});
