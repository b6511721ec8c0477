// GET: the class's results as CSV, for its teacher (Authorization: Bearer <key>).
import type { APIRoute } from 'astro';
import { handle } from '../../../../server/classroom/http';
import { results } from '../../../../server/classroom/service';

export const prerender = false;
export const GET: APIRoute = ({ request, params }) => handle(() => results(request, params.code, 'csv'));
