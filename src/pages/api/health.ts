// The class service is here and its database answers: pages show class features only then.
import type { APIRoute } from 'astro';
import { handle } from '../../server/classroom/http';
import { health } from '../../server/classroom/service';

export const prerender = false;
export const GET: APIRoute = () => handle(health);
