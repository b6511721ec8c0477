// GET: the class's results for its teacher (Authorization: Bearer <key>). DELETE: the class and all its answers.
import type { APIRoute } from 'astro';
import { handle } from '../../../../server/classroom/http';
import { deleteClass, results } from '../../../../server/classroom/service';

export const prerender = false;
export const GET: APIRoute = ({ request, params }) => handle(() => results(request, params.code, 'json'));
export const DELETE: APIRoute = ({ request, params }) => handle(() => deleteClass(request, params.code));
