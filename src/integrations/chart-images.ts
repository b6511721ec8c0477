/**
 * After the build, draws every chart state as an image (/images/<scene>/<state>.svg,
 * .png 1200 px wide, @2x.png 2400 px wide) and every social card
 * (/cards/<slug>.png), from the built embed pages and their CSS: the same
 * markup and styles the reader's browser gets, with no browser and no
 * service involved (src/server/images/build.ts). `npm run dev` makes none.
 * Fails the build if a drawing cannot be baked, a character has no glyph, or
 * a card would show a figure the story asks readers to guess.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildImages } from '../server/images/build';

export default function chartImages(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'chart-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { files } = await buildImages(fileURLToPath(dir), join(cacheDir, 'chart-fonts'), (m) => logger.info(m));
        logger.info(`${files.length} chart images and social cards in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
