/**
 * The engine and the stylesheet agree on which screens are too small for a
 * sticky figure: the engine shows figures complete exactly where the CSS lays
 * the page out statically, and animates exactly where the CSS makes it sticky.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CRAMPED_QUERY } from '../../src/lib/tokens';

const css = readFileSync('src/styles/scrolly.css', 'utf8');

describe('CRAMPED_QUERY', () => {
  const [, width, height] = /^\(max-width: (\d+)px\), \(max-height: (\d+)px\)$/.exec(CRAMPED_QUERY) ?? [];
  it('is a width or a height limit', () => {
    expect(width).toBeDefined();
    expect(height).toBeDefined();
  });
  it('is the query under which the stylesheet shows the static layout', () => {
    expect(css).toContain(`@media ${CRAMPED_QUERY} {`);
  });
  it('is the exact complement of the query under which figures are sticky', () => {
    expect(css).toContain(`@media (min-width: ${Number(width) + 1}px) and (min-height: ${Number(height) + 1}px) {`);
  });
});
