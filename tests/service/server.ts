/**
 * Starts the built site with its service (scripts/serve.mjs, as `npm start`
 * does) on one of the two databases, and reads that database directly: what
 * the tests count is what is stored, not what the API says.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { TEST_EDITOR_KEY_SHA256 } from '../helpers/editor-key';

export type Backend = 'pglite' | 'postgres';

export interface Service {
  base: string;
  /** Stops the server: SIGTERM as a process manager would, or SIGKILL as a crash would. */
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** Starts it again on the same database. */
  restart(): Promise<void>;
  /** Runs SQL against the database (for PGlite, only while the server is stopped: one process at a time). */
  sql<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
  /** Stops everything and removes the database. */
  dispose(): Promise<void>;
}

let lastPort = 4700 + (process.pid % 100) * 10 - 1;
/**
 * Ports fetch() refuses to connect to (the Fetch standard's "bad ports"; in this
 * range, SIP's 5060 and 5061): a process whose id ended in 36 started its
 * servers there, and every request failed with "fetch failed".
 */
const BAD_PORTS = new Set([5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6697]);
function nextFreePort(): number {
  do lastPort++;
  while (BAD_PORTS.has(lastPort));
  return lastPort;
}

async function waitUp(base: string, proc: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (proc.exitCode !== null) throw new Error(`the server exited: ${log()}`);
    try {
      const r = await fetch(`${base}/api/health`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server did not come up: ${log()}`);
}

export async function startService(backend: Backend, postgresUrl: string): Promise<Service> {
  const port = nextFreePort();
  const base = `http://127.0.0.1:${port}`;
  let env: Record<string, string>;
  let sql: Service['sql'];
  let drop: () => Promise<void>;
  let proc: ChildProcess | undefined;
  let output = '';
  if (backend === 'postgres') {
    // A database of its own on the shared server, so suites never see each other's rows.
    const name = `svc_${process.pid}_${port}`;
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${name}`);
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(postgresUrl);
    url.pathname = `/${name}`;
    env = { DATABASE_URL: url.href };
    const pool = new pg.Pool({ connectionString: url.href, max: 2 });
    sql = async (q, params) => (await pool.query(q, params as unknown[])).rows;
    drop = async () => {
      await pool.end();
      const a = new pg.Client({ connectionString: postgresUrl });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    };
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'svc-pglite-'));
    env = { PGLITE_DIR: dir };
    sql = async (q, params) => {
      if (proc && proc.exitCode === null) throw new Error('PGlite is open in the server; stop it first');
      const db = await PGlite.create(dir);
      try {
        return (await db.query(q, params as unknown[])).rows as never[];
      } finally {
        await db.close();
      }
    };
    drop = async () => rmSync(dir, { recursive: true, force: true });
  }
  const start = async () => {
    output = '';
    proc = spawn(process.execPath, ['scripts/serve.mjs', String(port)], {
      env: { ...process.env, ...env, PORT: String(port), EDITOR_KEY_SHA256: TEST_EDITOR_KEY_SHA256 },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    proc.stdout!.on('data', (d) => (output += d));
    proc.stderr!.on('data', (d) => (output += d));
    await waitUp(base, proc, () => output);
  };
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise((r) => proc!.once('exit', r));
    proc.kill(signal);
    await exited;
  };
  await start();
  return {
    base,
    stop,
    restart: start,
    sql,
    dispose: async () => {
      await stop();
      await drop();
    },
  };
}
