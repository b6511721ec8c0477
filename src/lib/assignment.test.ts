import { describe, expect, it } from 'vitest';
import { assignmentKey, assignmentSearch, buildAssignmentLink, parseAssignment, readFinished } from './assignment';

const SLUGS = ['a-room-with-a-view', 'the-cell', 'officers-not-guards', 'the-sentence', 'rights-kept', 'does-it-work', 'your-neighbour'];
const parse = (search: string) => parseAssignment(search, SLUGS);

describe('parseAssignment', () => {
  it('reads sections, mode and questions', () => {
    expect(parse('?assign=the-cell,does-it-work&mode=static&questions=1')).toEqual({
      present: true,
      sections: ['the-cell', 'does-it-work'],
      mode: 'static',
      showQuestions: true,
      classCode: undefined,
      ignored: [],
    });
  });

  it('works with or without the leading "?" and gives defaults for missing options', () => {
    expect(parse('assign=the-sentence')).toEqual({ present: true, sections: ['the-sentence'], mode: undefined, showQuestions: false, classCode: undefined, ignored: [] });
    expect(parse('?assign=the-sentence&mode=animated&questions=0')).toMatchObject({ mode: 'animated', showQuestions: false, ignored: [] });
  });

  it('puts sections in story order and lists each once', () => {
    const a = parse('?assign=your-neighbour,the-cell,your-neighbour,the-cell,a-room-with-a-view');
    expect(a.sections).toEqual(['a-room-with-a-view', 'the-cell', 'your-neighbour']);
    expect(a.ignored).toEqual([]);
  });

  it('ignores unknown slugs and names them', () => {
    const a = parse('?assign=nope,the-cell,the-cel');
    expect(a.sections).toEqual(['the-cell']);
    expect(a.ignored).toEqual(['nope', 'the-cel']);
  });

  it('ignores malformed values: bad characters, markup, encoded junk', () => {
    const a = parse(`?assign=${encodeURIComponent('<script>alert(1)</script>')},the-cell,${encodeURIComponent('"><img>')},the_cell,%E0%A4%A,-the-cell`);
    expect(a.sections).toEqual(['the-cell']);
    expect(a.ignored).toHaveLength(5);
    expect(a.ignored[0]).toBe('<script>alert(1)</scrip…');
    expect(a.ignored).toContain('the_cell');
    expect(a.ignored).toContain('-the-cell');
  });

  it('drops empty items silently (a stray comma is not an error)', () => {
    expect(parse('?assign=the-cell,,does-it-work,')).toMatchObject({ sections: ['the-cell', 'does-it-work'], ignored: [] });
    expect(parse('?assign=,%20,')).toMatchObject({ present: true, sections: [], ignored: [] });
  });

  it('trims spaces and accepts capitals, as a hand-typed link might have them', () => {
    expect(parse('?assign=%20The-Cell%20,+does-it-work').sections).toEqual(['the-cell', 'does-it-work']);
  });

  it('accepts repeated assign parameters, as the no-JavaScript form submits them', () => {
    const a = parse('?assign=the-cell&assign=does-it-work&assign=the-cell,rights-kept&mode=static&questions=1');
    expect(a.sections).toEqual(['the-cell', 'rights-kept', 'does-it-work']);
    expect(a).toMatchObject({ mode: 'static', showQuestions: true, ignored: [] });
  });

  it('treats an empty assign= as an assignment of nothing', () => {
    expect(parse('?assign=')).toEqual({ present: true, sections: [], mode: undefined, showQuestions: false, classCode: undefined, ignored: [] });
    expect(parse('?assign')).toMatchObject({ present: true, sections: [] });
  });

  it('without assign there is no assignment', () => {
    expect(parse('')).toEqual({ present: false, sections: [], mode: undefined, showQuestions: false, classCode: undefined, ignored: [] });
    expect(parse('?utm_source=mail&assignment=the-cell')).toMatchObject({ present: false, sections: [], ignored: [] });
    // mode still applies to anyone (the boot script reads it the same way).
    expect(parse('?mode=static')).toMatchObject({ present: false, mode: 'static' });
  });

  it('ignores unknown mode and questions values, the first value deciding', () => {
    expect(parse('?assign=the-cell&mode=fast&questions=maybe')).toMatchObject({
      mode: undefined, showQuestions: false, ignored: ['mode=fast', 'questions=maybe'],
    });
    expect(parse('?assign=the-cell&mode=static&mode=animated&mode=static')).toMatchObject({ mode: 'static', ignored: ['mode=animated'] });
    expect(parse('?assign=the-cell&questions=1&questions=true')).toMatchObject({ showQuestions: true, ignored: [] });
    expect(parse('?assign=the-cell&questions=1&questions=0')).toMatchObject({ showQuestions: true, ignored: ['questions=0'] });
  });

  it('stays small and quick with huge values', () => {
    const huge = 'x'.repeat(200_000);
    const many = Array.from({ length: 10_000 }, (_, i) => `s${i}`).join(',');
    const start = performance.now();
    const a = parse(`?assign=${huge},the-cell,${many}&mode=${huge}`);
    expect(performance.now() - start).toBeLessThan(500);
    expect(a.sections).toEqual(['the-cell']);
    expect(a.ignored.length).toBeLessThanOrEqual(5);
    expect(a.ignored.every((v) => v.length <= 24)).toBe(true);
    expect(a.ignored[0]).toBe(`${'x'.repeat(23)}…`);
  });

  it('never throws, whatever the string', () => {
    for (const s of ['?', '&&&', '?assign=%', '?assign=%%%', '?=&=', '?assign=,&mode=&questions=', '#assign=the-cell', '?assign=\u0000\uffff']) {
      expect(() => parse(s), s).not.toThrow();
    }
  });
});

