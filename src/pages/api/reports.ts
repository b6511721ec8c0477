// POST { section, quote?, message }: a reader reports an error. GET: the reports, for the editor (Authorization: Bearer <key>).
import type { APIRoute } from 'astro';
import { handle } from '../../server/classroom/http';
import { listReports, submitReport } from '../../server/reports';

export const prerender = false;
export const POST: APIRoute = ({ request, clientAddress }) => handle(() => submitReport(request, clientAddress));
export const GET: APIRoute = ({ request }) => handle(() => listReports(request));
