/**
 * After the build, cuts each self-hosted font down to the characters the built
 * pages can show (src/lib/text-chars.ts) and to the weights its @font-face
 * rule declares (src/lib/font-faces.ts): the two fonts every page loads become
 * a fraction of their size. Norwegian letters are always kept; the font stays
 * variable within its declared range, and keeps only the OpenType features a
 * browser applies to Latin text by itself and those our CSS asks for.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import subsetFont from 'subset-font';
import { fontFaces, type FontFace } from '../lib/font-faces';
import { charactersFor, visibleText } from '../lib/text-chars';

/**
 * Layout features kept: the ones browsers turn on for Latin text (kerning,
 * ligatures, contextual alternates, mark placement, localized forms) and the
 * figure styles the stylesheets ask for with font-variant-numeric (lining,
 * old-style, tabular, proportional). Inter's dozens of stylistic sets and
 * character variants, which no rule selects, went with the rest: 4.4 KB of
 * the two fonts every page waits for. A new font-variant or
 * font-feature-settings in the CSS needs its feature added here.
 */
export const KEEP_FEATURES = ['ccmp', 'locl', 'mark', 'mkmk', 'kern', 'liga', 'clig', 'calt', 'rlig', 'rclt', 'lnum', 'onum', 'tnum', 'pnum'];

async function filesUnder(dir: string, ext: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith(ext)).map((e) => join(e.parentPath, e.name));
}

export default function subsetFonts(): AstroIntegration {
  return {
    name: 'subset-fonts',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = await Promise.all((await filesUnder(root, '.html')).map((f) => readFile(f, 'utf8')));
        const chars = charactersFor(pages.map(visibleText));
        const css = await Promise.all((await filesUnder(join(root, '_astro'), '.css')).map((f) => readFile(f, 'utf8')));
        const faces = new Map<string, FontFace>(css.flatMap(fontFaces).map((f) => [f.url, f]));
        if (!faces.size) throw new Error('subset-fonts: no @font-face rule in the built stylesheets');
        for (const { url, weight } of faces.values()) {
          const path = join(root, url);
          const original = await readFile(path);
          // keepFeatures is subset-font's own option (2.9); @types/subset-font (2.3) predates it,
          // so the options are passed as a value rather than a literal the types would refuse.
          const options = { targetFormat: 'woff2' as const, variationAxes: { wght: weight }, keepFeatures: KEEP_FEATURES };
          const subset = await subsetFont(original, chars, options);
          await writeFile(path, subset);
          logger.info(`${url}: ${original.length} → ${subset.length} bytes (${chars.length} characters, weights ${weight.min}–${weight.max})`);
        }
      },
    },
  };
}
