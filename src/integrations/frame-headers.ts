/**
 * After the build, rewrites dist/_headers (copied from public/_headers) so the
 * embeddable charts, and only they, may be framed by other sites: the
 * `frame-ancestors 'none'` policy of the `/*` rule is written per kind of page
 * instead, and `/embed/*` gets `frame-ancestors *` (src/lib/headers.ts says
 * why a `/*` rule cannot do it). Fails the build if there is nothing to move.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withFrameRules } from '../lib/headers';
import { pageKind } from '../lib/urls';

/** URL path of a built HTML file: index.html → "/", teach/index.html → "/teach/". */
function pathOf(root: string, file: string): string {
  const rel = relative(root, file).split(sep).join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

export default function frameHeaders(): AstroIntegration {
  return {
    name: 'frame-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const file = join(root, '_headers');
        const entries = await readdir(root, { withFileTypes: true, recursive: true });
        const paths = entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => pathOf(root, join(e.parentPath, e.name)));
        await writeFile(file, withFrameRules(await readFile(file, 'utf8'), paths));
        const embeds = paths.filter((p) => pageKind(p) === 'embed').length;
        logger.info(`_headers: framing forbidden on ${paths.length - embeds} page(s), allowed on ${embeds} embed(s)`);
      },
    },
  };
}
