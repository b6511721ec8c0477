// POST { device }: a student's device joins the class (counted, nothing else).
import type { APIRoute } from 'astro';
import { handle } from '../../../../server/classroom/http';
import { join } from '../../../../server/classroom/service';

export const prerender = false;
export const POST: APIRoute = ({ request, params }) => handle(() => join(request, params.code));
