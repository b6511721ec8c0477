import { describe, expect, it } from 'vitest';
import { fillParts, fillTokens, tokensIn } from './template';

describe('{{statistic}} tokens', () => {
  it('finds ids and formats', () => {
    expect(tokensIn('a {{x-1}} b {{ y | short }} c')).toEqual([
      { id: 'x-1', format: 'full' },
      { id: 'y', format: 'short' },
    ]);
  });
  it('fills tokens and leaves other braces alone', () => {
    const out = fillTokens('so {{a}} and {{b|number}} but {not} {{Bad Id}}', (id, f) => `${id}:${f}`);
    expect(out).toBe('so a:full and b:number but {not} {{Bad Id}}');
  });
  it('capitalises a value that opens the text or a sentence, and only then', () => {
    const about = () => 'about 12 m²';
    expect(fillTokens('{{a}}', about)).toBe('About 12 m²');
    expect(fillTokens('Too small. {{a}} against {{b}}.', about)).toBe('Too small. About 12 m² against about 12 m².');
    expect(fillTokens('He said “yes.” {{a}}? Is it {{a}}', about)).toBe('He said “yes.” About 12 m²? Is it about 12 m²');
    expect(fillTokens('In 2015, {{a}}', about)).toBe('In 2015, about 12 m²');
  });
});

describe('fillParts', () => {
  it('cuts the text at its tokens and keeps each value\'s id, capitalised as fillTokens does', () => {
    const parts = fillParts('{{a}} against {{b|short}}.', (id, f) => (id === 'a' ? 'about 12 m²' : `${id}:${f}`));
    expect(parts).toEqual([
      { id: 'a', format: 'full', text: 'About 12 m²' },
      { text: ' against ' },
      { id: 'b', format: 'short', text: 'b:short' },
      { text: '.' },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(fillTokens('{{a}} against {{b|short}}.', (id, f) => (id === 'a' ? 'about 12 m²' : `${id}:${f}`)));
  });
  it('gives plain text as one part', () => {
    expect(fillParts('no figures', () => '')).toEqual([{ text: 'no figures' }]);
  });
});
