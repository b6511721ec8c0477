/**
 * After the build, cuts each self-hosted font down to the characters the built
 * pages can show (src/lib/text-chars.ts): the two fonts every page loads
 * become a fraction of their size. Norwegian letters are always kept.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import subsetFont from 'subset-font';
import { charactersFor, visibleText } from '../lib/text-chars';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

export default function subsetFonts(): AstroIntegration {
  return {
    name: 'subset-fonts',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = await Promise.all((await htmlFiles(root)).map((f) => readFile(f, 'utf8')));
        const chars = charactersFor(pages.map(visibleText));
        const fontDir = join(root, 'fonts');
        for (const name of (await readdir(fontDir)).filter((f) => f.endsWith('.woff2'))) {
          const path = join(fontDir, name);
          const original = await readFile(path);
          const subset = await subsetFont(original, chars, { targetFormat: 'woff2' });
          await writeFile(path, subset);
          logger.info(`${name}: ${original.length} → ${subset.length} bytes (${chars.length} characters)`);
        }
      },
    },
  };
}
