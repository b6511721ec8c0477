/**
 * The CSS cascade, worked out at build time for one element at a time, the
 * way a browser does it for the page the element is on: which rules match
 * (css-select, on the whole page, so `.embed .scene-svg` and `:has()` see
 * their context), which declaration wins (!important, cascade layers,
 * specificity, order), custom properties inherited and var() substituted,
 * inherit/initial/unset, calc() and color-mix() worked out.
 *
 * Media queries are answered for one fixed screen (MediaEnv): the light
 * palette, no reduced motion, a 1280 × 800 viewport, so a drawing baked here
 * is the one a reader sees on a laptop in light mode; dark mode and print
 * rules never apply. Container queries do not apply (nothing is sized here);
 * @supports rules do (what the site's CSS asks about, Chromium supports).
 *
 * Why not a CSS inliner such as juice: it does not know cascade layers (the
 * site's fx.css and tokens live in @layer), custom properties or inheritance.
 */
import { compile } from 'css-select';
import { parse as parseSelector, type Selector } from 'css-what';
import type { Element } from 'domhandler';
import postcss, { type AtRule, type ChildNode as CssNode, type Container } from 'postcss';
import { computeValue, splitTopLevel, substituteVars, type UnitContext } from './css-values';

export interface MediaEnv extends UnitContext {
  type: 'screen' | 'print';
  dark: boolean;
  reducedMotion: boolean;
}

/** A laptop in light mode: the screen the images show the charts as. */
export const LIGHT_SCREEN: MediaEnv = { type: 'screen', width: 1280, height: 800, dark: false, reducedMotion: false };

const EM_PX = 16;

function lengthPx(text: string): number | undefined {
  const m = /^(-?\d*\.?\d+)(px|em|rem)?$/.exec(text.trim());
  if (!m) return undefined;
  return Number(m[1]) * (m[2] === 'em' || m[2] === 'rem' ? EM_PX : 1);
}

const COMPARE: Record<string, (a: number, b: number) => boolean> = {
  '<': (a, b) => a < b, '<=': (a, b) => a <= b, '>': (a, b) => a > b, '>=': (a, b) => a >= b, '=': (a, b) => a === b,
};
const FLIP: Record<string, string> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '=': '=' };

/** One media feature, the text inside its parentheses. Unknown features do not match. */
function featureMatches(feature: string, env: MediaEnv): boolean {
  const f = feature.replace(/\s+/g, '');
  const size = (name: string) => (name === 'width' ? env.width : name === 'height' ? env.height : undefined);
  // Range syntax: width>=56em, 30em<width, 360px<=width<=700px.
  const range = /^(?:([\d.]+[a-z]*)(<=|>=|<|>|=))?(width|height)(?:(<=|>=|<|>|=)([\d.]+[a-z]*))?$/.exec(f);
  if (range && (range[1] || range[5])) {
    const v = size(range[3]!)!;
    const left = range[1] ? COMPARE[FLIP[range[2]!]!]!(v, lengthPx(range[1])!) : true;
    const right = range[5] ? COMPARE[range[4]!]!(v, lengthPx(range[5])!) : true;
    return left && right;
  }
  const [name = '', value = ''] = f.split(':');
  const minMax = /^(min|max)-(width|height)$/.exec(name);
  if (minMax) {
    const px = lengthPx(value);
    if (px === undefined) return false;
    const v = size(minMax[2]!)!;
    return minMax[1] === 'min' ? v >= px : v <= px;
  }
  switch (name) {
    case 'prefers-color-scheme': return value === (env.dark ? 'dark' : 'light');
    case 'prefers-reduced-motion': return value === (env.reducedMotion ? 'reduce' : 'no-preference');
    case 'forced-colors': return value === 'none';
    case 'prefers-contrast': return value === 'no-preference';
    case 'hover': return value === 'hover';
    case 'pointer': return value === 'fine';
    case 'orientation': return value === (env.width >= env.height ? 'landscape' : 'portrait');
    default: return false;
  }
}

