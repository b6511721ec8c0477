/**
 * Gate: the chart images and social cards in dist/ (src/integrations/chart-images.ts).
 * For every scene and every state: the SVG, the PNG 1200 px wide and the
 * PNG 2400 px wide exist; the SVG is well-formed XML, carries the chart's
 * title, its source line (as its embed prints it), the licence and the
 * publisher, and nothing left of the page's styling or animation (no var(),
 * no data-fx) or that could run (no script, no handler); the drawing shows
 * exactly the state: no text of an element that is absent at that step, and
 * the text of every element present. Every social card is 1200 × 630. The
 * licence is in every image, CSV and JSON file.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH } from '../../src/lib/card-size';
import { IMAGE_WIDTH, STILL_HEIGHT, STILL_WIDTH } from '../../src/lib/image-size';
import { parseKeyframes, valueAt } from '../../src/lib/keyframes';
import { cardImage, chartImage, embedPage, sceneStill } from '../../src/lib/urls';
import { SCENES, type SceneName } from '../../src/scenes/registry';
import { SCENE_STILLS } from '../../src/scenes/stats';
import { readContent } from '../helpers/read-content';
import { DIST, distFile, requireDist } from '../helpers/site';

requireDist();
const site = readContent('content').site[0]!.data;
const slugs = readContent('content').story.map((s) => s.data.slug);

const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true } });
const parse = (text: string, type: 'text/html' | 'image/svg+xml') => new window.DOMParser().parseFromString(text, type) as unknown as Document;
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  expect(png.subarray(0, 8).toString('hex'), `${file} is a PNG`).toBe('89504e470d0a1a0a');
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * Width and height of a lossless WebP (a RIFF file with one VP8L chunk: after its
 * signature byte, 14 bits of width − 1 and 14 of height − 1, least significant first).
 */
function losslessWebpSize(file: string): { width: number; height: number } {
  const webp = readFileSync(file);
  expect(`${webp.subarray(0, 4).toString('latin1')}…${webp.subarray(8, 12).toString('latin1')}`, `${file} is a WebP`).toBe('RIFF…WEBP');
  expect(webp.subarray(12, 16).toString('latin1'), `${file} is lossless (VP8L)`).toBe('VP8L');
  expect(webp[20], `${file}: the VP8L signature`).toBe(0x2f);
  const bits = webp.readUInt32LE(21);
  return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
}

/**
 * What the scene's embed page says the state shows: the text of each <text>
 * in the drawing that is present at that step (every keyframed ancestor at
 * p > 0, or dimmed), and of each that is absent. The CSS hides one thing the
 * keyframes do not: the reader's guess, which an image never has.
 */
function expectedText(scene: SceneName, state: string): { present: string[]; absent: string[] } {
  const doc = parse(readFileSync(distFile(`${embedPage(scene)}index.html`), 'utf8'), 'text/html');
  const states: readonly string[] = SCENES[scene].states;
  const index = states.indexOf(state);
  const shown = (el: Element): boolean => {
    for (let e: Element | null = el; e && e.tagName.toLowerCase() !== 'svg'; e = e.parentElement) {
      const fx = e.getAttribute('data-fx');
      if (fx !== null && valueAt(parseKeyframes(fx, states), index) === 0 && e.getAttribute('data-effect') !== 'dim') return false;
    }
    return true;
  };
  const present: string[] = [];
  const absent: string[] = [];
  for (const t of doc.querySelectorAll(`figure[data-scene="${scene}"] svg.scene-svg text`)) {
    if (t.closest('.guess-marker')) continue;
    const text = squash(t.textContent);
    if (text) (shown(t) ? present : absent).push(text);
  }
  const lower = (xs: string[]) => xs.map((x) => x.toLowerCase());
  return { present: lower(present), absent: lower(absent).filter((a) => !lower(present).includes(a)) };
}

/** The source line the chart's embed prints under it. */
function embedSource(scene: SceneName): string {
  const doc = parse(readFileSync(distFile(`${embedPage(scene)}index.html`), 'utf8'), 'text/html');
  return squash(doc.querySelector('.embed__source')?.textContent);
}

const scenes = Object.keys(SCENES) as SceneName[];

