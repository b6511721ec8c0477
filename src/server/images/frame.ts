/**
 * A chart image's frame: the site's name and the chart's title over the
 * drawing (with the step it shows, where the chart has steps), and under it
 * the source line, the licence with whom to credit, and the address of the
 * story, so an image copied anywhere still says what it is, where its
 * figures come from and on what terms it may be used. Live <text> in the
 * site's font stacks, so the SVG stays editable; lines are broken here, with
 * the widths of the fonts the PNG is drawn in. Pure: fonts come in as metrics.
 */
import { IMAGE_WIDTH } from '../../lib/image-size';
import type { BakedDrawing } from './bake';
import { escapeXmlAttr } from './dom';
import type { Face, Family } from './fonts';

export interface FrameText {
  /** The site's short name, above the title. */
  site: string;
  title: string;
  /** "Step 2 of 6: …", where the chart has steps. */
  step?: string | undefined;
  /** "Source: Statistics Norway (SSB), 2013." as the embed credits it. */
  source: string;
  /** "CC BY 4.0" */
  licence: string;
  publisher: string;
  /** The story's address for this chart (absolute). */
  url: string;
}

/** The light palette (tokens.css) and the site's font stacks, as the built CSS resolves them. */
export interface FrameStyle {
  background: string;
  ink: string;
  muted: string;
  rule: string;
  accent: string;
  /** CSS font-family lists: what an editor opening the SVG falls back through. */
  stacks: Record<Family, string>;
}

export interface Metrics {
  width(text: string, face: Face, size: number): number;
  /** Ascender and descender of the face, as a share of the size (descender negative). */
  extent(face: Face): { ascent: number; descent: number };
}

/** Side margin and the drawing's width: the drawing fills the image, as a newspaper's chart does. */
const MARGIN = 56;
const INNER = IMAGE_WIDTH - 2 * MARGIN;
const BAND = 8;
const TOP = 44;
const BOTTOM = 44;
/*
 * Type sizes. The image is usually shown at about half its width in an
 * article, where these read as the embed's own sizes (title 25 px, notes 13 px).
 */
const KICKER = { face: { family: 'Inter', weight: 600, style: 'normal' }, size: 22, leading: 1.3, tracking: 0.08 } as const;
const TITLE = { face: { family: 'Source Serif 4', weight: 600, style: 'normal' }, size: 50, leading: 1.15, tracking: 0 } as const;
const STEP = { face: { family: 'Inter', weight: 400, style: 'normal' }, size: 28, leading: 1.35, tracking: 0 } as const;
const SOURCE = { face: { family: 'Inter', weight: 500, style: 'normal' }, size: 24, leading: 1.4, tracking: 0 } as const;
const CREDIT = { face: { family: 'Inter', weight: 400, style: 'normal' }, size: 22, leading: 1.4, tracking: 0 } as const;
type TextStyle = typeof KICKER | typeof TITLE | typeof STEP | typeof SOURCE | typeof CREDIT;

/** Kerning is not measured: lines are broken a little short of the width, never past it. */
const SLACK = 0.97;

/**
 * Breaks `text` into lines of at most `width` px, between words; a word
 * longer than a line (an address) breaks after a slash or anywhere. More than
 * `maxLines` lines end with an ellipsis.
 */
export function wrapText(text: string, width: number, measure: (s: string) => number, maxLines = Infinity): string[] {
  const fits = (s: string) => measure(s) <= width * SLACK;
  const words: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (fits(word)) {
      words.push(word);
      continue;
    }
    // Too long for any line: cut after slashes where possible, else by character.
    let rest = word;
    while (!fits(rest)) {
      let cut = rest.length - 1;
      while (cut > 1 && !fits(rest.slice(0, cut))) cut--;
      const slash = rest.lastIndexOf('/', cut - 1);
      if (slash > cut / 2) cut = slash + 1;
      words.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    words.push(rest);
  }
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && fits(`${last} ${word}`)) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    let end = `${kept[maxLines - 1]}…`;
    while (!fits(end) && end.length > 1) end = `${end.slice(0, -2).trimEnd()}…`;
    kept[maxLines - 1] = end;
    return kept;
  }
  return lines;
}

