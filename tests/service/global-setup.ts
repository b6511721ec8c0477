/**
 * The service tests run against both databases the service supports: PGlite
 * (embedded) and a real PostgreSQL server. TEST_DATABASE_URL names a server
 * to use (.ci/run starts one); without it, a throwaway server is started here
 * from the machine's PostgreSQL binaries, and stopped at the end.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default function setup(project: TestProject) {
  if (!existsSync('dist-server/entry.mjs')) throw new Error('The service is not built: run `npm run build` first.');
  let url = process.env.TEST_DATABASE_URL;
  let folder: string | undefined;
  if (!url) {
    let out: string;
    try {
      out = execFileSync('scripts/throwaway-postgres.sh', ['start'], { encoding: 'utf8' });
    } catch (error) {
      throw new Error(
        `The service tests need a PostgreSQL server: set TEST_DATABASE_URL, or install PostgreSQL's server binaries ` +
          `(Debian: apt-get install postgresql) so one can be started. ${(error as Error).message}`,
      );
    }
    url = /^DATABASE_URL=(.+)$/m.exec(out)![1]!;
    folder = /^PG_FOLDER=(.+)$/m.exec(out)![1]!;
  }
  project.provide('postgresUrl', url);
  return () => {
    if (folder) execFileSync('scripts/throwaway-postgres.sh', ['stop', folder]);
  };
}
