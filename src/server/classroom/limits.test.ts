import { describe, expect, it } from 'vitest';
import { RateLimiter } from './limits';

describe('RateLimiter', () => {
  it('allows max requests per window per key, then says when to retry', () => {
    let t = 0;
    const r = new RateLimiter({ max: 2, windowMs: 10_000 }, () => t);
    expect(r.take('a').ok).toBe(true);
    expect(r.take('a').ok).toBe(true);
    expect(r.take('b').ok).toBe(true);
    t = 4_000;
    expect(r.take('a')).toEqual({ ok: false, retryAfter: 6 });
    t = 10_000;
    expect(r.take('a').ok).toBe(true);
  });
});
