import { describe, expect, it } from 'vitest';
import { ALWAYS, charactersFor, visibleText } from './text-chars';

describe('visibleText', () => {
  it('keeps text and reader-facing attributes, drops markup, scripts and styles', () => {
    const html = '<p title="Tîtle">Ha&amp;lden &#248; &#xE5;</p><script>var x="ß"</script><style>a{content:"ÿ"}</style><img alt="Æ">';
    const text = visibleText(html);
    expect(text).toContain('Ha&lden ø å');
    expect(text).toContain('Tîtle');
    expect(text).toContain('Æ');
    expect(text).not.toContain('ß');
    expect(text).not.toContain('ÿ');
    expect(text).not.toContain('<');
  });
});

describe('charactersFor', () => {
  it('always keeps ASCII and the Norwegian letters', () => {
    const chars = charactersFor([]);
    for (const ch of 'AZaz09%æøåÆØÅ–’') expect(chars).toContain(ch);
    expect(chars.length).toBe(new Set(ALWAYS).size);
  });
  it('adds what the pages use, once, and no control characters', () => {
    const chars = charactersFor(['Høidal ² ü', 'Ω\n\t']);
    expect(chars).toContain('Ω');
    expect(chars).not.toContain('\n');
    expect(chars.split('Ω')).toHaveLength(2);
  });
});