describe('chart images', () => {
  for (const scene of scenes) {
    describe(scene, () => {
      const source = embedSource(scene);
      const title = squash(parse(readFileSync(distFile(`${embedPage(scene)}index.html`), 'utf8'), 'text/html').querySelector('h1')?.textContent);

      for (const state of SCENES[scene].states) {
        it(`${state}: SVG, PNG ${IMAGE_WIDTH} px and PNG ${2 * IMAGE_WIDTH} px, the stated sizes`, () => {
          const [svg, png, png2x] = (['svg', 'png', 'png2x'] as const).map((k) => distFile(chartImage(scene, state, k)));
          for (const f of [svg!, png!, png2x!]) expect(existsSync(f), f).toBe(true);
          const one = pngSize(png!);
          const two = pngSize(png2x!);
          expect(one.width).toBe(IMAGE_WIDTH);
          expect(two.width).toBe(2 * IMAGE_WIDTH);
          expect(Math.abs(two.height - 2 * one.height)).toBeLessThanOrEqual(1);
          const declared = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(readFileSync(svg!, 'utf8'));
          expect(Number(declared?.[1])).toBe(IMAGE_WIDTH);
          expect(Math.abs(Number(declared?.[2]) - one.height)).toBeLessThanOrEqual(1);
        });

        it(`${state}: the SVG parses, names its title, source, licence and publisher, and is inert`, () => {
          const text = readFileSync(distFile(chartImage(scene, state, 'svg')), 'utf8');
          const doc = parse(text, 'image/svg+xml');
          expect(doc.querySelector('parsererror'), 'well-formed XML').toBeNull();
          expect(doc.documentElement.nodeName).toBe('svg');
          expect(doc.documentElement.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
          const words = squash([...doc.querySelectorAll('text')].map((t) => t.textContent).join(' '));
          expect(words).toContain(title);
          // The source line may wrap across lines of the image: compare its words.
          expect(words).toContain(source);
          expect(words).toContain(site.licence.name);
          expect(words).toContain(site.publisher);
          expect(text).not.toMatch(/var\(|data-fx|data-effect|class=/);
          expect(text).not.toMatch(/<script|\son[a-z]+=|href="(?!#)/i);
        });

        it(`${state}: shows what the step shows, and nothing that is absent at it`, () => {
          const doc = parse(readFileSync(distFile(chartImage(scene, state, 'svg')), 'utf8'), 'image/svg+xml');
          // The drawing is the nested <svg>; the frame's own text is outside it. Each
          // <text> whole, in any case (CSS may set it in capitals).
          const drawn = [...doc.querySelectorAll('svg svg text')].map((t) => squash(t.textContent).toLowerCase());
          const { present, absent } = expectedText(scene, state);
          expect(present.length + absent.length).toBeGreaterThan(0);
          for (const t of present) expect(drawn, `"${t}" is on screen at ${scene}/${state}`).toContain(t);
          for (const t of absent) expect(drawn, `"${t}" is not on screen at ${scene}/${state}`).not.toContain(t);
        });
      }
    });
  }
});

describe('stills: the pictures of a stepped scene where it is read still', () => {
  // Every page that shows a scene of SCENE_STILLS read still points at a picture of
  // each earlier step; each picture is on the stills' canvas, and every state but the
  // last (the complete figure that follows them) has one.
  for (const scene of SCENE_STILLS) {
    it(`${scene}: a still of every state but the last, ${STILL_WIDTH} × ${STILL_HEIGHT}, lossless`, () => {
      const states = SCENES[scene].states;
      for (const state of states.slice(0, -1)) {
        expect(existsSync(distFile(sceneStill(scene, state))), sceneStill(scene, state)).toBe(true);
        expect(losslessWebpSize(distFile(sceneStill(scene, state)))).toEqual({ width: STILL_WIDTH, height: STILL_HEIGHT });
      }
      expect(existsSync(distFile(sceneStill(scene, states.at(-1)!)))).toBe(false);
    });

    it(`${scene}: the story and its section page show each earlier step's still, in order, and no missing one`, () => {
      for (const path of ['/', ...slugs.map((slug) => `/story/${slug}/`)]) {
        const doc = parse(readFileSync(distFile(path === '/' ? '/index.html' : `${path}index.html`), 'utf8'), 'text/html');
        const srcs = [...doc.querySelectorAll(`#scene-${scene} .scene-stills img`)].map((i) => i.getAttribute('src')!);
        if (path !== '/' && !doc.querySelector(`#scene-${scene}`)) continue;
        const expected = SCENES[scene].states.slice(0, -1).map((state) => sceneStill(scene, state));
        expect(srcs, path).toEqual(expected.filter((src) => srcs.includes(src)));
        expect(srcs.length, path).toBeGreaterThan(0);
        for (const src of srcs) expect(existsSync(distFile(src)), src).toBe(true);
      }
    });
  }
});

describe('social cards', () => {
  for (const slug of [...slugs, 'story']) {
    it(`${cardImage(slug)} is ${CARD_WIDTH} × ${CARD_HEIGHT}`, () => {
      expect(pngSize(distFile(cardImage(slug)))).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
    });
  }
});

describe('the licence travels with every download', () => {
  it('is in every CSV and JSON file', () => {
    const dir = join(DIST, 'data');
    const files = readdirSync(dir).filter((f) => /\.(csv|json)$/.test(f));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) expect(readFileSync(join(dir, f), 'utf8'), f).toContain(site.licence.name);
  });

  it('the build left no plan behind', () => {
    expect(existsSync(join(DIST, 'images', 'plan.json'))).toBe(false);
  });
});