const round = (n: number) => Math.round(n * 100) / 100;

interface Block {
  lines: string[];
  style: TextStyle;
  colour: string;
}

export interface FramedImage {
  svg: string;
  width: number;
  height: number;
}

/** The chart's drawing in its frame: one SVG, IMAGE_WIDTH wide, as tall as it needs. */
export function frameImage(drawing: BakedDrawing, text: FrameText, style: FrameStyle, metrics: Metrics): FramedImage {
  const measureWith = (s: TextStyle) => (line: string) => metrics.width(line, s.face, s.size) + s.tracking * s.size * [...line].length;
  const block = (t: string, s: TextStyle, colour: string, maxLines = Infinity): Block => ({ lines: wrapText(t, INNER, measureWith(s), maxLines), style: s, colour });
  const lineHeight = (s: TextStyle) => s.size * s.leading;
  const height = (b: Block) => b.lines.length * lineHeight(b.style);

  const head = [
    block(text.site.toUpperCase(), KICKER, style.accent, 1),
    block(text.title, TITLE, style.ink, 3),
    ...(text.step ? [block(text.step, STEP, style.muted, 3)] : []),
  ];
  const foot = [
    block(text.source, SOURCE, style.ink, 4),
    block(`${text.licence} · ${text.publisher} · ${text.url}`, CREDIT, style.muted, 3),
  ];
  const GAP = { kicker: 6, step: 10, drawing: 32, rule: 32, foot: 18, between: 6 };

  const parts: string[] = [];
  const font = (s: TextStyle) =>
    `font-family="${escapeXmlAttr(style.stacks[s.face.family])}" font-size="${s.size}" font-weight="${s.face.weight}"` +
    (s.tracking ? ` letter-spacing="${round(s.tracking * s.size)}"` : '');
  const draw = (b: Block, top: number) => {
    const { ascent, descent } = metrics.extent(b.style.face);
    const lh = lineHeight(b.style);
    // Each line centred in its line box, as CSS sets it.
    const baseline = (lh - (ascent - descent) * b.style.size) / 2 + ascent * b.style.size;
    b.lines.forEach((line, i) => {
      parts.push(`<text x="${MARGIN}" y="${round(top + i * lh + baseline)}" ${font(b.style)} fill="${b.colour}">${escapeXmlAttr(line)}</text>`);
    });
    return top + height(b);
  };

  let y = BAND + TOP;
  y = draw(head[0]!, y) + GAP.kicker;
  y = draw(head[1]!, y);
  if (head[2]) y = draw(head[2], y + GAP.step);
  y += GAP.drawing;

  const vb = drawing.viewBox;
  const drawingHeight = round((INNER * vb.height) / vb.width);
  const nested = drawing.svg.replace(/^<svg\b/, `<svg x="${MARGIN}" y="${round(y)}" width="${INNER}" height="${drawingHeight}" overflow="hidden"`);
  parts.push(nested);
  y += drawingHeight + GAP.rule;

  parts.push(`<path d="M${MARGIN} ${round(y)}H${IMAGE_WIDTH - MARGIN}" stroke="${style.rule}" stroke-width="2"/>`);
  y += GAP.foot;
  y = draw(foot[0]!, y) + GAP.between;
  y = draw(foot[1]!, y) + BOTTOM;
  const total = Math.ceil(y);

  const label = text.step ? `${text.title}. ${text.step}` : text.title;
  const desc = `${text.source} ${text.licence}, ${text.publisher}: ${text.url}`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_WIDTH}" height="${total}" viewBox="0 0 ${IMAGE_WIDTH} ${total}" role="img" aria-labelledby="image-title image-desc">` +
    `<title id="image-title">${escapeXmlAttr(label)}</title><desc id="image-desc">${escapeXmlAttr(desc)}</desc>` +
    `<rect width="${IMAGE_WIDTH}" height="${total}" fill="${style.background}"/>` +
    `<rect width="${IMAGE_WIDTH}" height="${BAND}" fill="${style.accent}"/>` +
    parts.join('') +
    `</svg>`;
  return { svg, width: IMAGE_WIDTH, height: total };
}
