import { describe, expect, it } from 'vitest';
import { correctionSchema } from './correction';

const valid = {
  id: 'repeated-footnotes',
  date: '2026-11-28',
  kind: 'correction',
  sections: ['the-sentence'],
  what: 'Removed footnote marks that repeated a source.',
  why: 'Two identical marks suggested two sources.',
};
const problems = (entry: unknown) => {
  const r = correctionSchema.safeParse(entry);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('a corrections-log entry', () => {
  it('accepts a complete entry, and one for the whole story (no sections)', () => {
    expect(problems(valid)).toEqual([]);
    const { sections: _omitted, ...whole } = valid;
    const parsed = correctionSchema.parse({ ...whole, kind: 'update' });
    expect(parsed.sections).toEqual([]);
  });

  it('needs a full day, a known kind, and both what changed and why', () => {
    expect(problems({ ...valid, date: '2026-11' })).toEqual([expect.stringMatching(/^date: use YYYY-MM-DD/)]);
    expect(problems({ ...valid, kind: 'erratum' })).toEqual([expect.stringMatching(/^kind:/)]);
    expect(problems({ ...valid, why: undefined })).toEqual([expect.stringMatching(/^why:/)]);
    expect(problems({ ...valid, what: 'Fixed.' })).toEqual([expect.stringMatching(/^what:/)]);
  });

  it('takes slugs for sections and a slug for its permanent id', () => {
    expect(problems({ ...valid, sections: ['The Sentence'] })).toEqual([expect.stringMatching(/^sections\.0:/)]);
    expect(problems({ ...valid, id: 'Repeated footnotes' })).toEqual([expect.stringMatching(/^id:/)]);
  });

  it('refuses a misspelt field instead of ignoring it', () => {
    expect(problems({ ...valid, section: ['the-cell'] })).toEqual([expect.stringMatching(/section/)]);
  });
});