describe('building a link', () => {
  it('writes sections in story order with readable commas, and only the options that are on', () => {
    expect(assignmentSearch({ sections: ['does-it-work', 'the-cell'] }, SLUGS)).toBe('?assign=the-cell,does-it-work');
    expect(assignmentSearch({ sections: ['the-cell'], mode: 'static', showQuestions: true }, SLUGS)).toBe('?assign=the-cell&mode=static&questions=1');
    expect(assignmentSearch({ sections: ['the-cell'], mode: 'animated', showQuestions: false }, SLUGS)).toBe('?assign=the-cell');
  });

  it('gives nothing when no known section is chosen', () => {
    expect(assignmentSearch({ sections: [] }, SLUGS)).toBe('');
    expect(assignmentSearch({ sections: ['nope'] }, SLUGS)).toBe('');
  });

  it('reads a class code as a student might type it, and names a bad one', () => {
    expect(parse('?assign=the-cell&class=abc-234')).toMatchObject({ classCode: 'ABC234', ignored: [] });
    expect(parse('?assign=the-cell&class=0OIL11')).toMatchObject({ classCode: undefined, ignored: ['class=0OIL11'] });
    expect(parse('?assign=the-cell&class=ABC234&class=XYZ789')).toMatchObject({ classCode: 'ABC234', ignored: ['class=XYZ789'] });
  });

  it('makes an absolute link to the site root', () => {
    expect(buildAssignmentLink('https://example.org/teach/?x=1#assign', { sections: ['the-cell'] }, SLUGS)).toBe('https://example.org/teach/?assign=the-cell');
    expect(buildAssignmentLink('http://localhost:4321/', { sections: ['the-cell', 'your-neighbour'], showQuestions: true }, SLUGS)).toBe(
      'http://localhost:4321/?assign=the-cell,your-neighbour&questions=1',
    );
  });

  it('round-trips: what is built parses back to the same choice', () => {
    const choices = [
      { sections: ['the-cell'], mode: undefined, showQuestions: false },
      { sections: ['a-room-with-a-view', 'the-sentence', 'your-neighbour'], mode: 'static' as const, showQuestions: true },
      { sections: SLUGS, mode: undefined, showQuestions: true },
      { sections: ['the-cell'], mode: undefined, showQuestions: false, classCode: 'ABC234' },
    ];
    for (const choice of choices) {
      const link = new URL(buildAssignmentLink('https://example.org/', choice, SLUGS));
      expect(parseAssignment(link.search, SLUGS)).toEqual({ present: true, classCode: undefined, ...choice, ignored: [] });
    }
  });
});

describe('finished sections on the device', () => {
  it('keys an assignment by its sections', () => {
    expect(assignmentKey(['the-cell', 'does-it-work'])).toBe('assignment:the-cell,does-it-work');
  });

  it('reads stored slugs, keeping only the assignment\'s sections, and survives damage', () => {
    const sections = ['the-cell', 'does-it-work'];
    expect([...readFinished('["the-cell","rights-kept"]', sections)]).toEqual(['the-cell']);
    expect(readFinished(null, sections).size).toBe(0);
    expect(readFinished('{oops', sections).size).toBe(0);
    expect(readFinished('{"the-cell":true}', sections).size).toBe(0);
  });
  it('shortens an ignored value by characters as seen, never inside an emoji', () => {
    const a = parseAssignment(`?assign=${encodeURIComponent('abcdefghijklmnopqrstuv👩‍👩‍👧🇳🇴xyz')}`, ['the-cell']);
    // 22 letters and the family emoji make 23 characters as seen; the flag would be the 24th.
    expect(a.ignored[0]).toBe('abcdefghijklmnopqrstuv👩‍👩‍👧…');
  });
});
