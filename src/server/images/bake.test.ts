import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bakeDrawing, linkedStylesheets, pageTokens, readScenePage } from './bake';
import { findElement, parseHtml } from './dom';

/** The site's own effect rules: what p means for fade, dim, grow, draw. */
const FX = readFileSync('src/styles/fx.css', 'utf8');
const STATES = ['a', 'b', 'c'] as const;

const CSS = `
  @layer tokens, scenes;
  @layer tokens { :root { --ink: #1d1f21; --paper: #f7f5f0; --font-sans: 'Inter', sans-serif } }
  @media screen and (prefers-color-scheme: dark) { :root { --ink: #ffffff } }
  html { background: var(--paper) }
  .scene-svg { font-family: var(--font-sans); font-size: .875rem }
  .label { fill: var(--ink); text-transform: uppercase; font-weight: 650 }
  .bar { fill: var(--ink); stroke: color-mix(in srgb, var(--ink) 50%, #ffffff) }
  .hidden-by-css { display: none }
  ${FX}`;

const PAGE = `<!DOCTYPE html><html><head><link rel="stylesheet" href="/_astro/style.css"></head><body>
  <figure data-scene="demo"><div class="scene-box"><svg class="scene-svg" viewBox="0 0 100 50" role="img" aria-label="Demo" xmlns="http://www.w3.org/2000/svg"><title>Demo</title>
    <g class="only-a" data-fx="a:1 b:0" data-effect="fade" data-off><rect class="bar" x="0" y="0" width="10" height="10"></rect></g>
    <g class="from-b" data-fx="b:1" data-effect="grow-x"><rect class="bar" x="0" y="20" width="50" height="10"></rect></g>
    <g class="dimmed" data-fx="c:1" data-effect="dim"><path d="M0 40H100" stroke="#000"></path></g>
    <path class="line" data-fx="a:1" data-effect="draw" pathLength="1" d="M0 0L100 50"></path>
    <text class="label" x="5" y="45" data-stat="some-figure">  Hi   <tspan class="x"> there</tspan>  </text>
    <rect class="hidden-by-css" width="5" height="5"></rect>
  </svg></div></figure></body></html>`;

const bake = (state: string, css = CSS) => bakeDrawing(readScenePage('demo', PAGE, css), STATES, state);

describe('bakeDrawing', () => {
  it('shows an element with data-fx="a:1 b:0" in state a and leaves it out in b', () => {
    expect(bake('a').svg).toContain('<rect x="0" y="0" width="10" height="10"');
    expect(bake('b').svg).not.toContain('y="0" width="10"');
    expect(bake('c').svg).not.toContain('y="0" width="10"');
  });

  it('leaves out what is absent and keeps what grows, with none of the effect machinery', () => {
    const a = bake('a').svg;
    expect(a).not.toContain('y="20"'); // grows in at b
    const b = bake('b').svg;
    expect(b).toContain('<rect x="0" y="20" width="50" height="10"');
    // At p = 1 nothing of fx.css is left: no clip, no dash offset, no transform, no opacity of 1.
    for (const svg of [a, b]) expect(svg).not.toMatch(/clip-path|stroke-dashoffset|stroke-dasharray|transform|opacity="1"/);
  });

  it('dims a dim element at p = 0 to 22%, as fx.css does, and shows it whole at p = 1', () => {
    expect(bake('a').svg).toMatch(/<g opacity="0\.22"><path d="M0 40H100"/);
    expect(bake('c').svg).toMatch(/<g><path d="M0 40H100"/);
  });

  it('writes the cascade as attributes: the light palette, fonts from the page, colour mixes, no var()', () => {
    const { svg, background } = bake('a');
    expect(svg).toMatch(/^<svg viewBox="0 0 100 50" xmlns="http:\/\/www\.w3\.org\/2000\/svg" font-family="'Inter', sans-serif" font-size="14px"/);
    expect(svg).toContain('fill="#1d1f21" stroke="#8e8f90"');
    expect(svg).not.toMatch(/var\(|calc\(|data-|class=|aria-|role=|<title>/);
    expect(background).toBe('#f7f5f0');
  });

  it('does to the text what CSS would: upper case, collapsed spaces; display: none removes', () => {
    const { svg } = bake('a');
    // "  Hi   " then " there": one space between, none at the ends, as a browser lays it out.
    expect(svg).toContain('<text x="5" y="45" fill="#1d1f21" font-weight="650" xml:space="preserve">HI <tspan>THERE</tspan></text>');
    expect(svg).not.toContain('width="5" height="5"');
    // White space between elements is markup, not text.
    expect(svg).not.toMatch(/>\s+</);
  });

  it('lists the statistics the state shows', () => {
    expect([...bake('a').stats]).toEqual(['some-figure']);
  });

  it('refuses a style it cannot write as SVG, naming the element', () => {
    expect(() => bake('a', `${CSS} .label { stroke: var(--nowhere) ; fill: calc(100% + 2px) }`)).toThrow(/scene "demo", <text\.label> “Hi”: cannot bake "fill: calc\(100% \+ 2px\)"/);
  });

  it('leaves the page as it found it, so every state bakes from the same markup', () => {
    const page = readScenePage('demo', PAGE, CSS);
    const first = bakeDrawing(page, STATES, 'a').svg;
    bakeDrawing(page, STATES, 'b');
    expect(bakeDrawing(page, STATES, 'a').svg).toBe(first);
  });

  it('reads the stylesheets a page links and its root tokens', () => {
    expect(linkedStylesheets(PAGE)).toEqual(['/_astro/style.css']);
    expect(pageTokens(readScenePage('demo', PAGE, CSS)).get('--ink')).toBe('#1d1f21');
  });
});

describe('parseHtml', () => {
  it('decodes entities in text and attributes, keeps SVG names as written', () => {
    const doc = parseHtml('<div data-x="{&quot;a&quot;:1}"><svg viewBox="0 0 1 1"><clipPath id="c"></clipPath><text>a &amp; b</text></svg></div>');
    expect(findElement(doc, (e) => e.name === 'div')!.attribs['data-x']).toBe('{"a":1}');
    expect(findElement(doc, (e) => e.name === 'clipPath')).toBeDefined();
    expect(findElement(doc, (e) => e.name === 'svg')!.attribs.viewBox).toBe('0 0 1 1');
  });
});
