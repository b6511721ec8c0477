/**
 * `npm run build` itself refuses broken content: each fixture is a copy of the
 * real content with one mistake, built in its own folders, and the build must
 * fail with a message naming the file and the field.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAD_CASES, TMP, lineOfMistake, makeBadContent } from '../helpers/bad-content';

/** Runs a real build of the broken copy; resolves with its exit status and everything it printed. */
function build(contentDir: string, name: string): Promise<{ status: number | null; output: string }> {
  const child = spawn('npx', ['astro', 'build', '--outDir', join(TMP, name, 'dist')], {
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      ASTRO_CACHE_DIR: join(TMP, name, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

/**
 * A real build for one case of each way broken content reaches the build (and a
 * figure typed by hand, which must be named by file and line):
 * Astro's own schema error in a data file, and our cross-checks of a
 * section's MDX body, of its front matter and of a data file (the corrections
 * log). Every case, these included, also runs through the same check without
 * a build in content-check.test.ts (a build costs ~15 s of CI).
 */
const BUILT = new Set(['statistic-without-source', 'unknown-statistic', 'duplicate-slug', 'correction-names-unknown-section', 'typed-figure-in-prose']);

// Two builds at a time: each is a separate process in its own folders, and
// one at a time left a core idle for most of a minute.
describe.concurrent('the build fails on broken content', () => {
  it('builds one case of each kind, all of them known fixtures', () => {
    expect([...BUILT].filter((name) => !BAD_CASES.some((c) => c.name === name))).toEqual([]);
  });
  for (const c of BAD_CASES.filter((b) => BUILT.has(b.name))) {
    it(c.name, async () => {
      const dir = makeBadContent(c);
      const { status, output } = await build(dir, c.name);
      expect(status, output).not.toBe(0);
      expect(output).toContain(c.expect.at ? `${c.expect.file}:${lineOfMistake(dir, c)}` : c.expect.file);
      expect(output).toContain(c.expect.field);
    });
  }
});
