/**
 * `npm run build` itself refuses broken content: each fixture is a copy of the
 * real content with one mistake, built in its own folders, and the build must
 * fail with a message naming the file and the field.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAD_CASES, TMP, makeBadContent } from '../helpers/bad-content';

function build(contentDir: string, name: string) {
  const r = spawnSync('npx', ['astro', 'build', '--outDir', join(TMP, name, 'dist')], {
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      ASTRO_CACHE_DIR: join(TMP, name, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

describe('the build fails on broken content', () => {
  for (const c of BAD_CASES) {
    it(c.name, () => {
      const { status, output } = build(makeBadContent(c), c.name);
      expect(status, output).not.toBe(0);
      expect(output).toContain(c.expect.file);
      expect(output).toContain(c.expect.field.replace(/^.*\./, ''));
    });
  }
});
