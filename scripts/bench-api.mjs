// npm run bench:api: a load benchmark of the class service, not a test.
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
import autocannon from 'autocannon';
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
  let next = 0;
  const answers = autocannon({
    url: base,
    connections: 40,
    overallRate: Math.ceil(plan.length / SECONDS),
    amount: plan.length,
    requests: [{
      setupRequest: (req) => {
        const r = plan[next++ % plan.length];
        return { ...req, method: 'POST', path: r.path, headers, body: JSON.stringify(r.body) };
      },
    }],
  });
  let d = 0;
  const dashboards = autocannon({
    url: base,
    connections: CLASSES,
    overallRate: CLASSES / DASHBOARD_EVERY_S,
    duration: SECONDS,
    requests: [{
      setupRequest: (req) => {
        const c = classes[d++ % CLASSES];
        return { ...req, method: 'GET', path: `/api/classes/${c.code}`, headers: { authorization: `Bearer ${c.key}` } };
      },
    }],
  });
  const [a, b] = await Promise.all([answers, dashboards]);
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
  const row = (name, r) =>
    `  ${name.padEnd(11)} ${String(r.requests.total).padStart(6)} requests, ${r.requests.average.toFixed(0).padStart(4)}/s, p50 ${String(r.latency.p50).padStart(3)} ms, p99 ${String(r.latency.p99).padStart(4)} ms, errors ${r.errors + r.timeouts}, non-2xx ${r.non2xx}`;
  console.log(`${label}\n${row('answers', a)}\n${row('dashboards', b)}\n  stored ${stored} of ${expected} answers (${expected - stored} lost), ${students} of ${CLASSES * STUDENTS} students`);
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
