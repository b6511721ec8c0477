/**
 * The database, opened once per server process, with its migrations applied.
 * - DATABASE_URL set: a PostgreSQL server (node-postgres pool). This is how
 *   the service runs past one machine: a managed PostgreSQL, any number of
 *   servers in front of it.
 * - Otherwise: PGlite, PostgreSQL compiled to WebAssembly, in this process,
 *   keeping its files in PGLITE_DIR (default `.data/pglite`, beside the
 *   project), so `npm start` needs nothing installed or configured.
 * Both speak the same SQL to the same schema; the code above this file does
 * not know which one it has.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  /** Which engine, for /api/health and the logs. */
  kind: 'postgres' | 'pglite';
  close(): Promise<void>;
}

/** Migrations written by drizzle-kit from src/server/db/schema.ts, applied in order at start. */
const MIGRATIONS = resolve(process.env.MIGRATIONS_DIR ?? 'db/migrations');
/**
 * Connections to a PostgreSQL server: enough for two cores' worth of
 * concurrent requests, well under a small managed database's limit of ~25.
 */
const POOL_SIZE = Number(process.env.DATABASE_POOL ?? 10);

async function open(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const { default: pg } = await import('pg');
    const { drizzle } = await import('drizzle-orm/node-postgres');
    const { migrate } = await import('drizzle-orm/node-postgres/migrator');
    const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE });
    const db = drizzle(pool, { schema });
    await migrate(db, { migrationsFolder: MIGRATIONS });
    return { db: db as unknown as Db, kind: 'postgres', close: () => pool.end() };
  }
  const dir = resolve(process.env.PGLITE_DIR ?? '.data/pglite');
  mkdirSync(dir, { recursive: true });
  lockFolder(dir);
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  const client = await PGlite.create(dir);
  const db = drizzle(client, { schema });
  await migrate(db, { migrationsFolder: MIGRATIONS });
  return { db: db as unknown as Db, kind: 'pglite', close: () => client.close() };
}

/**
 * PGlite is one process's database: two servers writing one folder would
 * corrupt it. A lock file holds the owner's process id; a lock left by a
 * process that has died is taken over.
 */
function lockFolder(dir: string): void {
  const lock = `${dir}.lock`;
  try {
    writeFileSync(lock, String(process.pid), { flag: 'wx' });
  } catch {
    const owner = Number(readFileSync(lock, 'utf8'));
    let alive = false;
    try {
      alive = owner !== process.pid && process.kill(owner, 0);
    } catch {
      alive = false;
    }
    if (alive) throw new Error(`${dir} is in use by another server (process ${owner}). Stop it, or give this one its own PGLITE_DIR, or use DATABASE_URL.`);
    writeFileSync(lock, String(process.pid));
  }
  process.once('exit', () => {
    try {
      if (Number(readFileSync(lock, 'utf8')) === process.pid) rmSync(lock);
    } catch {
      // Already gone.
    }
  });
}

let opened: Promise<Database> | undefined;

/** The process's database; the first call opens it and applies migrations. A failed open is retried on the next call. */
export function database(): Promise<Database> {
  opened ??= open().catch((error: unknown) => {
    opened = undefined;
    throw error;
  });
  return opened;
}
