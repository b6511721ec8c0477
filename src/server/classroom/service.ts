/**
 * The class service's endpoints as functions of a request: what each route
 * file under src/pages/api/ calls. One database and one set of rate limits
 * per process; expired classes are deleted at start and every hour.
 */
import { parseClassCode, MIN_PUBLIC_GUESSES } from '../../lib/classroom';
import { database } from '../db/connect';
import { answerBody, checkAnswer, joinBody, parseBody } from './answers';
import { catalog } from './catalog';
import { bearer, json, limit, networkOf, readJson, Refusal } from './http';
import { LIMITS, PURGE_EVERY_MS, RateLimiter } from './limits';
import { readerHistogram, resultsCsv, resultsOf } from './results';
import * as store from './store';

const limiters = {
  createClass: new RateLimiter(LIMITS.createClass),
  device: new RateLimiter(LIMITS.device),
  class: new RateLimiter(LIMITS.class),
  readerGuess: new RateLimiter(LIMITS.readerGuess),
  dashboard: new RateLimiter(LIMITS.dashboard),
};

let purging: ReturnType<typeof setInterval> | undefined;

/** The database, with the hourly purge started the first time it is needed. */
async function db() {
  const { db } = await database();
  if (!purging) {
    const purge = () => store.purgeExpired(db).catch((e: unknown) => console.error('class service: purge failed', e));
    purging = setInterval(purge, PURGE_EVERY_MS);
    purging.unref();
    await purge();
  }
  return db;
}

function codeOf(param: string | undefined): string {
  const code = parseClassCode(param);
  if (!code) throw new Refusal(404, 'No class with this code.');
  return code;
}

export async function health(): Promise<Response> {
  const { kind } = await database();
  await db();
  return json({ ok: true, database: kind });
}

export async function createClass(request: Request, address: string): Promise<Response> {
  limit(limiters.createClass, networkOf(address));
  // No fields are needed; a body, if any, must still be JSON of a sane size.
  if (request.headers.get('content-length') !== '0' && request.body) await readJson(request);
  const made = await store.createClass(await db());
  return json({ code: made.code, key: made.key, expiresAt: made.expiresAt.toISOString() }, 201);
}

export async function join(request: Request, param: string | undefined): Promise<Response> {
  const code = codeOf(param);
  const body = parseBody(joinBody, await readJson(request));
  limit(limiters.device, body.device);
  limit(limiters.class, code);
  const d = await db();
  await store.join(d, await store.findClass(d, code), body.device);
  return new Response(null, { status: 204 });
}

export async function answer(request: Request, param: string | undefined): Promise<Response> {
  const code = codeOf(param);
  const body = parseBody(answerBody, await readJson(request));
  limit(limiters.device, body.device);
  limit(limiters.class, code);
  const checked = checkAnswer(await catalog(), body.question, body.value);
  const d = await db();
  await store.saveAnswer(d, await store.findClass(d, code), body.device, checked);
  return json({ saved: true }, 201);
}

export async function results(request: Request, param: string | undefined, format: 'json' | 'csv'): Promise<Response> {
  const code = codeOf(param);
  const key = bearer(request);
  limit(limiters.dashboard, code);
  const d = await db();
  const cls = await store.teacherClass(d, code, key);
  const r = resultsOf(await catalog(), await store.classAnswers(d, cls));
  if (format === 'csv') {
    return new Response(resultsCsv(r, code), {
      headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="class-${code}.csv"`, 'cache-control': 'no-store' },
    });
  }
  return json({ code, expiresAt: cls.expiresAt.toISOString(), ...r });
}

export async function deleteClass(request: Request, param: string | undefined): Promise<Response> {
  const code = codeOf(param);
  const key = bearer(request);
  const d = await db();
  await store.deleteClass(d, await store.teacherClass(d, code, key));
  return new Response(null, { status: 204 });
}

export async function readerGuess(request: Request, address: string): Promise<Response> {
  const body = parseBody(answerBody, await readJson(request));
  limit(limiters.readerGuess, networkOf(address));
  limit(limiters.device, body.device);
  const c = await catalog();
  const checked = checkAnswer(c, body.question, body.value);
  if (checked.question.kind !== 'guess') throw new Refusal(422, 'Outside a class, only the guess is collected.');
  await store.saveAnswer(await db(), null, body.device, checked);
  return json({ saved: true }, 201);
}

/** Everyone's guesses as a histogram, or only how many there are while too few to show. */
export async function readerGuesses(): Promise<Response> {
  const c = await catalog();
  if (!c.guess) throw new Refusal(404, 'This story asks for no guess.');
  const h = readerHistogram(await store.guessCounts(await db(), c.guess.id));
  const enough = h.n >= MIN_PUBLIC_GUESSES;
  return json({ question: c.guess.id, n: h.n, enough, min: MIN_PUBLIC_GUESSES, bins: enough ? h.bins : null });
}
