/**
 * The site's own fonts, as the chart images' renderer needs them. The site
 * serves variable fonts (one file covers every weight); resvg reads only
 * static TrueType faces and only weights in steps of 100, and the scenes use
 * weights such as 650 and 750. So each face an image uses (family, weight,
 * style) is cut from the same variable file the site serves, with its weight
 * axis pinned (subset-font, HarfBuzz's instancer), and named for that face
 * alone ("Inter 750"): the SVG handed to resvg names that family
 * (renderVariant), and resvg needs no weight matching at all. The published
 * SVG keeps the site's font stacks ('Inter', system-ui, …) and real weights.
 *
 * Faces are cached on disk (ASTRO_CACHE_DIR or node_modules/.astro), keyed
 * by the source file's size and the face, so a build after the first only
 * reads them. No system font is ever loaded: every machine draws the same image.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { fontMetrics, renameFont, type FontMetrics } from './font-files';

export type Family = 'Inter' | 'Source Serif 4';
export type FontStyle = 'normal' | 'italic';

export interface Face {
  family: Family;
  weight: number;
  style: FontStyle;
}

/** The variable fonts the site serves (scripts/copy-fonts.mjs), and their italics. */
const SOURCES: Record<Family, Record<FontStyle, string>> = {
  Inter: {
    normal: '@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
    italic: '@fontsource-variable/inter/files/inter-latin-wght-italic.woff2',
  },
  'Source Serif 4': {
    normal: '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
    italic: '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2',
  },
};

export const FAMILIES = Object.keys(SOURCES) as Family[];

/** The family name a face goes by in the SVG handed to the renderer. */
export const faceFamily = (face: Face): string => `${face.family} ${face.weight}${face.style === 'italic' ? ' Italic' : ''}`;

/** Every character a face keeps: the latin files' whole repertoire. */
const REPERTOIRE = (() => {
  let s = '';
  for (let c = 0x20; c < 0x2c00; c++) if (c < 0xd800) s += String.fromCodePoint(c);
  return s + '\ufb01\ufb02\ufffd';
})();

/** CSS font-weight keywords, as numbers. */
export function weightOf(value: string | undefined): number {
  if (!value || value === 'normal') return 400;
  if (value === 'bold') return 700;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 1 || n > 1000) throw new Error(`font-weight "${value}" is not a weight the images can draw`);
  return n;
}

export class FontSet {
  private files = new Map<string, Promise<{ path: string; metrics: FontMetrics }>>();

  constructor(private readonly cacheDir: string, private readonly root = process.cwd()) {}

  private key = (face: Face) => `${face.family}|${face.weight}|${face.style}`;

  /** The face's TrueType file (made once, then cached) and its metrics. */
  face(face: Face): Promise<{ path: string; metrics: FontMetrics }> {
    const key = this.key(face);
    let entry = this.files.get(key);
    if (!entry) {
      entry = this.make(face);
      this.files.set(key, entry);
    }
    return entry;
  }

  private async make(face: Face): Promise<{ path: string; metrics: FontMetrics }> {
    const source = createRequire(join(this.root, 'package.json')).resolve(SOURCES[face.family][face.style]);
    const original = await readFile(source);
    const hash = createHash('sha256').update(original).update(this.key(face)).digest('hex').slice(0, 12);
    const path = join(this.cacheDir, `${faceFamily(face).replace(/\s+/g, '-').toLowerCase()}-${hash}.ttf`);
    let ttf: Uint8Array;
    if (existsSync(path)) ttf = await readFile(path);
    else {
      const min = face.family === 'Source Serif 4' ? 200 : 100;
      const instance = await subsetFont(original, REPERTOIRE, {
        targetFormat: 'truetype',
        variationAxes: { wght: Math.max(min, Math.min(900, face.weight)) },
      });
      ttf = renameFont(new Uint8Array(instance), faceFamily(face));
      await mkdir(this.cacheDir, { recursive: true });
      await writeFile(path, ttf);
    }
    return { path, metrics: fontMetrics(ttf) };
  }

  /** The files of every face asked for so far. */
  async paths(faces: Iterable<Face>): Promise<string[]> {
    return Promise.all([...faces].map(async (f) => (await this.face(f)).path));
  }
}
