import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, cardSources, cardStat, cardSvg, cardTree, drawingBox, renderCard, type CardChild, type CardData, type CardDrawing } from './card';
import { formatStat } from '../lib/format';

/** Every string in the element tree, in reading order. */
function texts(node: CardChild): string[] {
  if (typeof node === 'string') return [node];
  const children = node.props.children;
  if (children === undefined) return [];
  return (Array.isArray(children) ? children : [children]).flatMap(texts);
}

/** The words satori set, with where it set them (text kept as <text> elements). */
interface Word { text: string; x: number; y: number; width: number; height: number; size: number }
function words(svg: string): Word[] {
  const out: Word[] = [];
  for (const m of svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"[^>]*font-size="([\d.]+)"[^>]*>([^<]*)<\/text>/g)) {
    const text = m[6]!.trim();
    if (text) out.push({ text, x: +m[1]!, y: +m[2]!, width: +m[3]!, height: +m[4]!, size: +m[5]! });
  }
  return out;
}

/** The words as a reader reads them: a space where satori left a gap or began a new line. */
function read(ws: Word[]): string {
  return ws.map((w, i) => {
    const prev = ws[i - 1];
    const joined = prev && prev.y === w.y && w.x - (prev.x + prev.width) < 1;
    return (i === 0 || joined ? '' : ' ') + w.text;
  }).join('');
}

/**
 * True when no line of text runs into another: wherever two words share
 * columns, the lower one's capitals start below the upper one's baseline.
 */
function noOverlap(ws: Word[]): boolean {
  return ws.every((a) => ws.every((b) => {
    if (b.y <= a.y || b.x >= a.x + a.width || b.x + b.width <= a.x) return true;
    return b.y - b.size * 0.72 > a.y;
  }));
}

/** True when every word lies wholly inside the card, clear of the edges platforms crop. */
function allInside(ws: Word[], margin = 40): boolean {
  return ws.every((w) => w.x >= margin && w.x + w.width <= CARD_WIDTH - margin && w.y - w.size >= margin && w.y <= CARD_HEIGHT - margin);
}

/** The statistic of the cell section, as content/data/statistics.yaml has it. */
const cellArea = { value: 12, unit: 'm2', qualifier: 'about', label: 'Floor area of a Halden cell', year: 2011, status: 'partly-verified' } as const;

const section: CardData = {
  site: 'Norway’s prisons',
  kicker: 'The cell',
  title: 'Two cells, one scale',
  stat: cardStat(cellArea, 'Worldcrunch'),
};

/** Longer than any real title (the longest is the story's, 53 characters): three times over. */
const LONG_TITLE =
  'Twenty-one years, and the fine print: how preventive detention lets a Norwegian court keep a person in prison for as long as they remain a danger to others, renewed five years at a time';

describe('cardStat', () => {
  it('words the statistic as the site does: formatted value, status unless verified, source with year', () => {
    const s = cardStat(cellArea, 'Worldcrunch');
    expect(s.value).toBe(formatStat(cellArea));
    expect(s.value).toBe('about 12 m²');
    expect(s.number).toBe('12');
    expect(s.status).toBe('partly verified');
    expect(s.source).toBe('Source: Worldcrunch, 2011');
    expect(cardStat({ ...cellArea, status: 'verified' }, 'Worldcrunch').status).toBeUndefined();
    expect(cardStat({ ...cellArea, year: undefined, period: '1980s' }, 'X').source).toBe('Source: X, 1980s');
  });
});

describe('cardTree', () => {
  it('shows the site, kicker, title, the formatted statistic, its status, label and source', () => {
    const shown = texts(cardTree(section)).join(' | ');
    for (const part of ['Norway’s prisons', 'The cell', 'Two cells, one scale', 'about', '12', 'm²', 'partly verified', 'Floor area of a Halden cell', 'Source: Worldcrunch, 2011']) {
      expect(shown).toContain(part);
    }
  });
  it('shows no status on a verified statistic, and no statistic on the story card', () => {
    const verified = texts(cardTree({ ...section, stat: cardStat({ ...cellArea, status: 'verified' }, 'Worldcrunch') }));
    expect(verified.join(' ')).not.toMatch(/verified/i);
    const story = texts(cardTree({ site: 'S', kicker: 'An illustrated explainer', title: 'The story', footer: 'By the team' }));
    expect(story).toEqual(['An illustrated explainer', 'S', 'The story', 'By the team']);
  });
});

