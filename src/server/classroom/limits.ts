/**
 * Limits of the class service, each with its reason. Rate limits are counted
 * in this process's memory over a sliding minute and forgotten after it; the
 * client part of a key is a hash of the address, never stored or logged.
 */

/** Largest request body accepted: an answer is about 100 bytes. */
export const MAX_BODY_BYTES = 2 * 1024;
/** A class holds at most this many devices: a large class of 35 with room for a second device each. */
export const MAX_CLASS_DEVICES = 80;
/** Days after which a class and its answers are deleted by the service itself. */
export const CLASS_DAYS = 30;
/** Days the readers' anonymous guesses (outside any class) are kept. */
export const READER_GUESS_DAYS = 365;
/** Error reports: the longest message and quote a reader may send, the largest body, and how long reports are kept. */
export const REPORT_MESSAGE_CHARS = 2000;
export const REPORT_QUOTE_CHARS = 600;
export const MAX_REPORT_BYTES = 12 * 1024;
export const REPORT_DAYS = 365;
/** How often the service deletes what has expired. */
export const PURGE_EVERY_MS = 60 * 60 * 1000;

export interface Limit {
  /** Requests allowed per window. */
  max: number;
  windowMs: number;
}

export const LIMITS = {
  /** Classes created from one network per hour: a school makes a few a day, a script hundreds. */
  createClass: { max: 20, windowMs: 60 * 60 * 1000 },
  /** Answers from one device per minute: a section has at most three questions and one guess. */
  device: { max: 30, windowMs: 60 * 1000 },
  /** Answers and joins into one class per minute: 80 devices answering ~20 questions in the same minute. */
  class: { max: 2000, windowMs: 60 * 1000 },
  /** Readers' guesses from one network per minute: a school's shared address, a class at once. */
  readerGuess: { max: 120, windowMs: 60 * 1000 },
  /** Error reports from one network per hour: a careful reader sends a few, a script hundreds. */
  report: { max: 10, windowMs: 60 * 60 * 1000 },
  /** Dashboard reads per class per minute: a projector refreshing every few seconds, and a few teachers' phones. */
  dashboard: { max: 240, windowMs: 60 * 1000 },
} as const satisfies Record<string, Limit>;

/** Counts requests per key in fixed windows; `take` says whether one more is allowed. */
export class RateLimiter {
  private readonly hits = new Map<string, { start: number; count: number }>();

  constructor(private readonly limit: Limit, private readonly now: () => number = Date.now) {}

  /** Whether the request may go on; if not, the seconds until it may. */
  take(key: string): { ok: true } | { ok: false; retryAfter: number } {
    const t = this.now();
    const entry = this.hits.get(key);
    if (!entry || t - entry.start >= this.limit.windowMs) {
      if (this.hits.size > 50_000) this.sweep(t);
      this.hits.set(key, { start: t, count: 1 });
      return { ok: true };
    }
    if (entry.count >= this.limit.max) return { ok: false, retryAfter: Math.ceil((entry.start + this.limit.windowMs - t) / 1000) };
    entry.count++;
    return { ok: true };
  }

  /** Forgets windows that have ended, so memory stays bounded under a flood of keys. */
  private sweep(t: number): void {
    for (const [key, e] of this.hits) if (t - e.start >= this.limit.windowMs) this.hits.delete(key);
  }
}
