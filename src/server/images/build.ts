/**
 * Draws every chart image and social card into a built site (dist/), from
 * the image plan the pages wrote (src/server/image-plan.ts) and the built
 * embed pages with their CSS. Run by src/integrations/chart-images.ts after
 * `astro build`; no browser and no service.
 *
 * For each chart and each state: the drawing baked (bake.ts), framed with its
 * title, step, source, licence and address (frame.ts), written as
 * /images/<scene>/<state>.svg, then drawn by resvg 1200 and 2400 px wide
 * (.png, @2x.png) in the site's fonts (fonts.ts); for the scenes whose steps
 * replace one another (SCENE_STILLS), each earlier state's drawing alone too
 * (.still.webp, lossless), for the still layout. For each section, its
 * social card with its drawing in its card state (/cards/<slug>.png).
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CARD_WIDTH } from '../../lib/card-size';
import { IMAGE_WIDTH, STILL_HEIGHT, STILL_WIDTH } from '../../lib/image-size';
import { IMAGE_PLAN, cardImage, chartImage, embedPage, sceneStill } from '../../lib/urls';
import { cardSources, cardSvg } from '../card';
import type { ImagePlan } from '../image-plan';
import { bakeDrawing, linkedStylesheets, pageTokens, parseStyleSheet, readScenePage, type ScenePage } from './bake';
import type { StyleSheet } from './cascade';
import { FontSet, faceFamily, type Face } from './fonts';
import { frameImage, type FrameStyle, type Metrics } from './frame';
import { losslessWebp, renderPng, renderVariant } from './render';

/** The faces the frame sets its text in. */
const FRAME_FACES: Face[] = [
  { family: 'Inter', weight: 400, style: 'normal' },
  { family: 'Inter', weight: 500, style: 'normal' },
  { family: 'Inter', weight: 600, style: 'normal' },
  { family: 'Source Serif 4', weight: 600, style: 'normal' },
];

export interface BuildResult {
  files: Array<{ path: string; bytes: number }>;
}

/** A file of dist/ by its URL path. */
const distPath = (root: string, url: string) => join(root, ...url.split('/').filter(Boolean));

/** Runs `task` over `items`, `limit` at a time. */
async function inBatches<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(Array.from({ length: Math.min(limit, queue.length) }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(item);
  }));
}