describe('renderCard', () => {
  it('returns a 1200 × 630 PNG', async () => {
    const png = await renderCard(section);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
    // Text drawn as paths, fonts embedded: no <text> left for a viewer without the fonts.
    expect(await cardSvg(section)).not.toContain('<text');
  });

  it('sets the number largest, in one line, and every word inside the card', async () => {
    const ws = words(await cardSvg(section, false));
    expect(read(ws)).toBe('THE CELL NORWAY’S PRISONS Two cells, one scale about 12 m² PARTLY VERIFIED Floor area of a Halden cell Source: Worldcrunch, 2011');
    const number = ws.find((w) => w.text === '12')!;
    expect(Math.max(...ws.map((w) => w.size))).toBe(number.size);
    expect(allInside(ws)).toBe(true);
    expect(noOverlap(ws)).toBe(true);
  });

  it('keeps a long value on one line inside the card, the number still large', async () => {
    const stat = cardStat({ value: 1_300_000_000, unit: 'usd', qualifier: 'up-to-about', label: 'A long value: prefix, qualifier and a scale word', year: 2024, status: 'verified' }, 'Sivilombudet (Parliamentary Ombudsman of Norway)');
    expect(stat.value).toBe('up to about US$1.3 billion');
    const ws = words(await cardSvg({ ...section, stat }, false));
    const number = ws.find((w) => w.text === 'billion')!;
    // The value: the number and the words before it, which share its line.
    expect(read(ws.filter((w) => w.y === number.y))).toBe('up to about US$1.3 billion');
    expect(number.size).toBeGreaterThanOrEqual(72);
    expect(allInside(ws)).toBe(true);
    expect(noOverlap(ws)).toBe(true);
  });

  it('makes room for a two-line title and a two-line label with a status: the number shrinks, nothing collides', async () => {
    const stat = cardStat({ ...cellArea, label: 'Floor area of a Halden cell, measured inside the walls, including the bathroom and the built-in furniture' }, 'The Sentencing Project');
    const card = { ...section, title: 'Twenty-one years, and the fine print of preventive detention', stat };
    const ws = words(await cardSvg(card, false));
    const title = ws.filter((w) => w.size === ws.find((t) => t.text === 'Twenty')!.size);
    expect(new Set(title.map((w) => w.y)).size).toBe(2);
    const label = ws.filter((w) => w.size === 36);
    expect(new Set(label.map((w) => w.y)).size).toBe(2);
    expect(read(ws)).toContain('Twenty-one years, and the fine print of preventive detention about 12 m² PARTLY VERIFIED Floor area of a Halden cell, measured');
    expect(read(ws)).toMatch(/Source: The Sentencing Project, 2011$/);
    expect(allInside(ws)).toBe(true);
    expect(noOverlap(ws)).toBe(true);
  });

  it('fits a very long title: smaller, at most three lines, above the statistic, nothing off the card', async () => {
    const long = { ...section, title: LONG_TITLE };
    const png = await renderCard(long);
    expect(png.readUInt32BE(16)).toBe(1200);
    const ws = words(await cardSvg(long, false));
    const titleSize = ws.find((w) => w.text.startsWith('Twenty'))!.size;
    const title = ws.filter((w) => w.size === titleSize);
    const short = words(await cardSvg(section, false)).find((w) => w.text === 'Two')!.size;
    expect(titleSize).toBeLessThan(short);
    expect(read(title)).toMatch(/^Twenty-one years, and the fine print: how .*…$/);
    expect(new Set(title.map((w) => w.y)).size).toBeLessThanOrEqual(3);
    expect(allInside(ws)).toBe(true);
    expect(noOverlap(ws)).toBe(true);
  });
});

