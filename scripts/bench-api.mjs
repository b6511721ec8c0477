// npm run bench:api: a load benchmark of the class service, not a test (no
// library: an open-loop generator, each request at its own random moment).
// Simulates 20 classes of 30 students answering within one minute (each
// student joins, guesses and answers all 15 self-check questions: 17
// requests) while each class's dashboard refreshes every 5 s, against the
// built service on PGlite and on PostgreSQL, and prints throughput, latency
// (p50, p99), errors, and whether every acknowledged answer is in the
// database. Run `npm run build` first. PostgreSQL: TEST_DATABASE_URL, or a
// throwaway server started from the machine's binaries.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const CLASSES = 20;
const STUDENTS = 30;
const SECONDS = 60;
const DASHBOARD_EVERY_S = 5;
const PORT = 4390;
const base = `http://127.0.0.1:${PORT}`;

async function serve(env) {
  const proc = spawn(process.execPath, ['scripts/serve.mjs', String(PORT)], { env: { ...process.env, ...env }, stdio: 'ignore' });
  for (let i = 0; i < 200; i++) {
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) return proc;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the service did not start');
}

async function run(label, env) {
  const proc = await serve(env);
  const headers = { 'content-type': 'application/json', origin: base };
  const classes = [];
  for (let i = 0; i < CLASSES; i++) classes.push(await (await fetch(`${base}/api/classes`, { method: 'POST', headers, body: '{}' })).json());
  // The questions the site asks, from a class's (empty) results.
  const empty = await (await fetch(`${base}/api/classes/${classes[0].code}`, { headers: { authorization: `Bearer ${classes[0].key}` } })).json();
  const ids = empty.questions.map((q) => q.id);
  const plan = [];
  for (let s = 0; s < STUDENTS; s++) {
    for (const c of classes) {
      const device = randomBytes(16).toString('base64url');
      plan.push({ path: `/api/classes/${c.code}/join`, body: { device } });
      plan.push({ path: `/api/classes/${c.code}/answers`, body: { device, question: empty.guess.question, value: Math.floor(Math.random() * 101) } });
      for (const q of ids) plan.push({ path: `/api/classes/${c.code}/answers`, body: { device, question: q, value: Math.floor(Math.random() * 3) % 2 } });
    }
  }
  // Open-loop load, as a class makes it: each request at its own moment, spread
  // at random over the minute (autocannon's paced mode fires every connection
  // at the top of each second, which measures its own bursts, not the service).
  // A student's requests keep their order: join first, then the answers.
  const timed = [];
  for (let i = 0; i < plan.length; i += ids.length + 2) {
    const moments = Array.from({ length: ids.length + 2 }, () => Math.random() * SECONDS * 1000).sort((x, y) => x - y);
    moments.forEach((t, k) => timed.push({ at: t, ...plan[i + k], method: 'POST' }));
  }
  for (const [n, c] of classes.entries()) {
    for (let t = (n / CLASSES) * DASHBOARD_EVERY_S * 1000; t < SECONDS * 1000; t += DASHBOARD_EVERY_S * 1000) {
      timed.push({ at: t, path: `/api/classes/${c.code}`, method: 'GET', key: c.key, dashboard: true });
    }
  }
  timed.sort((x, y) => x.at - y.at);
  const stats = { answers: { ms: [], status: new Map(), errors: 0 }, dashboards: { ms: [], status: new Map(), errors: 0 } };
  const t0 = performance.now();
  await Promise.all(timed.map(async (r) => {
    await new Promise((ok) => setTimeout(ok, Math.max(0, r.at - (performance.now() - t0))));
    const bucket = r.dashboard ? stats.dashboards : stats.answers;
    const start = performance.now();
    try {
      const res = await fetch(`${base}${r.path}`, {
        method: r.method,
        headers: r.dashboard ? { authorization: `Bearer ${r.key}` } : headers,
        body: r.dashboard ? undefined : JSON.stringify(r.body),
      });
      await res.arrayBuffer();
      bucket.ms.push(performance.now() - start);
      bucket.status.set(res.status, (bucket.status.get(res.status) ?? 0) + 1);
    } catch {
      bucket.errors++;
    }
  }));
  const elapsed = (performance.now() - t0) / 1000;
  // Every acknowledged answer is stored: count what the service reports for each class.
  let stored = 0;
  let students = 0;
  for (const c of classes) {
    const r = await (await fetch(`${base}/api/classes/${c.code}`, { headers: { authorization: `Bearer ${c.key}` } })).json();
    stored += r.guess.n + r.questions.reduce((s, q) => s + q.answered, 0);
    students += r.students;
  }
  const expected = CLASSES * STUDENTS * (ids.length + 1);
  proc.kill('SIGTERM');
  await new Promise((r) => proc.once('exit', r));
  const pct = (xs, p) => [...xs].sort((x, y) => x - y)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))].toFixed(0);
  const row = (name, r) => {
    const ok = [...r.status].filter(([s]) => s < 300).reduce((n, [, c]) => n + c, 0);
    const other = [...r.status].filter(([s]) => s >= 300).map(([s, c]) => `${c}×${s}`).join(', ') || 'none';
    return `  ${name.padEnd(11)} ${String(r.ms.length).padStart(6)} requests, ${(r.ms.length / elapsed).toFixed(0).padStart(4)}/s, p50 ${pct(r.ms, 50).padStart(3)} ms, p99 ${pct(r.ms, 99).padStart(4)} ms, ${ok} ok, errors ${r.errors}, other statuses ${other}`;
  };
  console.log(`${label} (${elapsed.toFixed(0)} s)\n${row('answers', stats.answers)}\n${row('dashboards', stats.dashboards)}\n  stored ${stored} of ${expected} answers (${expected - stored} lost), ${students} of ${CLASSES * STUDENTS} students`);
}

const pglite = mkdtempSync(join(tmpdir(), 'bench-pglite-'));
await run('PGlite (embedded)', { PGLITE_DIR: pglite });
rmSync(pglite, { recursive: true, force: true });

let url = process.env.TEST_DATABASE_URL;
let folder;
if (!url) {
  const out = execFileSync('scripts/throwaway-postgres.sh', ['start'], { encoding: 'utf8' });
  url = /^DATABASE_URL=(.+)$/m.exec(out)[1];
  folder = /^PG_FOLDER=(.+)$/m.exec(out)[1];
}
const admin = new pg.Client({ connectionString: url });
await admin.connect();
await admin.query('drop database if exists bench_api with (force)');
await admin.query('create database bench_api');
await admin.end();
const benchUrl = new URL(url);
benchUrl.pathname = '/bench_api';
try {
  await run('PostgreSQL', { DATABASE_URL: benchUrl.href });
} finally {
  if (folder) execFileSync('scripts/throwaway-postgres.sh', ['stop', folder]);
}
