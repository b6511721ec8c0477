/**
 * Social cards: the 1200 × 630 PNG a link to the story or to one section shows
 * when it is shared. Built after the pages, with the chart images
 * (src/integrations/chart-images.ts), because a card shows its section's
 * drawing, baked from the built page and its CSS, beside the key figure; no
 * service is called. `cardTree` is pure layout (plain data in, satori's
 * element tree out); `cardSvg` lays it out (satori, text as paths, fonts read
 * from their npm packages) and puts the drawing in its box (drawingBox()), its
 * text still <text>, drawn by resvg in the site's fonts (src/server/images/).
 *
 * The card never formats a number itself: the caller passes text made by
 * formatStat()/formatWhen(), so a card reads exactly as the page does.
 */
import { STATUS_NAMES, type Status } from '../vocab/status';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD_HEIGHT, CARD_WIDTH } from '../lib/card-size';
import { formatStat, formatWhen, type Formattable } from '../lib/format';

/** What a section's card shows: its title and its key statistic. */
export interface CardStat {
  /** The value as the page writes it: formatStat(stat, 'full'), e.g. "about 12 m²". */
  value: string;
  /** The number inside `value` to set large: formatStat(stat, 'number'), e.g. "12". */
  number?: string | undefined;
  /** What the number counts, with its year or period. */
  label: string;
  /** The statistic's status in words ("partly verified"); omitted when verified. */
  status?: string | undefined;
  /** "Source: <publisher>, <year>". */
  source: string;
}

export interface CardData {
  /** The site's short name, shown on every card. */
  site: string;
  /** The small line above the title: a section's kicker, or the story's. */
  kicker: string;
  title: string;
  /** A section's key statistic; the story's card has none. */
  stat?: CardStat | undefined;
  /** Footer text on a card without a statistic (byline, date). */
  footer?: string | undefined;
  /** The licence's short name, at the end of the footer ("CC BY 4.0"). */
  licence?: string | undefined;
}

/** The fields of a statistic (content/data/statistics.yaml) that a card shows. */
export interface CardStatInput extends Formattable {
  label: string;
  status: Status;
  year?: number | undefined;
  period?: string | undefined;
}

/**
 * A statistic as its card shows it, worded as the site words it: the value
 * from formatStat, the status unless "verified", the source with the year or
 * period the figure describes.
 */
export function cardStat(stat: CardStatInput, publisher: string): CardStat {
  return {
    value: formatStat(stat, 'full'),
    number: formatStat(stat, 'number'),
    label: stat.label,
    status: stat.status === 'verified' ? undefined : STATUS_NAMES[stat.status],
    source: `Source: ${publisher}, ${formatWhen(stat)}`,
  };
}

/** A figure's credit on a card: who published it, and the year or period it describes. */
export interface Credit {
  publisher: string;
  when: string;
}

/**
 * The footer's source line for every figure a card shows (its key figure and
 * those in its drawing): each publisher once, in order, with its years.
 * "Source: Worldcrunch, 2011", "Sources: Worldcrunch, 2011; LegalClarity, 2024".
 */
export function cardSources(credits: readonly Credit[]): string {
  const by = new Map<string, string[]>();
  for (const c of credits) {
    const years = by.get(c.publisher) ?? [];
    if (!years.includes(c.when)) years.push(c.when);
    by.set(c.publisher, years);
  }
  const list = [...by].map(([publisher, years]) => [publisher, ...years].join(', ')).join('; ');
  return `${by.size > 1 ? 'Sources' : 'Source'}: ${list}`;
}

/** satori's element: plain objects, no React needed. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: CardChild | CardChild[] };
}
export type CardChild = CardNode | string;

/** 1200 × 630, from the module the pages' og:image:width/height read, so the meta and the image agree. */
export { CARD_HEIGHT, CARD_WIDTH };
/** Side margin: platforms crop a few per cent off the edges, and text needs air to read as designed. */
const MARGIN_X = 80;
/** Top and bottom margin: a touch less than the sides, since the card is wide. */
const MARGIN_Y = 56;
/** The accent band across the top: the site's Norway colour, as a quiet brand mark. */
const BAND = 12;
/** Width the text may use. */
const TEXT_WIDTH = CARD_WIDTH - 2 * MARGIN_X;
/** Kicker and footer: the size of the site's small caps labels, still legible at thumbnail size. */
const SMALL = 24;
/**
 * The statistic's label: what the number counts. Large enough that the card
 * never shows a bare number (a "20%" without what it measures is the kind of
 * figure the story warns about), and readable at 500 px wide in a feed.
 */
