import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { computeStyle, mediaMatches, parseStyleSheet, LIGHT_SCREEN, type Computed } from './cascade';
import { colorMix, computeValue, substituteVars } from './css-values';
import { findElement, parseHtml } from './dom';

/** The computed style of the element with `id`, walking down from the root as the baking does. */
function styleOf(html: string, css: string, id: string, inline: Record<string, string> = {}): Computed {
  const doc = parseHtml(html);
  const target = findElement(doc, (el) => el.attribs.id === id)!;
  const chain: Element[] = [];
  for (let el: Element | null = target; el && el.type === 'tag'; el = el.parent as Element | null) chain.unshift(el);
  const sheet = parseStyleSheet(css);
  let style: Computed | undefined;
  for (const el of chain) style = computeStyle(sheet, el, style, el === target ? inline : {});
  return style!;
}

const PAGE = '<html><body class="page"><main class="embed"><svg class="scene-svg"><g class="group"><text id="t" class="label strong">Hi</text></g></svg></main></body></html>';

describe('css values', () => {
  it('substitutes var() with fallbacks, and fails where neither exists', () => {
    const vars: Record<string, string> = { '--ink': '#111', '--alias': 'var(--ink)' };
    const lookup = (n: string) => vars[n];
    expect(substituteVars('var(--alias)', lookup)).toBe('#111');
    expect(substituteVars('1px solid var(--nope, var(--ink))', lookup)).toBe('1px solid #111');
    expect(substituteVars('var(--nope)', lookup)).toBeUndefined();
  });

  it('works out calc(), min(), max() and clamp(), and rem', () => {
    const ctx = { width: 1280, height: 800 };
    expect(computeValue('calc(.22 + .78*0)', ctx)).toBe('0.22');
    expect(computeValue('clamp(0,calc(1*100),1)', ctx)).toBe('1');
    expect(computeValue('.875rem', ctx)).toBe('14px');
    expect(computeValue('clamp(1.125rem, 1.02rem + .45vw, 1.3125rem)', ctx)).toBe('21px');
    expect(computeValue('min(0px,calc((10 - 2*3)*1px))', ctx)).toBe('0px');
    // A length plus a percentage cannot be worked out here: it stays, and the baking refuses it.
    expect(computeValue('calc(100% + 2px)', ctx)).toBe('calc(100% + 2px)');
  });

  it('mixes colours as CSS Color 5 does (premultiplied, in sRGB)', () => {
    expect(colorMix('in srgb, #ff0000 50%, #0000ff')).toBe('#800080');
    expect(colorMix('in srgb, #d3e6de 70%, transparent')).toBe('rgba(211, 230, 222, 0.7)');
    expect(colorMix('in srgb, #000000 25%, #ffffff')).toBe('#bfbfbf');
  });
});

describe('media queries, for a light laptop screen', () => {
  it('applies screen and width rules of a 1280 px screen, never dark mode or print', () => {
    expect(mediaMatches('(width>=56em)', LIGHT_SCREEN)).toBe(true);
    expect(mediaMatches('(width<=30rem)', LIGHT_SCREEN)).toBe(false);
    expect(mediaMatches('(width>=360px) and (height>=500px)', LIGHT_SCREEN)).toBe(true);
    expect(mediaMatches('(width<=359px),(height<=499px)', LIGHT_SCREEN)).toBe(false);
    expect(mediaMatches('screen and (prefers-color-scheme:dark)', LIGHT_SCREEN)).toBe(false);
    expect(mediaMatches('print', LIGHT_SCREEN)).toBe(false);
    expect(mediaMatches('screen', LIGHT_SCREEN)).toBe(true);
    expect(mediaMatches('(min-width: 40em)', LIGHT_SCREEN)).toBe(true);
    expect(mediaMatches('not print', LIGHT_SCREEN)).toBe(true);
    expect(mediaMatches('(prefers-reduced-motion:reduce)', LIGHT_SCREEN)).toBe(false);
  });
});

describe('the cascade', () => {
  it('resolves var() from the light :root, inherited down to the drawing', () => {
    const css = `
      @layer tokens { :root { --ink: #1d1f21; --muted: #565b61 } }
      @media screen and (prefers-color-scheme: dark) { :root { --ink: #e9e6df } }
      .label { fill: var(--ink); stroke: var(--missing, var(--muted)) }`;
    const s = styleOf(PAGE, css, 't');
    expect(s.values.get('fill')).toBe('#1d1f21');
    expect(s.values.get('stroke')).toBe('#565b61');
  });

  it('ranks unlayered rules over layered ones whatever their specificity, later layers over earlier', () => {
    const css = `
      @layer base, components;
      @layer components { #t { fill: red } .label { stroke: green } }
      @layer base { .label.strong { stroke: blue } }
      text { fill: black }`;
    const s = styleOf(PAGE, css, 't');
    expect(s.values.get('fill')).toBe('black');
    expect(s.values.get('stroke')).toBe('green');
  });

  it('reverses the layers for !important, and ranks by specificity, then order', () => {
    const css = `
      @layer a { .label { fill: red !important } }
      @layer b { .label { fill: blue !important } }
      .label { fill: green !important }
      .group .label { stroke: one } .label { stroke: two }
      :where(.group) .label.strong { opacity: .5 } .label { opacity: 1 }`;
    const s = styleOf(PAGE, css, 't');
    expect(s.values.get('fill')).toBe('red');
    expect(s.values.get('stroke')).toBe('one');
    expect(s.values.get('opacity')).toBe('.5');
  });

  it('inherits font properties from the page, honours inherit, and keeps a registered --p to itself', () => {
    const css = `
      @property --p { syntax: '<number>'; inherits: false; initial-value: 1 }
      body { font-size: 21px; color: #333 } .scene-svg { font-family: Inter, sans-serif; font-size: .875rem }
      .group { --p: 0; fill: #abc } .label { fill: inherit; opacity: var(--p) }`;
    const s = styleOf(PAGE, css, 't');
    expect(s.values.get('font-family')).toBe('Inter, sans-serif');
    expect(s.values.get('font-size')).toBe('14px');
    expect(s.values.get('color')).toBe('#333');
    expect(s.values.get('fill')).toBe('#abc');
    expect(s.values.get('opacity')).toBe('1');
    expect(styleOf(PAGE, css, 't', { '--p': '0.4' }).values.get('opacity')).toBe('0.4');
  });

  it('nests rules (&) and skips pseudo-elements and states the drawing is never in', () => {
    const css = `
      .embed { & .label { stroke: nested } @media (width>=56em) { & .label { stroke-width: 2px } } }
      .label::before { fill: red } .label:hover { fill: red } .label:focus-visible { fill: red }`;
    const s = styleOf(PAGE, css, 't');
    expect(s.values.get('stroke')).toBe('nested');
    expect(s.values.get('stroke-width')).toBe('2px');
    expect(s.values.has('fill')).toBe(false);
  });

  it('marks what the effect rules declare, so the baking can drop their machinery', () => {
    const css = `[data-effect='grow-x'] { clip-path: inset(0 calc((1 - var(--p)) * 100%) 0 0) } .label { stroke: red }`;
    const html = PAGE.replace('id="t"', 'id="t" data-effect="grow-x"');
    const s = styleOf(html, css, 't', { '--p': '1' });
    expect([...s.fromEffect]).toEqual(['clip-path']);
    expect(s.declared.has('stroke')).toBe(true);
  });
});
