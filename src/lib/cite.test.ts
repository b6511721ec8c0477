import { describe, expect, it } from 'vitest';
import { apa, bibKey, bibtex, chicago, mla, plain, type CiteWork } from './cite';

const story: CiteWork = {
  story: 'Norway’s prisons: the room, the rules and the numbers',
  site: 'Norway’s prisons',
  author: 'The Norway Prisons Explainer team',
  updated: '2026-11-28',
  url: 'https://norway-prisons.example/',
  key: 'norwaysprisons2026',
};
const section: CiteWork = { ...story, section: 'The cell', url: 'https://norway-prisons.example/story/the-cell/', key: 'norwaysprisons2026-the-cell' };

describe('citing the whole story', () => {
  it('APA: author, (year, Month day), italic title, URL', () => {
    const c = apa(story);
    expect(plain(c)).toBe('The Norway Prisons Explainer team. (2026, November 28). Norway’s prisons: the room, the rules and the numbers. https://norway-prisons.example/');
    expect(c.filter((p) => p.italic).map((p) => p.text)).toEqual([story.story]);
  });
  it('MLA: abbreviated month, URL without the scheme', () => {
    expect(plain(mla(story))).toBe('The Norway Prisons Explainer team. Norway’s prisons: the room, the rules and the numbers. Norway’s prisons, 28 Nov. 2026, norway-prisons.example/.');
  });
  it('Chicago: "Last modified" with the update date', () => {
    expect(plain(chicago(story))).toBe('The Norway Prisons Explainer team. Norway’s prisons: the room, the rules and the numbers. Norway’s prisons. Last modified November 28, 2026. https://norway-prisons.example/.');
  });
  it('BibTeX: an @online entry with a braced group author and the date', () => {
    const text = plain(bibtex(story));
    expect(text.split('\n')[0]).toBe('@online{norwaysprisons2026,');
    expect(text).toContain('author = {{The Norway Prisons Explainer team}}');
    expect(text).toContain('date = {2026-11-28}');
    expect(text).toContain('month = nov');
    expect(text).toContain('url = {https://norway-prisons.example/}');
    expect(text).not.toContain('maintitle');
    expect(text.trim().endsWith('}')).toBe(true);
  });
});

describe('citing one section', () => {
  it('carries the section title and the section page URL in every style', () => {
    for (const format of [apa, mla, chicago, bibtex]) {
      const text = plain(format(section));
      expect(text).toContain('The cell');
      expect(text).toContain('norway-prisons.example/story/the-cell/');
    }
  });
  it('APA: the section "In" the italic story', () => {
    expect(plain(apa(section))).toBe('The Norway Prisons Explainer team. (2026, November 28). The cell. In Norway’s prisons: the room, the rules and the numbers. https://norway-prisons.example/story/the-cell/');
  });
  it('MLA and Chicago quote the section title, with the full stop inside the quotes', () => {
    expect(plain(mla(section))).toContain('“The cell.” Norway’s prisons');
    expect(plain(chicago(section))).toContain('“The cell.” Norway’s prisons: the room, the rules and the numbers. Last modified November 28, 2026.');
  });
  it('BibTeX: the story as maintitle, and escapes TeX specials', () => {
    const text = plain(bibtex({ ...section, section: 'Costs & 100% of #1_s' }));
    expect(text).toContain('title = {Costs \\& 100\\% of \\#1\\_s}');
    expect(text).toContain('maintitle = {Norway’s prisons: the room, the rules and the numbers}');
  });
  it('does not double a title’s own question mark', () => {
    expect(plain(mla({ ...section, section: 'Does it work?' }))).toContain('“Does it work?” ');
  });
});

describe('bibKey', () => {
  it('is ASCII letters and digits, the year and the slug', () => {
    expect(bibKey('Norway’s prisons', '2026-11-28', 'the-cell')).toBe('norwaysprisons2026-the-cell');
    expect(bibKey('Norway’s prisons', '2026-11-28')).toBe('norwaysprisons2026');
  });
});