/** A media condition: features joined by and / or, each maybe negated with not. */
function conditionMatches(condition: string, env: MediaEnv): boolean {
  const c = condition.trim();
  if (/^not\s*\(/.test(c)) return !conditionMatches(c.replace(/^not\s*/, ''), env);
  const ors = splitWords(c, 'or');
  if (ors.length > 1) return ors.some((p) => conditionMatches(p, env));
  const ands = splitWords(c, 'and');
  if (ands.length > 1) return ands.every((p) => conditionMatches(p, env));
  const m = /^\((.*)\)$/s.exec(c);
  if (!m) return false;
  const inner = m[1]!.trim();
  return inner.startsWith('(') || /^not\s*\(/.test(inner) ? conditionMatches(inner, env) : featureMatches(inner, env);
}

/** Splits at a keyword outside parentheses. */
function splitWords(text: string, word: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (depth === 0 && text.startsWith(` ${word} `, i) ) {
      parts.push(text.slice(start, i));
      start = i + word.length + 2;
      i = start - 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** Does a media query list (the text after @media) apply to `env`? */
export function mediaMatches(query: string, env: MediaEnv): boolean {
  return splitTopLevel(query).some((q) => {
    let s = q.trim().toLowerCase();
    let negate = false;
    if (s.startsWith('not ')) {
      negate = true;
      s = s.slice(4).trim();
    } else if (s.startsWith('only ')) s = s.slice(5).trim();
    let ok = true;
    const type = /^(all|screen|print)\b\s*/.exec(s);
    if (type) {
      ok = type[1] === 'all' || type[1] === env.type;
      s = s.slice(type[0].length).replace(/^and\s+/, '');
    }
    if (s) ok = ok && conditionMatches(s, env);
    return negate ? !ok : ok;
  });
}

export interface Declaration {
  property: string;
  value: string;
  important: boolean;
}

export interface StyleRule {
  selector: string;
  matches: (el: Element) => boolean;
  /** a·10⁶ + b·10³ + c. */
  specificity: number;
  /** Cascade layer, in order of first appearance; unlayered rules rank above every layer. */
  layer: number;
  order: number;
  /** Rules of the scene effects (selectors naming data-effect or data-fx): the animation's machinery. */
  effect: boolean;
  declarations: Declaration[];
}

export interface Registered {
  inherits: boolean;
  initial?: string;
}

export interface StyleSheet {
  rules: StyleRule[];
  /** Custom properties registered with @property. */
  registered: Map<string, Registered>;
  env: MediaEnv;
}

const UNLAYERED = 1e6;

/** Specificity of one compound-selector sequence, css-what's tokens. */
function specificityOf(tokens: Selector[]): [number, number, number] {
  let a = 0;
  let b = 0;
  let c = 0;
  for (const t of tokens) {
    if (t.type === 'attribute') {
      if (t.name === 'id' && t.action === 'equals') a++;
      else b++;
    } else if (t.type === 'pseudo') {
      if (t.name === 'where') continue;
      if (Array.isArray(t.data)) {
        // :is(), :not(), :has(): the most specific argument.
        const best = t.data.map(specificityOf).sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2]).at(-1) ?? [0, 0, 0];
        a += best[0];
        b += best[1];
        c += best[2];
      } else b++;
    } else if (t.type === 'tag' || t.type === 'pseudo-element') c++;
  }
  return [a, b, c];
}

/** State the page is never in when it is baked: nothing hovered, focused, targeted or open. */
const never = () => false;
const PSEUDOS = {
  focus: never, 'focus-visible': never, 'focus-within': never, target: never, 'popover-open': never,
  open: never, modal: never, fullscreen: never, 'user-invalid': never, 'placeholder-shown': never,
  defined: () => true,
};

/** A selector nested in `parent` (CSS nesting): & is the parent, else a descendant of it. */
function nest(selector: string, parent: string | undefined): string {
  if (!parent) return selector;
  return selector.includes('&') ? selector.replaceAll('&', `:is(${parent})`) : `:is(${parent}) ${selector}`;
}

/** Parses a stylesheet into rules ready to match, in source order. */
export function parseStyleSheet(css: string, env: MediaEnv = LIGHT_SCREEN): StyleSheet {
  const root = postcss.parse(css);
  const layers = new Map<string, number>();
  const rankOf = (name: string) => {
    if (!layers.has(name)) layers.set(name, layers.size);
    return layers.get(name)!;
  };
  const rules: StyleRule[] = [];
  const registered = new Map<string, Registered>();
  let order = 0;
  let anonymous = 0;

  const addRule = (selectorList: string, declarations: Declaration[], layer: number) => {
    if (!declarations.length) return;
    for (const raw of splitTopLevel(selectorList)) {
      const selector = raw.trim();
      if (!selector) continue;
      let tokens: Selector[][];
      try {
        tokens = parseSelector(selector);
      } catch {
        continue; // a selector css-what cannot read matches nothing here
      }
      // A pseudo-element styles a generated box, never the element itself.
      if (tokens.some((seq) => seq.some((t) => t.type === 'pseudo-element'))) continue;
      let matches: (el: Element) => boolean;
      try {
        matches = compile<Element, Element>(selector, { pseudos: PSEUDOS, xmlMode: false });
      } catch {
        continue; // an unknown pseudo-class: a state the baked page is not in
      }
      const [a, b, c] = tokens.map(specificityOf).sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2]).at(-1)!;
      rules.push({
        selector, matches, specificity: a * 1e6 + b * 1e3 + c, layer, order: order++,
        effect: /\[data-(effect|fx)\b/.test(selector), declarations,
      });
    }
  };

  const declarationsOf = (container: Container): Declaration[] =>
    (container.nodes ?? []).filter((n) => n.type === 'decl').map((d) => ({ property: d.prop.startsWith('--') ? d.prop : d.prop.toLowerCase(), value: d.value.trim(), important: !!d.important }));

  const visit = (container: Container, layer: number, layerName: string, parent: string | undefined) => {
    // Declarations straight inside a conditional rule nested in a style rule belong to that style rule.
    if (parent && container.type === 'atrule') addRule(parent, declarationsOf(container), layer);
    for (const node of (container.nodes ?? []) as CssNode[]) {
      if (node.type === 'rule') {
        const selector = splitTopLevel(node.selector).map((s) => nest(s.trim(), parent)).join(', ');
        addRule(selector, declarationsOf(node), layer);
        visit(node, layer, layerName, selector);
      } else if (node.type === 'atrule') {
        const at = node as AtRule;
        const name = at.name.toLowerCase();
        if (name === 'layer') {
          const names = splitTopLevel(at.params).map((s) => s.trim()).filter(Boolean).map((n) => (layerName ? `${layerName}.${n}` : n));
          if (!at.nodes) names.forEach(rankOf); // @layer a, b, c; fixes the order
          else {
            const full = names[0] ?? `${layerName}.anonymous-${anonymous++}`;
            visit(at, rankOf(full), full, parent);
          }
        } else if (name === 'media') {
          if (mediaMatches(at.params, env)) visit(at, layer, layerName, parent);
        } else if (name === 'supports') visit(at, layer, layerName, parent);
        else if (name === 'property') {
          const decls = declarationsOf(at);
          const get = (p: string) => decls.find((d) => d.property === p)?.value;
          registered.set(at.params.trim(), { inherits: get('inherits') !== 'false', initial: get('initial-value') });
        }
        // @container, @font-face, @keyframes, @page and the rest style nothing here.
      }
    }
  };
  visit(root, UNLAYERED, '', undefined);
  return { rules, registered, env };
}

/** Properties that inherit by default (those an SVG drawing can inherit from the page or its groups). */
export const INHERITED = new Set([
  'color', 'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-linecap',
  'stroke-linejoin', 'stroke-miterlimit', 'stroke-dasharray', 'stroke-dashoffset', 'font-family', 'font-size',
  'font-weight', 'font-style', 'font-variant', 'font-variant-numeric', 'font-feature-settings', 'font-stretch',
  'letter-spacing', 'word-spacing', 'text-anchor', 'text-transform', 'dominant-baseline', 'paint-order', 'visibility',
  'clip-rule', 'marker-start', 'marker-mid', 'marker-end', 'shape-rendering', 'text-rendering', 'image-rendering',
  'direction', 'writing-mode', 'color-interpolation', 'color-interpolation-filters', 'line-height', 'font',
]);

export interface Computed {
  /** Custom properties, var() already substituted (as a browser computes them). */
  custom: Map<string, string>;
  /** Every property with a value here: declared on this element, or inherited from an ancestor that declared it. */
  values: Map<string, string>;
  /** Properties declared on this element itself (by a rule or inline). */
  declared: Set<string>;
  /** Those declared by the effect rules (StyleRule.effect). */
  fromEffect: Set<string>;
}

interface Winner {
  value: string;
  key: [number, number, number, number];
  effect: boolean;
}

const beats = (a: Winner['key'], b: Winner['key']) => {
  for (let i = 0; i < 4; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return true;
};

/** The declaration that wins for each property on `el`. */
function cascaded(sheet: StyleSheet, el: Element): Map<string, Winner> {
  const won = new Map<string, Winner>();
  for (const rule of sheet.rules) {
    if (!rule.matches(el)) continue;
    for (const d of rule.declarations) {
      // Important declarations beat normal ones, and reverse the layer order (unlayered lowest).
      const key: Winner['key'] = d.important
        ? [1, UNLAYERED - rule.layer, rule.specificity, rule.order]
        : [0, rule.layer, rule.specificity, rule.order];
      const prev = won.get(d.property);
      if (!prev || beats(key, prev.key)) won.set(d.property, { value: d.value, key, effect: rule.effect });
    }
  }
  return won;
}

/**
 * The style of `el`, given its parent's. `inline` holds declarations that
 * win over every rule, as an inline style does (the engine's --p).
 */
export function computeStyle(sheet: StyleSheet, el: Element, parent: Computed | undefined, inline: Record<string, string> = {}): Computed {
  const won = cascaded(sheet, el);
  for (const [property, value] of Object.entries(inline)) won.set(property, { value, key: [0, UNLAYERED + 1, 0, 0], effect: false });

  // Custom properties: inherited unless registered otherwise, then this element's own.
  const custom = new Map<string, string>();
  for (const [name, value] of parent?.custom ?? []) if (sheet.registered.get(name)?.inherits !== false) custom.set(name, value);
  for (const [name, reg] of sheet.registered) if (!reg.inherits && reg.initial !== undefined && !won.has(name)) custom.set(name, reg.initial);
  const own = [...won].filter(([p]) => p.startsWith('--'));
  const resolving = new Set<string>();
  const resolveCustom = (name: string): string | undefined => {
    const w = won.get(name);
    if (!w || !name.startsWith('--')) return custom.get(name);
    if (resolving.has(name)) return undefined; // a cycle: invalid, as in a browser
    resolving.add(name);
    const v = substituteVars(w.value, resolveCustom);
    resolving.delete(name);
    return v;
  };
  const ownValues = own.map(([name]) => [name, resolveCustom(name)] as const);
  for (const [name, v] of ownValues) {
    if (v === undefined || v === 'initial' || v === 'unset') custom.delete(name);
    else if (v === 'inherit') {
      const inherited = parent?.custom.get(name);
      if (inherited === undefined) custom.delete(name);
      else custom.set(name, inherited);
    } else custom.set(name, v);
  }

  const values = new Map<string, string>();
  for (const [p, v] of parent?.values ?? []) if (INHERITED.has(p)) values.set(p, v);
  const declared = new Set<string>();
  const fromEffect = new Set<string>();
  for (const [property, w] of won) {
    if (property.startsWith('--')) continue;
    let value = w.value.includes('var(') ? substituteVars(w.value, (n) => custom.get(n)) ?? 'unset' : w.value;
    const keyword = value.trim().toLowerCase();
    if (keyword === 'unset') value = INHERITED.has(property) ? 'inherit' : 'initial';
    if (value === 'initial') {
      values.delete(property);
      continue;
    }
    if (value === 'inherit') {
      const inherited = parent?.values.get(property);
      if (inherited === undefined) values.delete(property);
      else values.set(property, inherited);
    } else values.set(property, computeValue(value, sheet.env));
    declared.add(property);
    if (w.effect) fromEffect.add(property);
  }
  return { custom, values, declared, fromEffect };
}
