// POST: a teacher creates a class; the answer holds its code and the teacher's key, once.
import type { APIRoute } from 'astro';
import { handle } from '../../../server/classroom/http';
import { createClass } from '../../../server/classroom/service';

export const prerender = false;
export const POST: APIRoute = ({ request, clientAddress }) => handle(() => createClass(request, clientAddress));
