// POST { device, question, value }: a student's first answer to a question.
import type { APIRoute } from 'astro';
import { handle } from '../../../../server/classroom/http';
import { answer } from '../../../../server/classroom/service';

export const prerender = false;
export const POST: APIRoute = ({ request, params }) => handle(() => answer(request, params.code));
