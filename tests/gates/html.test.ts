/** Gate: the Nu Html Checker (vnu) reports no errors on any built page. */
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { builtPages } from '../helpers/site';

const VNU = 'node_modules/vnu-jar/build/dist/vnu.jar';

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

it('every built page is valid HTML', () => {
  const pages = builtPages();
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error) throw new Error('Java is needed for the Nu Html Checker (vnu): install a Java 17 runtime (.ci/run checks this).');
  const r = spawnSync('java', ['-jar', VNU, '--format', 'json', '--errors-only', ...pages.map((p) => p.file)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const { messages } = JSON.parse(r.stderr || '{"messages":[]}') as { messages: VnuMessage[] };
  const errors = messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => `${m.url.replace(/^file:.*?dist\//, 'dist/')}:${m.lastLine ?? '?'} ${m.message}`);
  console.log(`vnu: ${pages.length} page(s) checked, ${errors.length} error(s)`);
  expect(errors).toEqual([]);
});
