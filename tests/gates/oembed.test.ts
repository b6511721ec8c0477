/**
 * Gate: oEmbed (https://oembed.com/). Every section page with a chart names
 * its oEmbed answer in a discovery link (section 4 of the spec), and every
 * answer is a valid "rich" response (sections 2.3.4 and 2.3.4.4): the
 * required fields with the required types, a whole thumbnail or none, and
 * html that frames the chart's embed page and loads /embed.js. The site is
 * static, so the answers are files (/oembed/<section>.json); there is no
 * ?url= endpoint to test.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, builtPages, distFile, readPage } from '../helpers/site';

/** Every field the spec lets a response carry, and the type it must have. */
const FIELDS: Record<string, 'string' | 'number'> = {
  type: 'string', version: 'string', title: 'string', author_name: 'string', author_url: 'string',
  provider_name: 'string', provider_url: 'string', cache_age: 'number',
  thumbnail_url: 'string', thumbnail_width: 'number', thumbnail_height: 'number',
  html: 'string', width: 'number', height: 'number',
};

/** What is wrong with an oEmbed 1.0 rich response (none: it is valid). */
function richProblems(r: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const field of ['type', 'version', 'html', 'width', 'height']) if (!(field in r)) problems.push(`missing ${field}`);
  for (const [field, value] of Object.entries(r)) {
    const want = FIELDS[field];
    if (want && typeof value !== want) problems.push(`${field} is ${typeof value}, not ${want}`);
  }
  if (r.type !== 'rich') problems.push(`type is ${String(r.type)}, not rich`);
  if (r.version !== '1.0') problems.push(`version is ${String(r.version)}, not "1.0"`);
  for (const field of ['width', 'height', 'thumbnail_width', 'thumbnail_height', 'cache_age']) {
    const v = r[field];
    if (v !== undefined && !(Number.isInteger(v) && (v as number) > 0)) problems.push(`${field} is not a positive whole number`);
  }
  const thumb = ['thumbnail_url', 'thumbnail_width', 'thumbnail_height'].filter((f) => f in r);
  if (thumb.length && thumb.length < 3) problems.push('a thumbnail needs its url, width and height together');
  if (typeof r.html === 'string' && !r.html.trim()) problems.push('html is empty');
  return problems;
}

const sections = builtPages().filter((p) => p.type === 'section');
const discovery = (html: string) =>
  [...html.matchAll(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="([^"]*)">/g)].map((m) => ({ href: m[1]!, title: m[2]! }));

describe('oEmbed', () => {
  it('the validator refuses what the spec forbids', () => {
    expect(richProblems({ type: 'rich', version: '1.0', html: '<p>', width: 600, height: 400 })).toEqual([]);
    expect(richProblems({ type: 'rich', version: 1, html: '', width: '600', thumbnail_url: 'x' })).toEqual([
      'missing height', 'version is number, not string', 'width is string, not number',
      'version is 1, not "1.0"', 'width is not a positive whole number',
      'a thumbnail needs its url, width and height together', 'html is empty',
    ]);
  });

  it('every section page with a chart names its answer, and only those pages do', () => {
    expect(sections.length).toBeGreaterThan(0);
    for (const page of builtPages()) {
      const links = discovery(readPage(page));
      const hasChart = page.type === 'section' && /<embed-picker/.test(readPage(page));
      expect(links.length, page.path).toBe(hasChart ? 1 : 0);
    }
  });

  for (const page of sections) {
    const [link] = discovery(readPage(page));
    if (!link) continue;
    it(`${page.path}: its answer is a valid rich response that embeds its first chart`, () => {
      const url = new URL(link.href);
      expect(url.protocol).toBe('https:');
      expect(url.pathname).toMatch(/^\/oembed\/[a-z0-9-]+\.json$/);
      const file = distFile(url.pathname);
      expect(existsSync(file), url.pathname).toBe(true);
      const r = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      expect(richProblems(r)).toEqual([]);
      expect(r.title).toBe(link.title.replace(/&amp;/g, '&'));
      expect(r.provider_url).toBe(`${url.origin}/`);
      // The same code as the section's Embed box, as the page opens it.
      const html = r.html as string;
      const src = /<iframe src="([^"]+)"/.exec(html)?.[1];
      expect(src, html).toBeTruthy();
      const frame = new URL(src!);
      expect(frame.origin).toBe(url.origin);
      expect(frame.pathname).toMatch(/^\/embed\/[a-z-]+\/$/);
      expect(existsSync(join(DIST, frame.pathname, 'index.html'))).toBe(true);
      expect(html).toContain(`<script src="${url.origin}/embed.js" async></script>`);
      expect(html).toContain(`height="${r.height}"`);
      const scene = frame.pathname.split('/')[2];
      const box = new RegExp(`<textarea id="embed-${scene}-code"[^>]*>([^<]*)</textarea>`).exec(readPage(page))?.[1];
      expect(box?.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')).toBe(html);
      if (r.thumbnail_url) expect(existsSync(distFile(new URL(r.thumbnail_url as string).pathname))).toBe(true);
    });
  }

  it('no answer is left without a page that names it', () => {
    const named = new Set(sections.flatMap((p) => discovery(readPage(p)).map((l) => new URL(l.href).pathname)));
    const files = readdirSync(join(DIST, 'oembed')).map((f) => `/oembed/${f}`);
    expect(files.sort()).toEqual([...named].sort());
  });

  it('a static host lets other sites\' scripts read the answers', () => {
    expect(readFileSync(join(DIST, '_headers'), 'utf8')).toMatch(/\n\/oembed\/\*\n {2}Access-Control-Allow-Origin: \*\n/);
  });
});
