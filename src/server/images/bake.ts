/**
 * A scene's drawing in one state, as a standalone SVG that needs no
 * stylesheet and no script: what the browser shows at that step, with every
 * style the page's CSS gives it written onto the elements.
 *
 * The drawing is taken from the built page that shows it (its embed page),
 * with the CSS that page links, so it is the same markup and the same styles
 * the reader gets. For the state asked for:
 *  1. Every element with keyframes (data-fx) gets its p for that state
 *     (src/lib/keyframes.ts, as the scroll engine computes it). An element at
 *     p = 0 is removed, unless its effect is `dim` (there it stays, at 22%);
 *     the rest get --p inline, as the engine writes it.
 *  2. The cascade is worked out for each element (cascade.ts) and written as
 *     presentation attributes. The effect rules' own declarations (fx.css:
 *     clip-paths, dash offsets, transforms that animate p) are no-ops at
 *     p = 1 and are left out; at a p between 0 and 1 the element keeps only
 *     an opacity (of p, or the dimmed opacity).
 *  3. What CSS does that SVG cannot say is done to the markup:
 *     text-transform changes the text itself; display: none removes the element.
 *  4. Classes, data-* and ARIA attributes go: nothing is left to restyle it.
 */
import { Text, type Document, type Element } from 'domhandler';
import { parseKeyframes, valueAt } from '../../lib/keyframes';
import { INHERITED, computeStyle, parseStyleSheet, type Computed, type MediaEnv, type StyleSheet } from './cascade';
export { parseStyleSheet };
import { parseColor } from './css-values';
import { elementsOf, findElement, hasClass, isElement, parseHtml, removeNode, replaceNode, toXml } from './dom';

/**
 * What an SVG renderer reads from CSS, as presentation attributes. Those
 * marked `style` are not presentation attributes in SVG 1.1 and go in a style
 * attribute (browsers and editors honour them; resvg reads them too).
 */
const SVG_PROPERTIES: Record<string, 'attr' | 'style'> = {
  fill: 'attr', 'fill-opacity': 'attr', 'fill-rule': 'attr', stroke: 'attr', 'stroke-width': 'attr',
  'stroke-opacity': 'attr', 'stroke-linecap': 'attr', 'stroke-linejoin': 'attr', 'stroke-miterlimit': 'attr',
  'stroke-dasharray': 'attr', 'stroke-dashoffset': 'attr', opacity: 'attr', visibility: 'attr', color: 'attr',
  'font-family': 'attr', 'font-size': 'attr', 'font-weight': 'attr', 'font-style': 'attr', 'font-variant': 'attr',
  'font-stretch': 'attr', 'letter-spacing': 'attr', 'word-spacing': 'attr', 'text-anchor': 'attr',
  'dominant-baseline': 'attr', 'alignment-baseline': 'attr', 'baseline-shift': 'attr', 'text-decoration': 'attr',
  'paint-order': 'attr', 'clip-rule': 'attr', 'clip-path': 'attr', mask: 'attr', filter: 'attr',
  'stop-color': 'attr', 'stop-opacity': 'attr', 'marker-start': 'attr', 'marker-mid': 'attr', 'marker-end': 'attr',
  'shape-rendering': 'attr', 'text-rendering': 'attr', 'image-rendering': 'attr', 'mix-blend-mode': 'attr',
  isolation: 'attr', 'vector-effect': 'attr', direction: 'attr', 'writing-mode': 'attr',
  'font-variant-numeric': 'style', 'font-feature-settings': 'style',
};