const LABEL = 36;
/** The key number: the card's focus, but no longer than its meaning is legible beside it. */
const NUMBER_MAX = 120;
/** Never smaller than this, or the number stops being the card's focus. */
const NUMBER_MIN = 72;
/** The words around the number ("about", "m²"): a third of its size, so the number leads. */
const NUMBER_WORDS_RATIO = 0.34;
/** Title sizes with a statistic below, and on the story's card, which has the room to itself. */
const TITLE_MAX = { section: 68, story: 96 } as const;
/** Title lines at full size: two leave a section's number its room; the story's card has three. */
const TITLE_LINES = { section: 2, story: 3 } as const;
/** Smallest title size: past this a title is a paragraph, and is cut instead… */
const TITLE_MIN = 40;
/** …at three lines, which still leave the number NUMBER_MIN. */
const TITLE_CLAMP = 3;
/** The label may take two lines; a longer one ends with an ellipsis. */
const LABEL_LINES = 2;

/** Kicker to title: the title belongs to its kicker, so less than a margin. */
const TITLE_GAP = 24;
/** Least space between the title and the statistic, however long both are. */
const STAT_GAP = 24;
/** Number to label: close, so the label reads as the number's caption. */
const LABEL_GAP = 14;
/** Above the footer's rule, and below it: the source is set apart from the statistic. */
const FOOTER_GAP = 28;
const FOOTER_PAD = 18;
/** The footer's rule, as thin as the site's rules. */
const RULE = 2;
/** Line heights: headings as the site sets them (1.15), a touch tighter at card size. */
const TITLE_LEADING = 1.12;
const LABEL_LEADING = 1.25;
/** satori's "normal" line height for Inter: the height of a one-line kicker or footer. */
const SANS_LEADING = 1.21;

/** Between the text column and the drawing. */
const COLUMN_GAP = 40;
/** The drawing's column: a little under half the card, so the figure and its meaning keep the larger share. */
const DRAWING_WIDTH = 480;
/** The footer's text: one line, or up to three where a card credits many sources (more ends with an ellipsis). */
const FOOTER_LINES = 3;
/** Room the licence takes at the footer's end. */
const LICENCE_ROOM = 180;
const footerLines = (text: string) => Math.min(FOOTER_LINES, linesFor(text, SMALL - 2, WORDS_EM, TEXT_WIDTH - LICENCE_ROOM));
const footerHeight = (lines: number) => FOOTER_GAP + RULE + FOOTER_PAD + lines * (SMALL - 2) * SANS_LEADING;

/**
 * Where a section's drawing goes: the right-hand column, from below the
 * kicker row to above the footer's rule (whose text takes `lines` lines).
 * The drawing keeps its proportions inside it, centred.
 */
export function drawingBox(lines = 1): { x: number; y: number; width: number; height: number } {
  const top = MARGIN_Y + SMALL * SANS_LEADING + TITLE_GAP;
  const bottom = CARD_HEIGHT - MARGIN_Y - footerHeight(lines);
  return { x: CARD_WIDTH - MARGIN_X - DRAWING_WIDTH, y: Math.round(top), width: DRAWING_WIDTH, height: Math.floor(bottom - top) };
}

/** How the text is set: across the card, or in the column beside a drawing. */
interface Layout {
  width: number;
  /** The statistic's label: its size and lines. */
  label: number;
  labelLines: number;
  /** The status tag on its own line under the label (a narrow column), or before it. */
  tagBelow: boolean;
}
const ACROSS: Layout = { width: TEXT_WIDTH, label: LABEL, labelLines: LABEL_LINES, tagBelow: false };
/**
 * Beside a drawing: a narrower column, so the label is set smaller and may
 * take three lines: a figure is never shown without all of its meaning.
 */
const BESIDE: Layout = { width: TEXT_WIDTH - DRAWING_WIDTH - COLUMN_GAP, label: 30, labelLines: 3, tagBelow: true };
/** The status tag's line, when it has one of its own. */
const TAG_LINE = (SMALL - 4) * SANS_LEADING + 2 * 4 + 2 * 2;
const TAG_GAP = 12;

/*
 * Average advance of a character, in em (Source Serif 4 SemiBold; Inter Bold
 * digits, which are tabular-wide; Inter Medium text). Used to estimate line
 * breaks and widths before satori lays the card out; each leans wide, so an
 * estimate errs towards a smaller size, never towards text off the card.
 */
