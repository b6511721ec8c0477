import { describe, expect, it } from 'vitest';
import { fillTokens, tokensIn } from './template';

describe('{{statistic}} tokens', () => {
  it('finds ids and formats', () => {
    expect(tokensIn('a {{x-1}} b {{ y | short }} c')).toEqual([
      { id: 'x-1', format: 'full' },
      { id: 'y', format: 'short' },
    ]);
  });
  it('fills tokens and leaves other braces alone', () => {
    const out = fillTokens('{{a}} and {{b|number}} but {not} {{Bad Id}}', (id, f) => `${id}:${f}`);
    expect(out).toBe('a:full and b:number but {not} {{Bad Id}}');
  });
});
