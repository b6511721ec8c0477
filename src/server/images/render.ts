/**
 * SVG to PNG with resvg, in the site's own fonts and nothing else.
 *
 * resvg (2.6) picks a face by family, weight in steps of 100 and style, so the
 * SVG it is handed names each text's exact face instead (renderVariant: every
 * <text> and <tspan> gets the family of its face, "Inter 750", see fonts.ts),
 * and only those faces are loaded. resvg also ignores
 * vector-effect="non-scaling-stroke" (a volleyball drawn at radius 1 and
 * scaled up came out solid black), so the variant divides such a stroke's
 * width by the scale of the transforms around it. The published SVG is not changed.
 */
import { renderAsync } from '@resvg/resvg-js';
import sharp from 'sharp';
import { Text, type Element } from 'domhandler';
import { findElement, isElement, parseHtml, toXml } from './dom';
import { FAMILIES, faceFamily, weightOf, type Face, type Family } from './fonts';

/** The first family of a font-family list that the images have fonts for. */
export function familyOf(list: string): Family | undefined {
  for (const name of list.split(',').map((s) => s.trim().replace(/^["']|["']$/g, ''))) {
    const family = FAMILIES.find((f) => f.toLowerCase() === name.toLowerCase());
    if (family) return family;
  }
  return undefined;
}

const TEXT = new Set(['text', 'tspan', 'textPath']);

/** How much a transform attribute scales lengths (the square root of its determinant). */
export function scaleOf(transform: string | undefined): number {
  if (!transform) return 1;
  let det = 1;
  for (const [, fn, args] of transform.matchAll(/(\w+)\s*\(([^)]*)\)/g)) {
    const n = args!.split(/[\s,]+/).filter(Boolean).map(Number);
    if (fn === 'scale') det *= n[0]! * (n[1] ?? n[0]!);
    else if (fn === 'matrix') det *= n[0]! * n[3]! - n[1]! * n[2]!;
  }
  return Math.sqrt(Math.abs(det)) || 1;
}

export interface RenderVariant {
  svg: string;
  /** The faces its text uses. */
  faces: Face[];
  /** The text set in each face (by faceFamily), to check every character has a glyph. */
  text: Map<string, string>;
  /** Text set in a family the images have no font for (an error: it would be drawn in nothing). */
  unknown: string[];
}

/** The SVG as resvg is handed it: each text's face named as a family of its own. */
export function renderVariant(svg: string): RenderVariant {
  const doc = parseHtml(svg);
  const root = findElement(doc, (el) => el.name === 'svg');
  if (!root) throw new Error('renderVariant: no <svg>');
  const faces = new Map<string, Face>();
  const text = new Map<string, string>();
  const unknown = new Set<string>();
  const walk = (el: Element, family: string, weight: string, style: string, scale = 1, strokeWidth = '1') => {
    const f = el.attribs['font-family'] ?? family;
    const w = el.attribs['font-weight'] ?? weight;
    const s = el.attribs['font-style'] ?? style;
    const k = scale * scaleOf(el.attribs.transform);
    const sw = el.attribs['stroke-width'] ?? strokeWidth;
    if (el.attribs['vector-effect'] === 'non-scaling-stroke') {
      el.attribs['stroke-width'] = String(Math.round((parseFloat(sw) / k) * 10_000) / 10_000);
      delete el.attribs['vector-effect'];
    }
    if (TEXT.has(el.name) && el.children.some((c) => c instanceof Text && c.data.trim())) {
      const fam = familyOf(f);
      if (!fam) unknown.add(f);
      else {
        const face: Face = { family: fam, weight: weightOf(w), style: s === 'italic' || s === 'oblique' ? 'italic' : 'normal' };
        faces.set(faceFamily(face), face);
        const own = el.children.filter((c): c is Text => c instanceof Text).map((c) => c.data).join('');
        text.set(faceFamily(face), (text.get(faceFamily(face)) ?? '') + own);
        el.attribs['font-family'] = faceFamily(face);
        el.attribs['font-weight'] = 'normal';
        el.attribs['font-style'] = 'normal';
      }
    } else if (TEXT.has(el.name)) {
      // A text that only holds tspans: its children carry their own faces; keep it drawable.
      const fam = familyOf(f);
      if (fam) {
        el.attribs['font-weight'] = 'normal';
        el.attribs['font-style'] = 'normal';
      }
    }
    for (const c of el.children) if (isElement(c)) walk(c, f, w, s, k, sw);
  };
  walk(root, 'Inter', 'normal', 'normal');
  return { svg: toXml(root), faces: [...faces.values()], text, unknown: [...unknown] };
}

/** The SVG drawn `width` px wide, its height in proportion; off the main thread, so several draw at once. */
export async function renderPng(svg: string, width: number, fontFiles: string[]): Promise<Buffer> {
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: width },
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: '' },
    logLevel: 'error',
  });
  return image.asPng();
}

/**
 * A PNG re-encoded as lossless WebP: the same pixels in about 30% of the bytes
 * for these flat drawings (the handout's 15 stills, 900 → 290 KB), which the
 * handout's print button asks for all at once, just after first paint
 * (src/client/print-button.ts).
 */
export async function losslessWebp(png: Buffer): Promise<Buffer> {
  return sharp(png).webp({ lossless: true, effort: 6 }).toBuffer();
}