/** Values of these are references or keywords that need no resolving. */
const UNRESOLVED = /\b(var|calc|min|max|clamp|color-mix|env|attr)\(/;

/** A scene's embed page, parsed once, ready to be baked in any state. */
export interface ScenePage {
  scene: string;
  doc: Document;
  svg: Element;
  sheet: StyleSheet;
}

/** Finds the drawing (<svg class="scene-svg">) on a built page and parses the page's CSS. */
export function readScenePage(scene: string, html: string, css: string | StyleSheet, env?: MediaEnv): ScenePage {
  const doc = parseHtml(html);
  const figure = findElement(doc, (el) => el.attribs['data-scene'] === scene);
  const svg = figure && findElement(figure, (el) => el.name === 'svg' && hasClass(el, 'scene-svg'));
  if (!svg) throw new Error(`images: no <svg class="scene-svg"> in the figure of scene "${scene}"`);
  return { scene, doc, svg, sheet: typeof css === 'string' ? parseStyleSheet(css, env) : css };
}

/** The stylesheets a built page links, in order (their addresses, as written). */
export function linkedStylesheets(html: string): string[] {
  const doc = parseHtml(html);
  const links: string[] = [];
  const walk = (el: Element) => {
    if (el.name === 'link' && (el.attribs.rel ?? '').split(/\s+/).includes('stylesheet') && el.attribs.href) links.push(el.attribs.href);
    for (const c of el.children) if (isElement(c)) walk(c);
  };
  for (const c of doc.children) if (isElement(c)) walk(c);
  return links;
}

export interface BakedDrawing {
  /** The drawing's own coordinate system. */
  viewBox: { x: number; y: number; width: number; height: number };
  /** The drawing as one <svg> element: viewBox, styles as attributes, no width or height. */
  svg: string;
  /** The page's background behind the drawing (#rrggbb). */
  background: string;
  /** The statistics the drawing shows in this state (their data-stat ids). */
  stats: Set<string>;
}

/** The ancestors of `el`, outermost first. */
function ancestorsOf(el: Element): Element[] {
  const out: Element[] = [];
  for (let p = el.parent; p && isElement(p); p = p.parent) out.unshift(p);
  return out;
}

function describe(el: Element): string {
  const cls = el.attribs.class ? `.${el.attribs.class.split(/\s+/).filter((c) => !c.startsWith('astro-')).join('.')}` : '';
  const text = el.children.find((c): c is Text => c instanceof Text)?.data.trim();
  return `<${el.name}${cls}>${text ? ` “${text.slice(0, 30)}”` : ''}`;
}

/** A CSS transform an SVG transform attribute can say (the few the scenes use), or undefined. */
function svgTransform(css: string): string | undefined {
  if (css === 'none') return '';
  const parts = [...css.matchAll(/(translate[XY]?|scale|rotate)\(([^)]*)\)/g)];
  if (!parts.length || parts.map((m) => m[0]).join(' ') !== css.trim().replace(/\s+/g, ' ')) return undefined;
  const num = (s: string) => parseFloat(s);
  return parts.map(([, fn, args]) => {
    const a = args!.split(/[\s,]+/).filter(Boolean);
    if (a.some((v) => !/^-?[\d.]+(px|deg)?$/.test(v))) throw new Error(`transform ${css}`);
    if (fn === 'translateX') return `translate(${num(a[0]!)} 0)`;
    if (fn === 'translateY') return `translate(0 ${num(a[0]!)})`;
    if (fn === 'translate') return `translate(${num(a[0]!)} ${num(a[1] ?? '0')})`;
    if (fn === 'scale') return `scale(${a.map(num).join(' ')})`;
    return `rotate(${num(a[0]!)})`;
  }).join(' ');
}

function applyTextTransform(text: string, how: string | undefined): string {
  if (how === 'uppercase') return text.toUpperCase();
  if (how === 'lowercase') return text.toLowerCase();
  if (how === 'capitalize') return text.replace(/(^|\s)(\p{L})/gu, (_, s: string, c: string) => s + c.toUpperCase());
  return text;
}

/**
 * White space in a <text> as a browser lays it out (white-space: normal):
 * runs collapse to one space across its tspans, none at either end; then
 * xml:space="preserve", so every renderer keeps exactly those spaces
 * (resvg drops a tspan's leading space otherwise: "remand· 2024").
 */
function collapseSpace(text: Element): void {
  const nodes: Text[] = [];
  const collect = (el: Element) => {
    for (const c of el.children) {
      if (c instanceof Text) nodes.push(c);
      else if (isElement(c)) collect(c);
    }
  };
  collect(text);
  let space = true;
  for (const n of nodes) {
    let out = '';
    for (const ch of n.data) {
      if (/\s/.test(ch)) {
        if (!space) out += ' ';
        space = true;
      } else {
        out += ch;
        space = false;
      }
    }
    n.data = out;
  }
  const last = [...nodes].reverse().find((n) => n.data.length);
  if (last) last.data = last.data.replace(/ $/, '');
  text.attribs['xml:space'] = 'preserve';
}

/** Elements whose text is drawn. */
const TEXT_CONTENT = new Set(['text', 'tspan', 'textPath', 'title', 'desc', 'style']);

/** Effects (data-effect) and what p = 0 means for each. */
const DIM_OPACITY = 0.22;

/**
 * The scene in `state` (one of `states`), as a standalone SVG. Throws, naming
 * the element, if a style cannot be written as SVG (an unresolved var(), a
 * CSS transform or clip SVG has no words for): a broken image is never written.
 */