const SERIF_EM = 0.5;
const NUMBER_EM = 0.64;
const WORDS_EM = 0.56;
const CAPS_EM = 0.75;

/** Lines `text` takes at `size` px in a `width` px box, breaking between words. */
function linesFor(text: string, size: number, em: number, width: number): number {
  const perLine = Math.max(1, Math.floor(width / (size * em)));
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/)) {
    const need = used === 0 ? word.length : used + 1 + word.length;
    if (need <= perLine || used === 0) used = need;
    else {
      lines += 1;
      used = word.length;
    }
  }
  return lines;
}

export interface TitleFit {
  size: number;
  lines: number;
  /** False when the title is too long even at TITLE_MIN, and is cut at TITLE_CLAMP lines. */
  fits: boolean;
}

/** The largest title size, in steps of 4 px, at which the title takes at most `maxLines` lines. */
export function fitTitle(title: string, max: number, maxLines: number, width = TEXT_WIDTH): TitleFit {
  for (let size = max; size >= TITLE_MIN; size -= 4) {
    const lines = linesFor(title, size, SERIF_EM, width);
    if (lines <= maxLines) return { size, lines, fits: true };
  }
  const lines = linesFor(title, TITLE_MIN, SERIF_EM, width);
  return { size: TITLE_MIN, lines: Math.min(lines, TITLE_CLAMP), fits: lines <= TITLE_CLAMP };
}

/** Splits "about 12 m²" around its number: ["about ", "12", " m²"]. */
function splitValue(value: string, number: string | undefined): [string, string, string] {
  const at = number ? value.indexOf(number) : -1;
  if (!number || at < 0) return ['', value, ''];
  return [value.slice(0, at), number, value.slice(at + number.length)];
}

/** The status tag's width, estimated: uppercase letters, padding and border. */
const tagWidth = (status: string) => status.length * (SMALL - 4) * CAPS_EM + 2 * 10 + 2 * 2 + 16;

/** Lines the label takes (beside its status tag, where the tag is not on a line of its own). */
const labelLines = (stat: CardStat, layout: Layout = ACROSS) =>
  Math.min(layout.labelLines, linesFor(stat.label, layout.label, WORDS_EM, layout.width - (stat.status && !layout.tagBelow ? tagWidth(stat.status) : 0)));

/**
 * The number's size: as large as fits its line with its words beside it, and
 * the height the title and label leave between the top of the card and the footer.
 */
export function numberSize(stat: CardStat, title: TitleFit, layout: Layout = ACROSS): number {
  const footer = footerHeight(footerLines(stat.source));
  const [before, big, after] = splitValue(stat.value, stat.number);
  const words = (before.length + after.length) * WORDS_EM * NUMBER_WORDS_RATIO;
  const byWidth = layout.width / (big.length * NUMBER_EM + words);
  const byHeight = CARD_HEIGHT - 2 * MARGIN_Y
    - SMALL * SANS_LEADING - TITLE_GAP - title.lines * title.size * TITLE_LEADING - STAT_GAP
    - LABEL_GAP - labelLines(stat, layout) * layout.label * LABEL_LEADING
    - (stat.status && layout.tagBelow ? TAG_GAP + TAG_LINE : 0)
    - footer;
  return Math.floor(Math.max(NUMBER_MIN, Math.min(NUMBER_MAX, byWidth, byHeight)));
}

/** The card's colours: the light palette of src/styles/tokens.css, so CSS stays their one source. */
export type Palette = Record<'paper' | 'ink' | 'muted' | 'rule' | 'norway' | 'us' | 'us-soft', string>;

