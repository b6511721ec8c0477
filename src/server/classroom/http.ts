/**
 * Requests and answers of the class service: JSON in, JSON out, and every
 * refusal a clear 4xx with a sentence saying what was wrong.
 */
import { createHash } from 'node:crypto';
import { MAX_BODY_BYTES, type RateLimiter } from './limits';

/** A refusal: thrown anywhere below an endpoint, answered by `handle`. */
export class Refusal extends Error {
  constructor(readonly status: number, message: string, readonly headers: Record<string, string> = {}) {
    super(message);
  }
}

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...headers } });

/** Runs an endpoint; a Refusal becomes its status and message, anything else a 500 that reveals nothing. */
export async function handle(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Refusal) return json({ error: error.message }, error.status, error.headers);
    console.error('class service:', error);
    return json({ error: 'Something went wrong on our side; nothing was saved.' }, 500);
  }
}

/** The body as JSON, refused if it is not JSON, too large, or not an object. */
export async function readJson(request: Request, maxBytes = MAX_BODY_BYTES): Promise<Record<string, unknown>> {
  if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) throw new Refusal(415, 'Send JSON (Content-Type: application/json).');
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw new Refusal(413, `The body is larger than ${maxBytes} bytes.`);
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw new Refusal(413, `The body is larger than ${maxBytes} bytes.`);
      }
      chunks.push(value);
    }
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new Refusal(400, 'The body is not valid JSON.');
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new Refusal(400, 'The body must be a JSON object.');
  return body as Record<string, unknown>;
}

/** The requester's network, for rate limits only: hashed, held in memory for a minute, never stored. */
export const networkOf = (address: string): string => createHash('sha256').update(address).digest('base64url').slice(0, 16);

export function limit(limiter: RateLimiter, key: string): void {
  const r = limiter.take(key);
  if (!r.ok) throw new Refusal(429, `Too many requests; try again in ${r.retryAfter} s.`, { 'retry-after': String(r.retryAfter) });
}

/** The teacher's key from `Authorization: Bearer <key>`. */
export function bearer(request: Request): string {
  const m = /^Bearer ([A-Za-z0-9_-]{1,64})$/.exec(request.headers.get('authorization') ?? '');
  if (!m) throw new Refusal(401, 'This needs the teacher key (Authorization: Bearer <key>).');
  return m[1]!;
}