export function bakeDrawing(page: ScenePage, states: readonly string[], state: string): BakedDrawing {
  const index = states.indexOf(state);
  if (index < 0) throw new Error(`images: scene "${page.scene}" has no state "${state}" (${states.join(', ')})`);
  const svg = page.svg.cloneNode(true);
  replaceNode(page.svg, svg);
  try {
    // 1. Keyframes: p for this state.
    const effects = new Map<Element, { p: number; effect: string }>();
    for (const el of elementsOf(svg)) {
      const fx = el.attribs['data-fx'];
      if (fx === undefined || !ancestorsOf(el).includes(svg) && el !== svg) continue;
      const p = valueAt(parseKeyframes(fx, states), index);
      const effect = el.attribs['data-effect'] ?? 'fade';
      if (p === 0 && effect !== 'dim') removeNode(el);
      else effects.set(el, { p, effect });
    }

    // 2. The cascade, from the document's root down.
    const computed = new Map<Element, Computed>();
    let parent: Computed | undefined;
    for (const el of ancestorsOf(svg)) {
      parent = computeStyle(page.sheet, el, parent);
      computed.set(el, parent);
    }
    const walk = (el: Element, up: Computed | undefined) => {
      const fx = effects.get(el);
      const style = computeStyle(page.sheet, el, up, fx ? { '--p': String(fx.p) } : {});
      computed.set(el, style);
      for (const c of el.children) if (isElement(c)) walk(c, style);
    };
    walk(svg, parent);

    // 3. Styles as attributes; what SVG cannot say, done to the markup.
    const shown = new Set<string>();
    const write = (el: Element) => {
      const style = computed.get(el)!;
      if (style.values.get('display') === 'none' && style.declared.has('display')) {
        removeNode(el);
        return;
      }
      const fx = effects.get(el);
      const isRoot = el === svg;
      // The root takes everything it inherits from the page; the others what is declared on them.
      const names = isRoot ? [...style.values.keys()].filter((p) => INHERITED.has(p) || style.declared.has(p)) : [...style.declared];
      const css: string[] = [];
      for (const property of names) {
        const how = SVG_PROPERTIES[property];
        if (!how && property !== 'transform') continue;
        if (style.fromEffect.has(property) && property !== 'opacity') continue; // the effect's machinery
        const value = style.values.get(property);
        if (value === undefined) {
          delete el.attribs[property];
          continue;
        }
        if (property === 'opacity' && style.fromEffect.has(property) && Number(value) >= 1) continue;
        if (property === 'visibility' && value === 'visible' && isRoot) continue;
        if (UNRESOLVED.test(value)) throw new Error(`images: scene "${page.scene}", ${describe(el)}: cannot bake "${property}: ${value}"`);
        if (property === 'transform') {
          const t = svgTransform(value);
          if (t === undefined) throw new Error(`images: scene "${page.scene}", ${describe(el)}: CSS transform "${value}" has no SVG equivalent here`);
          if (t) el.attribs.transform = t;
          else delete el.attribs.transform;
          continue;
        }
        if (property === 'clip-path' && value !== 'none' && !/^url\(/.test(value)) {
          throw new Error(`images: scene "${page.scene}", ${describe(el)}: clip-path "${value}" has no SVG equivalent here`);
        }
        if (how === 'style') css.push(`${property}:${value}`);
        else el.attribs[property] = value;
      }
      // An effect caught between 0 and 1 shows as a fade (a partial clip or dash has no static form).
      if (fx && fx.p > 0 && fx.p < 1 && !(style.declared.has('opacity') && !style.fromEffect.has('opacity'))) {
        el.attribs.opacity = String(fx.effect === 'dim' ? DIM_OPACITY + (1 - DIM_OPACITY) * fx.p : fx.p);
      }
      if (css.length) el.attribs.style = css.join(';');
      if (el.name === 'text') collapseSpace(el);
      const transform = style.values.get('text-transform');
      for (const c of [...el.children]) {
        if (!(c instanceof Text)) continue;
        // White space between elements is the markup's, not text (outside <text> nothing draws it).
        if (!TEXT_CONTENT.has(el.name) && !c.data.trim()) removeNode(c);
        else c.data = applyTextTransform(c.data, transform);
      }
      if (el.attribs['data-stat']) shown.add(el.attribs['data-stat']);
      for (const name of Object.keys(el.attribs)) {
        if (name === 'class' || name.startsWith('data-') || name.startsWith('aria-') || name === 'role' || name === 'tabindex' || name === 'focusable') {
          delete el.attribs[name];
        }
      }
      for (const c of [...el.children]) {
        if (!isElement(c)) continue;
        if (c.name === 'title' || c.name === 'desc') removeNode(c);
        else write(c);
      }
    };
    write(svg);

    for (const name of ['width', 'height', 'preserveAspectRatio']) delete svg.attribs[name];
    const vb = (svg.attribs.viewBox ?? '').split(/[\s,]+/).map(Number);
    if (vb.length !== 4 || vb.some((n) => !Number.isFinite(n))) throw new Error(`images: scene "${page.scene}" has no usable viewBox`);
    const [x, y, width, height] = vb as [number, number, number, number];
    return { viewBox: { x, y, width, height }, svg: toXml(svg), background: pageBackground(ancestorsOf(svg), computed), stats: shown };
  } finally {
    replaceNode(svg, page.svg);
  }
}

/** The background the page paints behind the drawing: the nearest ancestor's, else the root's, else white. */
function pageBackground(ancestors: Element[], computed: Map<Element, Computed>): string {
  for (const el of [...ancestors].reverse()) {
    const style = computed.get(el);
    for (const property of ['background-color', 'background']) {
      const v = style?.declared.has(property) ? style.values.get(property) : undefined;
      const colour = v && parseColor(v);
      if (colour && colour.a > 0) return v!;
    }
  }
  return '#ffffff';
}

/** The custom properties of the page's root element (the light palette, the font stacks), resolved. */
export function pageTokens(page: ScenePage): Map<string, string> {
  const html = findElement(page.doc, (el) => el.name === 'html');
  if (!html) throw new Error(`images: the page of scene "${page.scene}" has no <html>`);
  return computeStyle(page.sheet, html, undefined).custom;
}
