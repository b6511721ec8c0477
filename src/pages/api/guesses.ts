// GET: how readers guessed (a histogram once there are enough). POST { device, question, value }: a reader's guess.
import type { APIRoute } from 'astro';
import { handle } from '../../server/classroom/http';
import { readerGuess, readerGuesses } from '../../server/classroom/service';

export const prerender = false;
export const GET: APIRoute = () => handle(readerGuesses);
export const POST: APIRoute = ({ request, clientAddress }) => handle(() => readerGuess(request, clientAddress));
