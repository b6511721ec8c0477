/** robots.txt: everything may be indexed; the sitemap's address needs the site's own. */
import type { APIRoute } from 'astro';
import { absolute } from '../lib/urls';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute('/sitemap-index.xml', site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
