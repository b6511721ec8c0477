import { describe, expect, it } from 'vitest';
import { fontFaces } from './font-faces';

const CSS = `@layer a;
@font-face { font-family: 'Serif'; font-weight: 400 700; font-display: optional; src: url('/fonts/serif.woff2') format('woff2'); }
@font-face{font-family:Sans;font-weight:600;src:url(/fonts/sans.woff2) format("woff2")}
p { background: url('/img/x.png'); font-weight: 300; }`;

describe('fontFaces', () => {
  it('reads each rule’s file and its declared weights, a single weight as a range of one', () => {
    expect(fontFaces(CSS)).toEqual([
      { url: '/fonts/serif.woff2', weight: { min: 400, max: 700 } },
      { url: '/fonts/sans.woff2', weight: { min: 600, max: 600 } },
    ]);
  });

  it('refuses a rule that declares no weights, naming it', () => {
    expect(() => fontFaces(`@font-face { font-family: X; src: url(/x.woff2) }`)).toThrow(/font-weight.*font-family: X/);
  });
});
