/**
 * CSS values resolved to what an SVG renderer without a stylesheet reads:
 * var() substituted, calc()/min()/max()/clamp() worked out, rem turned into
 * px, color-mix() mixed. Pure string functions; whatever cannot be resolved
 * is left as written, and the caller refuses it (src/server/images/cascade.ts).
 */

/** The root font size the site's rem values are relative to (browsers' default). */
export const ROOT_FONT_PX = 16;

/** Index of the `)` that closes the `(` at `open`. */
export function closingParen(value: string, open: number): number {
  let depth = 0;
  for (let i = open; i < value.length; i++) {
    const ch = value[i];
    if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  throw new Error(`unbalanced parentheses in "${value}"`);
}

/** Splits at commas outside parentheses, brackets and quotes. */
export function splitTopLevel(value: string, sep = ','): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (ch === sep && depth === 0) {
      parts.push(value.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(value.slice(start));
  return parts;
}

/**
 * Replaces every var(--name, fallback?) in `value` with the custom property's
 * value (or the fallback). Undefined when one has neither: the declaration is
 * then invalid at computed-value time, as in a browser.
 */
export function substituteVars(value: string, lookup: (name: string) => string | undefined, depth = 0): string | undefined {
  if (depth > 32) throw new Error(`var() nested too deep (a cycle?) in "${value}"`);
  let out = '';
  let from = 0;
  for (;;) {
    const m = /(?<![\w-])var\(/.exec(value.slice(from));
    if (!m) return out + value.slice(from);
    const at = from + m.index;
    const close = closingParen(value, at + 3);
    const [name = '', ...rest] = splitTopLevel(value.slice(at + 4, close));
    const fallback = rest.length ? rest.join(',').trim() : undefined;
    const own = lookup(name.trim());
    const sub = own !== undefined ? substituteVars(own, lookup, depth + 1) : fallback !== undefined ? substituteVars(fallback, lookup, depth + 1) : undefined;
    if (sub === undefined) return undefined;
    out += value.slice(from, at) + sub;
    from = close + 1;
  }
}

/** A number with its unit ('' for a plain number). */
interface Quantity {
  n: number;
  unit: string;
}

/** What relative units mean where the drawing is resolved. */
export interface UnitContext {
  /** The viewport, for vw and vh. */
  width: number;
  height: number;
}

function toQuantity(text: string, ctx: UnitContext): Quantity {
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)([a-z%]*)$/i.exec(text.trim());
  if (!m) throw new Error(`not a number: "${text}"`);
  const n = Number(m[1]);
  const unit = m[2]!.toLowerCase();
  if (unit === 'rem') return { n: n * ROOT_FONT_PX, unit: 'px' };
  if (unit === 'vw') return { n: (n * ctx.width) / 100, unit: 'px' };
  if (unit === 'vh') return { n: (n * ctx.height) / 100, unit: 'px' };
  return { n, unit };
}

/** A calc() expression: + - * / and parentheses over quantities of one unit (plain numbers mix with any). */
function evaluateExpression(expr: string, ctx: UnitContext): Quantity {
  const tokens = expr.match(/(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?[a-z%]*|[-+*/()]/gi) ?? [];
  if (tokens.join('') !== expr.replace(/\s+/g, '')) throw new Error(`cannot read "${expr}"`);
  let i = 0;
  const peek = () => tokens[i];
  const add = (a: Quantity, b: Quantity, sign: number): Quantity => {
    if (a.unit !== b.unit) throw new Error(`cannot add ${a.unit || 'a number'} and ${b.unit || 'a number'} in "${expr}"`);
    return { n: a.n + sign * b.n, unit: a.unit };
  };
  const primary = (): Quantity => {
    const t = tokens[i++];
    if (t === '(') {
      const q = sum();
      if (tokens[i++] !== ')') throw new Error(`missing ) in "${expr}"`);
      return q;
    }
    if (t === '-') {
      const q = primary();
      return { n: -q.n, unit: q.unit };
    }
    if (t === '+') return primary();
    if (t === undefined) throw new Error(`"${expr}" ends too soon`);
    return toQuantity(t, ctx);
  };
  const product = (): Quantity => {
    let q = primary();
    while (peek() === '*' || peek() === '/') {
      const op = tokens[i++];
      const r = primary();
      if (op === '*') {
        if (q.unit && r.unit) throw new Error(`cannot multiply two lengths in "${expr}"`);
        q = { n: q.n * r.n, unit: q.unit || r.unit };
      } else {
        if (r.unit) throw new Error(`cannot divide by a length in "${expr}"`);
        q = { n: q.n / r.n, unit: q.unit };
      }
    }
    return q;
  };
  const sum = (): Quantity => {
    let q = product();
    while (peek() === '+' || peek() === '-') {
      const op = tokens[i++];
      q = add(q, product(), op === '+' ? 1 : -1);
    }
    return q;
  };
  const q = sum();
  if (i !== tokens.length) throw new Error(`cannot read "${expr}"`);
  return q;
}

const formatNumber = (n: number) => String(Math.round(n * 10_000) / 10_000);
const formatQuantity = (q: Quantity) => `${formatNumber(q.n)}${q.unit}`;

/** One math function's value, or undefined when its units cannot be combined here (100% + 2px). */
function evaluateMath(name: string, args: string, ctx: UnitContext): string | undefined {
  try {
    const parts = splitTopLevel(args).map((a) => evaluateExpression(a, ctx));
    const same = (qs: Quantity[]) => {
      const unit = qs.find((q) => q.unit)?.unit ?? '';
      if (qs.some((q) => q.unit && q.unit !== unit) || qs.some((q) => !q.unit && unit && q.n !== 0)) throw new Error('mixed units');
      return unit;
    };
    if (name === 'calc') return parts.length === 1 ? formatQuantity(parts[0]!) : undefined;
    const unit = same(parts);
    const ns = parts.map((q) => q.n);
    if (name === 'min') return formatQuantity({ n: Math.min(...ns), unit });
    if (name === 'max') return formatQuantity({ n: Math.max(...ns), unit });
    if (name === 'clamp' && ns.length === 3) return formatQuantity({ n: Math.max(ns[0]!, Math.min(ns[1]!, ns[2]!)), unit });
    return undefined;
  } catch {
    return undefined;
  }
}

/** An RGBA colour, channels 0–255 and alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const NAMED: Record<string, string> = { black: '#000000', white: '#ffffff', transparent: '#00000000' };

export function parseColor(text: string): Rgba | undefined {
  const t = (NAMED[text.trim().toLowerCase()] ?? text).trim();
  let m = /^#([0-9a-f]{3,8})$/i.exec(t);
  if (m) {
    let hex = m[1]!;
    if (hex.length === 3 || hex.length === 4) hex = [...hex].map((c) => c + c).join('');
    if (hex.length !== 6 && hex.length !== 8) return undefined;
    const ch = (i: number) => parseInt(hex.slice(i, i + 2), 16);
    return { r: ch(0), g: ch(2), b: ch(4), a: hex.length === 8 ? ch(6) / 255 : 1 };
  }
  m = /^rgba?\(([^)]*)\)$/i.exec(t);
  if (m) {
    const nums = m[1]!.split(/[\s,/]+/).filter(Boolean);
    if (nums.length < 3) return undefined;
    const channel = (s: string) => (s.endsWith('%') ? (parseFloat(s) * 255) / 100 : parseFloat(s));
    const alpha = nums[3] === undefined ? 1 : nums[3].endsWith('%') ? parseFloat(nums[3]) / 100 : parseFloat(nums[3]);
    return { r: channel(nums[0]!), g: channel(nums[1]!), b: channel(nums[2]!), a: alpha };
  }
  return undefined;
}

/** A colour as an SVG renderer and an editor both read it: #rrggbb when opaque, rgba() otherwise. */
export function formatColor({ r, g, b, a }: Rgba): string {
  const c = (v: number) => Math.max(0, Math.min(255, Math.round(v)));
  if (a >= 0.9995) return `#${[r, g, b].map((v) => c(v).toString(16).padStart(2, '0')).join('')}`;
  return `rgba(${c(r)}, ${c(g)}, ${c(b)}, ${formatNumber(Math.max(0, a))})`;
}

/**
 * color-mix(in srgb, A p%, B q%), as CSS Color 5 defines it: percentages
 * normalised to 100 (a sum under 100 scales the alpha down), channels mixed
 * premultiplied by alpha.
 */
export function colorMix(args: string): string | undefined {
  const [space, ...colours] = splitTopLevel(args).map((s) => s.trim());
  if (space !== 'in srgb' || colours.length !== 2) return undefined;
  const read = (s: string) => {
    const m = /^(.*?)(?:\s+(\d+\.?\d*)%)?$/.exec(s)!;
    return { colour: parseColor(m[1]!), p: m[2] === undefined ? undefined : Number(m[2]) / 100 };
  };
  const [a, b] = colours.map(read) as [ReturnType<typeof read>, ReturnType<typeof read>];
  if (!a.colour || !b.colour) return undefined;
  let p1 = a.p ?? (b.p === undefined ? 0.5 : 1 - b.p);
  let p2 = b.p ?? 1 - p1;
  const total = p1 + p2;
  if (total <= 0) return undefined;
  const scale = Math.min(1, total);
  p1 /= total;
  p2 /= total;
  const alpha = a.colour.a * p1 + b.colour.a * p2;
  if (alpha === 0) return formatColor({ r: 0, g: 0, b: 0, a: 0 });
  const mix = (k: 'r' | 'g' | 'b') => (a.colour![k] * a.colour!.a * p1 + b.colour![k] * b.colour!.a * p2) / alpha;
  return formatColor({ r: mix('r'), g: mix('g'), b: mix('b'), a: alpha * scale });
}

const FUNCTIONS = /(?<![\w-])(calc|min|max|clamp|color-mix)\(/g;
const HAS_FUNCTION = /(?<![\w-])(calc|min|max|clamp|color-mix)\(/;

/**
 * Works out the math functions and colour mixes in a value (innermost first),
 * and turns rem, vw and vh outside them into px. What cannot be worked out
 * (a length plus a percentage) stays as written.
 */
export function computeValue(value: string, ctx: UnitContext): string {
  let out = value;
  for (let guard = 0; guard < 64; guard++) {
    const matches = [...out.matchAll(FUNCTIONS)];
    // The innermost resolvable function: the last one that contains no other.
    let done = true;
    for (let k = matches.length - 1; k >= 0; k--) {
      const m = matches[k]!;
      const open = m.index + m[1]!.length;
      const close = closingParen(out, open);
      const args = out.slice(open + 1, close);
      if (HAS_FUNCTION.test(args)) continue;
      const result = m[1] === 'color-mix' ? colorMix(args) : evaluateMath(m[1]!, args, ctx);
      if (result === undefined) continue;
      out = out.slice(0, m.index) + result + out.slice(close + 1);
      done = false;
      break;
    }
    if (done) break;
  }
  return out.replace(/(?<![\w#.-])([+-]?(?:\d+\.?\d*|\.\d+))(rem|vw|vh)\b/g, (_, n: string, unit: string) => formatQuantity(toQuantity(n + unit, ctx)));
}
