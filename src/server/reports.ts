/**
 * Error reports from readers, where the service runs: validated against the
 * content (a section it has), size-limited, rate-limited, with nothing that
 * identifies the sender. The editor reads them with a key that works like a
 * teacher's: it travels in the page's fragment, and the server holds only its
 * SHA-256 (EDITOR_KEY_SHA256; `npm run editor-key` makes a pair).
 */
import { z } from 'astro/zod';
import { desc, lt } from 'drizzle-orm';
import { database } from './db/connect';
import { reports } from './db/schema';
import { parseBody } from './classroom/answers';
import { bearer, json, limit, networkOf, readJson, Refusal } from './classroom/http';
import { keyMatches } from './classroom/keys';
import { LIMITS, MAX_REPORT_BYTES, RateLimiter, REPORT_DAYS, REPORT_MESSAGE_CHARS, REPORT_QUOTE_CHARS } from './classroom/limits';
import { loadStory } from './story';

const reportBody = z.strictObject({
  section: z.string().max(80),
  quote: z.string().max(REPORT_QUOTE_CHARS, `at most ${REPORT_QUOTE_CHARS} characters`).optional(),
  message: z.string().trim().min(10, 'say in a sentence what is wrong').max(REPORT_MESSAGE_CHARS, `at most ${REPORT_MESSAGE_CHARS} characters`),
});

const limiter = new RateLimiter(LIMITS.report);
const DAY_MS = 24 * 60 * 60 * 1000;

export async function submitReport(request: Request, address: string): Promise<Response> {
  const body = parseBody(reportBody, await readJson(request, MAX_REPORT_BYTES));
  const { sections } = await loadStory();
  if (!sections.some((s) => s.data.slug === body.section)) throw new Refusal(422, 'Unknown section.');
  // Counted once a report would be stored: a refused one costs the database nothing.
  limit(limiter, networkOf(address));
  const { db } = await database();
  await db.insert(reports).values({ section: body.section, quote: body.quote?.trim() || null, message: body.message });
  return json({ saved: true }, 201);
}

/** Reports for the editor, newest first; older than REPORT_DAYS are deleted first. */
export async function listReports(request: Request): Promise<Response> {
  const hash = process.env.EDITOR_KEY_SHA256;
  if (!hash || !/^[0-9a-f]{64}$/.test(hash)) throw new Refusal(503, 'No editor key is set up on this server (EDITOR_KEY_SHA256).');
  if (!keyMatches(bearer(request), hash)) throw new Refusal(403, 'This key does not open the reports.');
  const { db } = await database();
  await db.delete(reports).where(lt(reports.createdAt, new Date(Date.now() - REPORT_DAYS * DAY_MS)));
  const rows = await db.select().from(reports).orderBy(desc(reports.createdAt)).limit(500);
  return json({ reports: rows.map((r) => ({ id: r.id, section: r.section, quote: r.quote, message: r.message, at: r.createdAt.toISOString() })) });
}
