import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frameAncestors, headersFor, matches, pagePatterns, parseHeaders, withFrameRules } from './headers';

const PUBLIC = readFileSync('public/_headers', 'utf8');
const PAGES = ['/', '/404.html', '/teach/', '/story/the-cell/', '/story/does-it-work/', '/embed/room/', '/embed/cells/'];

describe('matching paths as static hosts do', () => {
  it('treats * as anything, :name as one segment, and the rest literally', () => {
    expect(matches('/*', '/')).toBe(true);
    expect(matches('/*', '/embed/room/')).toBe(true);
    expect(matches('/teach/*', '/teach/')).toBe(true);
    expect(matches('/teach/*', '/teach/index.html')).toBe(true);
    expect(matches('/teach/*', '/teacher/')).toBe(false);
    expect(matches('/teach', '/teach/')).toBe(false);
    expect(matches('/', '/index.html')).toBe(false);
    expect(matches('/404.html', '/404xhtml')).toBe(false);
    expect(matches('/story/:slug/', '/story/the-cell/')).toBe(true);
    expect(matches('/story/:slug/', '/story/a/b/')).toBe(false);
  });

  it('reads frame-ancestors from a policy', () => {
    expect(frameAncestors("frame-ancestors 'none'; object-src 'none'")).toEqual(["'none'"]);
    expect(frameAncestors("object-src 'none'")).toBeUndefined();
  });

  it('groups pages into patterns', () => {
    expect(pagePatterns(PAGES)).toEqual(['/', '/index.html', '/404.html', '/teach', '/teach/*', '/story', '/story/*', '/embed', '/embed/*']);
  });
});

describe('withFrameRules', () => {
  const rules = parseHeaders(withFrameRules(PUBLIC, PAGES));
  const policies = (path: string) => headersFor(rules, path).get('content-security-policy') ?? [];
  const ancestors = (path: string) => policies(path).map((p) => frameAncestors(p));

  it('forbids framing on every other page, however its address is written, combining rules as real hosts do', () => {
    for (const path of ['/', '/index.html', '/404.html', '/teach/', '/teach', '/teach/index.html', '/story/the-cell/', '/story/does-it-work/index.html']) {
      expect(ancestors(path), path).toEqual([["'none'"]]);
    }
  });

  it('lets any site frame the embeds, with the rest of the policy kept', () => {
    for (const path of ['/embed/room/', '/embed/cells/index.html']) {
      expect(ancestors(path), path).toEqual([['*']]);
      expect(policies(path)[0]).toMatch(/object-src 'none'; base-uri 'self'/);
    }
  });

  it('keeps every other header of public/_headers', () => {
    const all = headersFor(rules, '/embed/room/');
    expect(all.get('x-content-type-options')).toEqual(['nosniff']);
    expect(all.get('referrer-policy')).toEqual(['strict-origin-when-cross-origin']);
    expect(headersFor(rules, '/_astro/x.js').get('cache-control')).toEqual(['public, max-age=31536000, immutable']);
    expect(headersFor(rules, '/fonts/x.woff2').get('cache-control')?.[0]).toMatch(/max-age=604800/);
  });

  it('refuses a file whose /* rule has no frame-ancestors to move', () => {
    expect(() => withFrameRules('/*\n  X-Content-Type-Options: nosniff\n', PAGES)).toThrow(/frame-ancestors/);
  });

  it('writes no embed rule when there are no embeds', () => {
    expect(parseHeaders(withFrameRules(PUBLIC, ['/', '/teach/'])).map((r) => r.pattern)).not.toContain('/embed/*');
  });
});