export function paletteFrom(css: string): Palette {
  // The first :root block is the light theme; dark mode overrides it later in the file.
  const root = css.slice(css.indexOf(':root'));
  const pick = (name: keyof Palette): string => {
    const m = new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{3,8})\\s*;`).exec(root);
    if (!m?.[1]) throw new Error(`src/styles/tokens.css: no colour --${name} for the social cards`);
    return m[1];
  };
  return {
    paper: pick('paper'), ink: pick('ink'), muted: pick('muted'), rule: pick('rule'),
    norway: pick('norway'), us: pick('us'), 'us-soft': pick('us-soft'),
  };
}

let palette: Palette | undefined;
/** The site's palette, read once (from the project, wherever the built chunk runs). */
export function sitePalette(): Palette {
  palette ??= paletteFrom(readFileSync(join(process.cwd(), 'src/styles/tokens.css'), 'utf8'));
  return palette;
}
const SANS = 'Inter';
const SERIF = 'Source Serif 4';
/** Each family, then its latin-ext file under its own name: satori falls back by family, per glyph. */
const EXT = ' ext';
const sans = `${SANS}, ${SANS}${EXT}`;
const serif = `${SERIF}, ${SERIF}${EXT}`;

const el = (type: string, style: Record<string, string | number>, children?: CardChild | CardChild[]): CardNode => ({
  type,
  props: children === undefined ? { style } : { style, children },
});

/** Text that stops at `lines` lines with an ellipsis rather than running off the card. */
const clamp = (lines: number) => ({ display: 'block', lineClamp: lines });

function kickerRow(data: CardData, c: Palette): CardNode {
  const label = { fontFamily: sans, fontSize: SMALL, lineHeight: SANS_LEADING, fontWeight: 600, letterSpacing: '0.08em', textTransform: 'uppercase' };
  return el('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', gap: 32 }, [
    el('div', { ...label, color: c.norway, ...clamp(1) }, data.kicker),
    el('div', { ...label, color: c.muted, flexShrink: 0 }, data.site),
  ]);
}

function titleBlock(title: string, fit: TitleFit, c: Palette, width: number): CardNode {
  return el('div', {
    fontFamily: serif, fontWeight: 600, fontSize: fit.size, lineHeight: TITLE_LEADING, letterSpacing: '-0.01em',
    color: c.ink, marginTop: TITLE_GAP, maxWidth: width,
    // Balanced lines, as the site sets its headings; a title too long for the
    // card even at the smallest size is cut with an ellipsis instead (satori
    // cannot balance and clamp at once).
    ...(fit.fits ? { textWrap: 'balance' } : clamp(TITLE_CLAMP)),
  }, title);
}

function statBlock(stat: CardStat, size: number, c: Palette, layout: Layout): CardNode {
  const [before, big, after] = splitValue(stat.value, stat.number);
  const words = Math.round(size * NUMBER_WORDS_RATIO);
  const wordStyle = { fontSize: Math.max(words, SMALL + 8), fontWeight: 600, lineHeight: 1 };
  const value = el('div', {
    display: 'flex', alignItems: 'baseline', flexWrap: 'wrap', fontFamily: sans, color: c.norway,
    fontWeight: 700, letterSpacing: '-0.02em',
  }, [
    // A word space where the text has one ("about 12"), none where it has none ("£98,000").
    ...(before ? [el('div', { ...wordStyle, marginRight: before.endsWith(' ') ? words * 0.3 : 0 }, before.trim())] : []),
    el('div', { fontSize: size, lineHeight: 1 }, big),
    ...(after ? [el('div', { ...wordStyle, marginLeft: after.startsWith(' ') ? words * 0.3 : 0 }, after.trim())] : []),
  ]);
  const tag = stat.status ? [el('div', {
    fontFamily: sans, fontSize: SMALL - 4, fontWeight: 700, letterSpacing: '0.08em', textTransform: 'uppercase',
    color: c.us, backgroundColor: c['us-soft'], border: `2px solid ${c.us}`, borderRadius: 6, padding: '4px 10px',
    flexShrink: 0,
  }, stat.status)] : [];
  const text = el('div', { fontFamily: sans, fontSize: layout.label, fontWeight: 600, lineHeight: LABEL_LEADING, color: c.ink, ...clamp(layout.labelLines) }, stat.label);
  const label = layout.tagBelow
    ? el('div', { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: TAG_GAP, marginTop: LABEL_GAP }, [text, ...tag])
    : el('div', { display: 'flex', alignItems: 'center', gap: 16, marginTop: LABEL_GAP }, [...tag, text]);
  return el('div', { display: 'flex', flexDirection: 'column', maxWidth: layout.width }, [value, label]);
}

function footerRow(text: string, licence: string | undefined, c: Palette): CardNode {
  return el('div', {
    display: 'flex', justifyContent: 'space-between', gap: 32, borderTop: `${RULE}px solid ${c.rule}`, paddingTop: FOOTER_PAD, marginTop: FOOTER_GAP,
    fontFamily: sans, fontSize: SMALL - 2, lineHeight: SANS_LEADING, fontWeight: 500, color: c.muted,
  }, [el('div', clamp(FOOTER_LINES), text), ...(licence ? [el('div', { flexShrink: 0 }, licence)] : [])]);
}

/**
 * The card as satori's element tree: kicker and site, title, then the key
 * statistic and its source. With a drawing, the title and statistic take the
 * left-hand column and drawingBox() is left empty for it.
 */
export function cardTree(data: CardData, c: Palette = sitePalette(), drawing = false): CardNode {
  const footer = data.stat?.source ?? data.footer ?? '';
  const kind = data.stat ? 'section' : 'story';
  const layout = drawing ? BESIDE : ACROSS;
  const title = fitTitle(data.title, TITLE_MAX[kind], TITLE_LINES[kind], layout.width);
  const column = [
    titleBlock(data.title, title, c, layout.width),
    // The statistic sits at the bottom, however many lines the title takes.
    el('div', { display: 'flex', flexGrow: 1, minHeight: STAT_GAP }),
    ...(data.stat ? [statBlock(data.stat, numberSize(data.stat, title, layout), c, layout)] : []),
  ];
  return el('div', {
    width: CARD_WIDTH, height: CARD_HEIGHT, boxSizing: 'border-box', display: 'flex', flexDirection: 'column',
    backgroundColor: c.paper, borderTop: `${BAND}px solid ${c.norway}`,
    padding: `${MARGIN_Y - BAND}px ${MARGIN_X}px ${MARGIN_Y}px`,
  }, [
    kickerRow(data, c),
    drawing
      ? el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, width: layout.width }, column)
      : el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1 }, column),
    ...(footer || data.licence ? [footerRow(footer, data.licence, c)] : []),
  ]);
}

/** A drawing for a card: one <svg> element with its viewBox (src/server/images/bake.ts). */
export interface CardDrawing {
  svg: string;
  viewBox: { x: number; y: number; width: number; height: number };
}

/**
 * Static fonts (satori reads .woff, not .woff2), in the weights the card uses.
 * Latin covers æ, ø, å; latin-ext follows it for names such as "Łódź", which
 * would otherwise be drawn as empty boxes.
 */
const FONT_FILES = (['latin', 'latin-ext'] as const).flatMap((subset) => [
  { name: SANS + (subset === 'latin' ? '' : EXT), weight: 500 as const, file: `@fontsource/inter/files/inter-${subset}-500-normal.woff` },
  { name: SANS + (subset === 'latin' ? '' : EXT), weight: 600 as const, file: `@fontsource/inter/files/inter-${subset}-600-normal.woff` },
  { name: SANS + (subset === 'latin' ? '' : EXT), weight: 700 as const, file: `@fontsource/inter/files/inter-${subset}-700-normal.woff` },
  { name: SERIF + (subset === 'latin' ? '' : EXT), weight: 600 as const, file: `@fontsource/source-serif-4/files/source-serif-4-${subset}-600-normal.woff` },
]);

type Font = { name: string; weight: 500 | 600 | 700; style: 'normal'; data: Buffer };
let fonts: Font[] | undefined;

/** The fonts, read once from node_modules (resolved from the project, wherever the built chunk runs). */
function loadFonts(): Font[] {
  const require = createRequire(join(process.cwd(), 'package.json'));
  fonts ??= FONT_FILES.map((f) => ({
    name: f.name, weight: f.weight, style: 'normal' as const,
    data: readFileSync(require.resolve(f.file)),
  }));
  return fonts;
}

/**
 * The card as SVG, laid out by satori. Text is drawn as paths, so the image
 * needs no font; `textAsPaths: false` keeps it as <text> elements, which the
 * tests read to see where each line landed. A drawing goes in drawingBox(),
 * whole, centred, its own text kept as text (render it with renderVariant).
 */
export async function cardSvg(data: CardData, textAsPaths = true, drawing?: CardDrawing): Promise<string> {
  const svg = await satori(cardTree(data, sitePalette(), !!drawing) as never, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: loadFonts(), embedFont: textAsPaths });
  if (!drawing) return svg;
  const { x, y, width, height } = drawingBox(footerLines(data.stat?.source ?? data.footer ?? ''));
  const nested = drawing.svg.replace(/^<svg\b/, `<svg x="${x}" y="${y}" width="${width}" height="${height}" preserveAspectRatio="xMidYMid meet" overflow="hidden"`);
  if (nested === drawing.svg || !svg.endsWith('</svg>')) throw new Error('cardSvg: the drawing or the card is not an <svg> element');
  return `${svg.slice(0, -'</svg>'.length)}${nested}</svg>`;
}

/** The card as a PNG: satori's SVG, rasterised by resvg at its own size. */
export async function renderCard(data: CardData): Promise<Buffer> {
  const svg = await cardSvg(data);
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}
