/**
 * The class-results service, end to end: the built endpoints behind
 * scripts/serve.mjs, on PGlite and on a real PostgreSQL server. Bad input gets
 * a clear 4xx and changes nothing; what was acknowledged is stored, under
 * concurrency and across a crash; nothing stored identifies anyone.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LIMITS, MAX_BODY_BYTES, MAX_CLASS_DEVICES } from '../../src/server/classroom/limits';
import { MIN_PUBLIC_GUESSES } from '../../src/lib/classroom';
import { startService, type Backend, type Service } from './server';
import { TEST_EDITOR_KEY } from '../helpers/editor-key';

const GUESS = 'guess/norway-reconviction-2005';
/** Section 2's first self-check question: three choices, the second right. */
const CHECK = 'the-cell/0';

const device = () => randomBytes(16).toString('base64url');

describe.each<Backend>(['pglite', 'postgres'])('the class service on %s', (backend) => {
  let svc: Service;
  const api = (path: string, init: RequestInit & { json?: unknown; key?: string } = {}) => {
    const headers = new Headers(init.headers);
    if (init.json !== undefined) headers.set('content-type', 'application/json');
    if (init.key) headers.set('authorization', `Bearer ${init.key}`);
    // What a browser sends with any request that changes something.
    if (init.method && init.method !== 'GET') headers.set('origin', svc.base);
    return fetch(`${svc.base}${path}`, { ...init, headers, body: init.json !== undefined ? JSON.stringify(init.json) : init.body });
  };
  const newClass = async () => {
    const r = await api('/api/classes', { method: 'POST', json: {} });
    expect(r.status).toBe(201);
    return (await r.json()) as { code: string; key: string; expiresAt: string };
  };
  const answer = (code: string, body: unknown) => api(`/api/classes/${code}/answers`, { method: 'POST', json: body });
  const results = async (code: string, key: string) => {
    const r = await api(`/api/classes/${code}`, { key });
    expect(r.status).toBe(200);
    return r.json();
  };

  beforeAll(async () => {
    svc = await startService(backend, inject('postgresUrl'));
  });
  afterAll(async () => svc?.dispose());

  it('says which database it runs on', async () => {
    expect(await (await api('/api/health')).json()).toEqual({ ok: true, database: backend });
  });

  it('shows readers\' guesses only once there are enough of them (first: class guesses count too)', async () => {
    const before = await (await api('/api/guesses')).json();
    expect(before).toMatchObject({ enough: false, bins: null });
    const missing = MIN_PUBLIC_GUESSES - before.n;
    for (let i = 0; i < missing; i++) expect((await api('/api/guesses', { method: 'POST', json: { device: device(), question: GUESS, value: 30 } })).status).toBe(201);
    const after = await (await api('/api/guesses')).json();
    expect(after.n).toBe(MIN_PUBLIC_GUESSES);
    expect(after.enough).toBe(true);
    expect(after.bins.reduce((a: number, b: number) => a + b, 0)).toBe(MIN_PUBLIC_GUESSES);
  });

  it('creates a class with a short unambiguous code and a 128-bit key, shown once', async () => {
    const c = await newClass();
    expect(c.code).toMatch(/^[ABCDEFGHJKMNPQRSTWXYZ2-9]{6}$/);
    expect(c.key).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(Buffer.from(c.key, 'base64url')).toHaveLength(16);
    expect(new Date(c.expiresAt).getTime() - Date.now()).toBeGreaterThan(29.9 * 24 * 3600e3);
    const r = await results(c.code, c.key);
    expect(r).toMatchObject({ code: c.code, students: 0 });
  });

  it('counts a first answer once, and refuses a second from the same device without changing anything', async () => {
    const c = await newClass();
    const d = device();
    expect((await answer(c.code, { device: d, question: CHECK, value: 2 })).status).toBe(201);
    const again = await answer(c.code, { device: d, question: CHECK, value: 1 });
    expect(again.status).toBe(409);
    expect((await again.json()).error).toMatch(/already answered/);
    expect((await answer(c.code, { device: d, question: GUESS, value: 35 })).status).toBe(201);
    const r = await results(c.code, c.key);
    expect(r.students).toBe(1);
    expect(r.questions.find((q: { id: string }) => q.id === CHECK)).toMatchObject({ answered: 1, right: 0, topWrong: { choice: 2, n: 1 } });
    expect(r.guess).toMatchObject({ n: 1, actual: 20 });
    expect(r.guess.bins[3]).toBe(1);
  });

  it('refuses bad input with a clear 4xx and stores nothing from it', async () => {
    const c = await newClass();
    const d = device();
    const post = (body: BodyInit, type = 'application/json') =>
      fetch(`${svc.base}/api/classes/${c.code}/answers`, { method: 'POST', headers: { 'content-type': type, origin: svc.base }, body });
    const SQL = "x'); DELETE FROM answers; --";
    const HTML = '<img src=x onerror=alert(1)>';
    const cases: [string, () => Promise<Response>, number, RegExp][] = [
      ['malformed JSON', () => post('{"device":'), 400, /not valid JSON/],
      ['a JSON array', () => post('[1,2]'), 400, /JSON object/],
      ['not JSON at all', () => post('device=x', 'text/plain'), 415, /Send JSON/],
      ['an oversized body', () => post(JSON.stringify({ device: d, question: CHECK, value: 1, pad: 'x'.repeat(MAX_BODY_BYTES) })), 413, /larger than/],
      ['a value of the wrong type', () => post(JSON.stringify({ device: d, question: CHECK, value: '1' })), 400, /^value: /],
      ['a fractional value', () => post(JSON.stringify({ device: d, question: CHECK, value: 1.5 })), 400, /whole number/],
      ['a missing device', () => post(JSON.stringify({ question: CHECK, value: 1 })), 400, /^device: /],
      ['an unknown field', () => post(JSON.stringify({ device: d, question: CHECK, value: 1, name: 'Ada' })), 400, /Unknown field: name/],
      ['an unknown question', () => post(JSON.stringify({ device: d, question: 'the-cell/9', value: 1 })), 422, /Unknown question/],
      ['a choice that does not exist', () => post(JSON.stringify({ device: d, question: CHECK, value: 3 })), 422, /3 choices/],
      ['a negative choice', () => post(JSON.stringify({ device: d, question: CHECK, value: -1 })), 422, /3 choices/],
      ['a guess over 100', () => post(JSON.stringify({ device: d, question: GUESS, value: 101 })), 422, /0 to 100/],
      ['a guess under 0', () => post(JSON.stringify({ device: d, question: GUESS, value: -5 })), 422, /0 to 100/],
      ['SQL in the device', () => post(JSON.stringify({ device: SQL, question: CHECK, value: 1 })), 400, /^device: /],
      ['SQL in the question', () => post(JSON.stringify({ device: d, question: SQL, value: 1 })), 422, /Unknown question/],
      ['HTML in the device', () => post(JSON.stringify({ device: HTML, question: CHECK, value: 1 })), 400, /^device: /],
      ['HTML in the question', () => post(JSON.stringify({ device: d, question: HTML, value: 1 })), 422, /Unknown question/],
      ['an unknown class', () => api('/api/classes/ZZZZZZ/answers', { method: 'POST', json: { device: d, question: CHECK, value: 1 } }), 404, /No class/],
      ['SQL as the class code', () => api(`/api/classes/${encodeURIComponent(SQL)}/answers`, { method: 'POST', json: { device: d, question: CHECK, value: 1 } }), 404, /No class/],
      ['results without the key', () => api(`/api/classes/${c.code}`), 401, /teacher key/],
      ['results with a wrong key', () => api(`/api/classes/${c.code}`, { key: randomBytes(16).toString('base64url') }), 403, /does not open/],
      ['results with SQL as the key', () => api(`/api/classes/${c.code}`, { headers: { authorization: `Bearer ${SQL}` } }), 401, /teacher key/],
      ['deleting with a wrong key', () => api(`/api/classes/${c.code}`, { method: 'DELETE', key: randomBytes(16).toString('base64url') }), 403, /does not open/],
      ['a self-check answer outside a class', () => api('/api/guesses', { method: 'POST', json: { device: d, question: CHECK, value: 1 } }), 422, /only the guess/],
    ];
    for (const [what, send, status, message] of cases) {
      const r = await send();
      expect(r.status, what).toBe(status);
      expect((await r.json()).error, what).toMatch(message);
    }
    // Nothing of it was stored, and the class still opens with its key.
    const r = await results(c.code, c.key);
    expect(r.students).toBe(0);
    expect(r.questions.reduce((s: number, q: { answered: number }) => s + q.answered, 0)).toBe(0);
    expect(r.guess.n).toBe(0);
  });

  it('holds at most the allowed number of devices in a class', async () => {
    const c = await newClass();
    const joins = await Promise.all(Array.from({ length: MAX_CLASS_DEVICES + 5 }, () => api(`/api/classes/${c.code}/join`, { method: 'POST', json: { device: device() } })));
    const statuses = joins.map((r) => r.status);
    expect(statuses.filter((s) => s === 204)).toHaveLength(MAX_CLASS_DEVICES);
    expect(statuses.filter((s) => s === 409)).toHaveLength(5);
    expect((await results(c.code, c.key)).students).toBe(MAX_CLASS_DEVICES);
  });

  it('stores every acknowledged answer when hundreds arrive at once', async () => {
    const classes = await Promise.all(Array.from({ length: 5 }, newClass));
    const sent = classes.flatMap((c) => Array.from({ length: 60 }, () => ({ c, d: device() })));
    const replies = await Promise.all(
      sent.flatMap(({ c, d }) => [
        answer(c.code, { device: d, question: CHECK, value: 1 }),
        answer(c.code, { device: d, question: GUESS, value: 20 }),
      ]),
    );
    expect(replies.map((r) => r.status).filter((s) => s !== 201)).toEqual([]);
    for (const c of classes) {
      const r = await results(c.code, c.key);
      expect(r.students).toBe(60);
      expect(r.questions.find((q: { id: string }) => q.id === CHECK)).toMatchObject({ answered: 60, right: 60 });
      expect(r.guess.n).toBe(60);
    }
  });

  it('keeps every acknowledged answer through a crash in mid-stream', async () => {
    const c = await newClass();
    const acknowledged: string[] = [];
    let crashed = false;
    const stream = (async () => {
      for (let i = 0; i < 400 && !crashed; i++) {
        const d = device();
        try {
          const r = await answer(c.code, { device: d, question: GUESS, value: i % 101 });
          if (r.status === 201) acknowledged.push(d);
        } catch {
          // The server died under this request: it was never acknowledged.
        }
      }
    })();
    await new Promise((r) => setTimeout(r, 400));
    crashed = true;
    await svc.stop('SIGKILL');
    await stream;
    expect(acknowledged.length).toBeGreaterThan(5);
    await svc.restart();
    const r = await results(c.code, c.key);
    expect(r.guess.n).toBeGreaterThanOrEqual(acknowledged.length);
    expect(r.students).toBeGreaterThanOrEqual(acknowledged.length);
    // At most the one request in flight when it died may have been stored without an answer.
    expect(r.guess.n).toBeLessThanOrEqual(acknowledged.length + 1);
  });

  it('exports the aggregates as CSV, and deletes a class with everything in it', async () => {
    const c = await newClass();
    await answer(c.code, { device: device(), question: CHECK, value: 1 });
    const csv = await api(`/api/classes/${c.code}/results.csv`, { key: c.key });
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(await csv.text()).toContain(`${c.code},right on the first try,${CHECK},1`);
    expect((await api(`/api/classes/${c.code}`, { method: 'DELETE', key: c.key })).status).toBe(204);
    expect((await api(`/api/classes/${c.code}`, { key: c.key })).status).toBe(404);
    expect((await answer(c.code, { device: device(), question: CHECK, value: 1 })).status).toBe(404);
  });

  it('stores no IP address, no raw device id, no key; deletes expired classes by itself', async () => {
    const c = await newClass();
    const d = device();
    await answer(c.code, { device: d, question: CHECK, value: 0 });
    await svc.stop();
    const everything = JSON.stringify([
      ...(await svc.sql('select * from classes')),
      ...(await svc.sql('select * from members')),
      ...(await svc.sql('select * from answers')),
    ]);
    expect(everything).toContain(c.code);
    for (const secret of [d, c.key, '127.0.0.1', '::1']) expect(everything).not.toContain(secret);
    // A class past its 30 days is deleted, with its answers, when the service next starts.
    await svc.sql(`update classes set expires_at = now() - interval '1 minute' where code = $1`, [c.code]);
    await svc.restart();
    expect((await api(`/api/classes/${c.code}`, { key: c.key })).status).toBe(404);
    await svc.stop();
    expect(await svc.sql('select count(*)::int as n from classes where code = $1', [c.code])).toEqual([{ n: 0 }]);
    expect(await svc.sql(`select count(*)::int as n from answers a left join classes c on c.id = a.class_id where a.class_id is not null and c.id is null`)).toEqual([{ n: 0 }]);
    await svc.restart();
  });

  it('takes a reader\'s error report, refuses bad ones with a clear 4xx, and shows them only to the editor\'s key', async () => {
    const report = (body: unknown, headers: Record<string, string> = {}) => api('/api/reports', { method: 'POST', json: body, headers });
    const bad: [string, unknown, number, RegExp][] = [
      ['an unknown section', { section: 'no-such-section', message: 'The figure is wrong here.' }, 422, /Unknown section/],
      ['SQL as the section', { section: "x'; DROP TABLE reports; --", message: 'The figure is wrong here.' }, 422, /Unknown section/],
      ['a message too short to act on', { section: 'the-cell', message: 'bad' }, 400, /^message: /],
      ['a message too long', { section: 'the-cell', message: 'x'.repeat(2001) }, 400, /^message: at most/],
      ['a quote too long', { section: 'the-cell', quote: 'q'.repeat(601), message: 'The figure is wrong here.' }, 400, /^quote: at most/],
      ['a name, which is not asked for', { section: 'the-cell', message: 'The figure is wrong here.', name: 'Ada' }, 400, /Unknown field: name/],
      ['a message of the wrong type', { section: 'the-cell', message: 42 }, 400, /^message: /],
    ];
    for (const [what, body, status, message] of bad) {
      const r = await report(body);
      expect(r.status, what).toBe(status);
      expect((await r.json()).error, what).toMatch(message);
    }
    const big = await fetch(`${svc.base}/api/reports`, { method: 'POST', headers: { 'content-type': 'application/json', origin: svc.base }, body: JSON.stringify({ section: 'the-cell', message: 'y'.repeat(20_000) }) });
    expect(big.status).toBe(413);
    const HTML = '<img src=x onerror=alert(1)> is not 12 m²';
    expect((await report({ section: 'the-cell', quote: 'about 12 m²', message: HTML })).status).toBe(201);
    // Only the editor's key opens them; the stored text is the text sent, nothing added.
    expect((await api('/api/reports')).status).toBe(401);
    expect((await api('/api/reports', { key: randomBytes(16).toString('base64url') })).status).toBe(403);
    const list = await (await api('/api/reports', { key: TEST_EDITOR_KEY })).json();
    expect(list.reports).toHaveLength(1);
    expect(list.reports[0]).toMatchObject({ section: 'the-cell', quote: 'about 12 m²', message: HTML });
    expect(Object.keys(list.reports[0]).sort()).toEqual(['at', 'id', 'message', 'quote', 'section']);
    // A flood is slowed: ten an hour from one network.
    const statuses: number[] = [];
    for (let i = 0; i < LIMITS.report.max; i++) statuses.push((await report({ section: 'the-cell', message: `Report number ${i} of a flood.` })).status);
    expect(statuses.at(-1)).toBe(429);
    expect((await (await api('/api/reports', { key: TEST_EDITOR_KEY })).json()).reports).toHaveLength(LIMITS.report.max);
  });

  it('slows a flood with 429 and Retry-After', async () => {
    const c = await newClass();
    const d = device();
    const statuses: number[] = [];
    for (let i = 0; i < LIMITS.device.max + 3; i++) {
      const r = await answer(c.code, { device: d, question: CHECK, value: 1 });
      statuses.push(r.status);
      if (r.status === 429) expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect(statuses.slice(0, 2)).toEqual([201, 409]);
    expect(statuses.slice(-3)).toEqual([429, 429, 429]);
    // Class creation from one network: the hourly limit holds (this test runs last, as it uses the limit up).
    const made: number[] = [];
    for (let i = 0; i < LIMITS.createClass.max + 1; i++) made.push((await api('/api/classes', { method: 'POST', json: {} })).status);
    expect(made.at(-1)).toBe(429);
  });

});
