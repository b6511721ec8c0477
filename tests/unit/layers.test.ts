/**
 * The layers of src/ (see .dependency-cruiser.cjs) hold in the real code, and
 * every rule can fail: a fixture that breaks each once is refused, rule by rule.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// dependency-cruiser needs Node 22, which `npm run` provides (the `node`
// devDependency); run these through `npm run test:unit`.

const CONFIG = resolve('.dependency-cruiser.cjs');
const BIN = resolve('node_modules/.bin/depcruise');

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

/** The violations, read from the JSON report; the exit status from the plain run `npm run check` does. */
function cruise(cwd: string): { status: number | null; violations: Violation[] } {
  const json = spawnSync(BIN, ['src', '--config', CONFIG, '--output-type', 'json'], { cwd, encoding: 'utf8' });
  const out = JSON.parse(json.stdout) as { summary: { violations: Violation[] } };
  const plain = spawnSync(BIN, ['src', '--config', CONFIG], { cwd, encoding: 'utf8' });
  return { status: plain.status, violations: out.summary.violations };
}

describe('the layers of src/', () => {
  it('hold in the real code', () => {
    const { status, violations } = cruise('.');
    expect(violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([]);
    expect(status).toBe(0);
  });

  it('refuse each kind of violation, naming the rule and the import', () => {
    const { status, violations } = cruise('tests/fixtures/layers');
    expect(status).not.toBe(0);
    const found = new Set(violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`));
    for (const expected of [
      'vocab-is-data: src/vocab/words.ts → src/lib/pure.ts',
      'schema-is-below-lib: src/schema/thing.ts → src/lib/pure.ts',
      'lib-is-pure: src/lib/reaches-up.ts → src/server/load.ts',
      'lib-has-no-node: src/lib/reaches-up.ts → fs',
      'lib-takes-only-types-from-schema: src/lib/uses-schema-code.ts → src/schema/thing.ts',
      'registry-is-data: src/scenes/registry.ts → src/lib/pure.ts',
      'server-is-below-ui: src/server/load.ts → src/client/element.ts',
      'client-is-browser-only: src/client/element.ts → src/server/secret.ts',
    ]) {
      expect(found, expected).toContain(expected);
    }
    expect(violations.some((v) => v.rule.name === 'no-cycles' && v.from.startsWith('src/lib/cycle-'))).toBe(true);
  });
});