describe('a card with its section’s drawing', () => {
  /** A drawing of the usual proportions, a flat colour the test can find. */
  const drawing: CardDrawing = {
    svg: '<svg viewBox="0 0 400 300" xmlns="http://www.w3.org/2000/svg"><rect width="400" height="300" fill="#abcdef"/></svg>',
    viewBox: { x: 0, y: 0, width: 400, height: 300 },
  };
  const withSources = { ...section, licence: 'CC BY 4.0', stat: { ...section.stat!, source: cardSources([{ publisher: 'Worldcrunch', when: '2011' }, { publisher: 'LegalClarity', when: '2024' }]) } };

  it('sets the title, figure, label and source clear of the drawing, nothing off the card', async () => {
    const ws = words(await cardSvg(withSources, false, drawing));
    const box = drawingBox(1);
    expect(read(ws)).toBe('THE CELL NORWAY’S PRISONS Two cells, one scale about 12 m² Floor area of a Halden cell PARTLY VERIFIED Sources: Worldcrunch, 2011; LegalClarity, 2024 CC BY 4.0');
    // Every word level with the drawing ends before it.
    const beside = ws.filter((w) => w.y > box.y && w.y - w.size < box.y + box.height);
    expect(beside.length).toBeGreaterThan(5);
    expect(beside.every((w) => w.x + w.width <= box.x - 24)).toBe(true);
    // The footer is below it.
    const footer = ws.find((w) => w.text === 'Sources')!;
    expect(footer.y - footer.size).toBeGreaterThan(box.y + box.height);
    expect(allInside(ws)).toBe(true);
    expect(noOverlap(ws)).toBe(true);
  });

  it('puts the whole drawing in its box, in proportion, its text left as text', async () => {
    const svg = await cardSvg(withSources, true, drawing);
    const { x, y, width, height } = drawingBox(1);
    expect(svg).toContain(`<svg x="${x}" y="${y}" width="${width}" height="${height}" preserveAspectRatio="xMidYMid meet" overflow="hidden" viewBox="0 0 400 300"`);
    expect(svg).toMatch(/fill="#abcdef"\/><\/svg><\/svg>$/);
  });

  it('shows the whole meaning of a long label beside a drawing, in up to three lines', async () => {
    const stat = cardStat({ value: { min: 10, max: 55 }, qualifier: 'about', unit: 'percent', label: 'Range of Norwegian re-offending rates by definition and group', year: 2013, status: 'verified' }, 'Statistics Norway (SSB)');
    const ws = words(await cardSvg({ ...section, title: 'What the re-offending figure measures', stat }, false, drawing));
    expect(read(ws)).toContain('Range of Norwegian re-offending rates by definition and group');
    expect(read(ws)).not.toContain('…');
    expect(allInside(ws)).toBe(true);
    expect(noOverlap(ws)).toBe(true);
  });

  it('gives a long source line up to three lines, and the drawing less height', async () => {
    const long = cardSources(['University College of Norwegian Correctional Service (KRUS)', 'Norwegian Correctional Service (Kriminalomsorgen)', 'The Marshall Project'].map((publisher) => ({ publisher, when: '2024' })));
    const ws = words(await cardSvg({ ...withSources, stat: { ...withSources.stat, source: long } }, false, drawing));
    expect(read(ws)).toContain('The Marshall Project, 2024');
    expect(drawingBox(3).height).toBeLessThan(drawingBox(1).height);
    expect(allInside(ws)).toBe(true);
    expect(noOverlap(ws)).toBe(true);
  });
});

describe('cardSources', () => {
  it('credits each publisher once, with its years, in order', () => {
    expect(cardSources([{ publisher: 'A', when: '2011' }])).toBe('Source: A, 2011');
    expect(cardSources([{ publisher: 'A', when: '2011' }, { publisher: 'B', when: '2024' }, { publisher: 'A', when: '2024' }, { publisher: 'A', when: '2011' }]))
      .toBe('Sources: A, 2011, 2024; B, 2024');
  });
});
