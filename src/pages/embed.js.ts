/**
 * /embed.js: the script a host page loads beside an embedded chart, so the
 * iframe's height follows its content. Its code is hostScript() in
 * src/lib/embed.ts, where it is typed and unit-tested; this endpoint writes
 * that function's source, called with the message types, at build time.
 */
import type { APIRoute } from 'astro';
import { hostScriptSource } from '../lib/embed';

export const GET: APIRoute = () =>
  new Response(hostScriptSource(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