export async function buildImages(root: string, fontCache: string, log: (message: string) => void = () => {}): Promise<BuildResult> {
  const planFile = distPath(root, IMAGE_PLAN);
  const plan = JSON.parse(await readFile(planFile, 'utf8')) as ImagePlan;
  const fonts = new FontSet(fontCache);
  const files: BuildResult['files'] = [];
  const write = async (url: string, data: string | Uint8Array) => {
    const path = distPath(root, url);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, data);
    files.push({ path: url, bytes: typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength });
  };

  // The built embed pages and their CSS, each stylesheet parsed once.
  const sheets = new Map<string, StyleSheet>();
  const pages = new Map<string, ScenePage>();
  for (const chart of plan.charts) {
    const html = await readFile(distPath(root, `${embedPage(chart.scene)}index.html`), 'utf8');
    const hrefs = linkedStylesheets(html);
    const key = hrefs.join('\n');
    if (!sheets.has(key)) {
      const css = await Promise.all(hrefs.map((href) => readFile(distPath(root, new URL(href, 'https://x.invalid/').pathname), 'utf8')));
      sheets.set(key, parseStyleSheet(css.join('\n')));
    }
    pages.set(chart.scene, readScenePage(chart.scene, html, sheets.get(key)!));
  }

  const loaded = new Map((await Promise.all(FRAME_FACES.map(async (f) => [faceFamily(f), (await fonts.face(f)).metrics] as const))));
  const metrics: Metrics = {
    width: (text, face, size) => loaded.get(faceFamily(face))!.width(text, size),
    extent: (face) => ({ ascent: loaded.get(faceFamily(face))!.ascent, descent: loaded.get(faceFamily(face))!.descent }),
  };

  /** The SVG as resvg draws it, the font files for its faces, and a check that every character has a glyph. */
  const prepare = async (svg: string, what: string) => {
    const variant = renderVariant(svg);
    if (variant.unknown.length) throw new Error(`images: ${what} sets text in ${variant.unknown.join(', ')}, a family the images have no font for`);
    for (const face of variant.faces) {
      const { metrics: m } = await fonts.face(face);
      const missing = m.missing(variant.text.get(faceFamily(face)) ?? '');
      if (missing.length) throw new Error(`images: ${what}: ${faceFamily(face)} has no glyph for ${missing.map((c) => `"${c}"`).join(', ')}`);
    }
    return { svg: variant.svg, fontFiles: await fonts.paths(variant.faces) };
  };

  const jobs = plan.charts.flatMap((chart) => chart.states.map((s) => ({ chart, ...s })));
  await inBatches(jobs, 2, async ({ chart, state, step }) => {
    const page = pages.get(chart.scene)!;
    const tokens = pageTokens(page);
    const token = (name: string) => {
      const v = tokens.get(name);
      if (!v) throw new Error(`images: the built CSS has no ${name} on :root`);
      return v;
    };
    const drawing = bakeDrawing(page, chart.states.map((s) => s.state), state);
    const style: FrameStyle = {
      background: drawing.background, ink: token('--ink'), muted: token('--muted'), rule: token('--rule'), accent: token('--norway'),
      stacks: { Inter: token('--font-sans'), 'Source Serif 4': token('--font-serif') },
    };
    const framed = frameImage(drawing, {
      site: plan.site, title: chart.title, step, source: chart.source, licence: plan.licence, publisher: plan.publisher, url: chart.url,
    }, style, metrics);
    await write(chartImage(chart.scene, state, 'svg'), `<?xml version="1.0" encoding="UTF-8"?>\n${framed.svg}\n`);
    const { svg, fontFiles } = await prepare(framed.svg, `${chart.scene}/${state}`);
    const [png, png2x] = await Promise.all([renderPng(svg, IMAGE_WIDTH, fontFiles), renderPng(svg, 2 * IMAGE_WIDTH, fontFiles)]);
    await write(chartImage(chart.scene, state, 'png'), png);
    await write(chartImage(chart.scene, state, 'png2x'), png2x);
    if (chart.stills.includes(state)) {
      // The drawing alone on the page's paper, centred on the stills' canvas, for the still
      // layout: the page around it gives the words.
      const W = STILL_WIDTH;
      const H = STILL_HEIGHT;
      const inner = drawing.svg.replace(/^<svg\b/, `<svg x="0" y="0" width="${W}" height="${H}" preserveAspectRatio="xMidYMid meet"`);
      const still = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}"><rect width="${W}" height="${H}" fill="${drawing.background}"/>${inner}</svg>`;
      const alone = await prepare(still, `${chart.scene}/${state} (still)`);
      await write(sceneStill(chart.scene, state), await losslessWebp(await renderPng(alone.svg, STILL_WIDTH, alone.fontFiles)));
    }
  });

  const secrets = new Set(plan.secrets);
  await inBatches(plan.cards, 2, async (card) => {
    let drawing;
    if (card.drawing) {
      const page = pages.get(card.drawing.scene);
      if (!page) throw new Error(`images: the card "${card.slug}" shows scene "${card.drawing.scene}", which has no embed page`);
      const chart = plan.charts.find((c) => c.scene === card.drawing!.scene)!;
      drawing = bakeDrawing(page, chart.states.map((s) => s.state), card.drawing.state);
      const told = [...drawing.stats].filter((id) => secrets.has(id));
      if (told.length) {
        throw new Error(`images: the card "${card.slug}" would show ${told.join(', ')}, which the story asks readers to guess first: pick another state in SCENE_CARDS (src/scenes/stats.ts)`);
      }
    }
    // The source line credits the key figure, then every figure the drawing shows.
    const data = { ...card.data };
    if (data.stat && card.stat) {
      const ids = [card.stat, ...(drawing?.stats ?? [])];
      data.stat = { ...data.stat, source: cardSources(ids.map((id) => plan.credits[id]!)) };
    }
    const { svg, fontFiles } = await prepare(await cardSvg(data, true, drawing), `the card "${card.slug}"`);
    await write(cardImage(card.slug), await renderPng(svg, CARD_WIDTH, fontFiles));
  });

  await rm(planFile);
  log(`${files.length} files, ${(files.reduce((n, f) => n + f.bytes, 0) / 1024 / 1024).toFixed(1)} MB`);
  return { files };
}
