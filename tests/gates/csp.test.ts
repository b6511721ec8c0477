/**
 * Gate: a strict Content-Security-Policy on every page (no 'unsafe-inline' or
 * 'unsafe-eval' for scripts; every inline script allowed by its hash), and the
 * security headers static hosts send from dist/_headers: framing forbidden on
 * every page except the embeddable charts (src/lib/headers.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frameAncestors, headersFor, parseHeaders } from '../../src/lib/headers';
import { DIST, builtPages, builtPartials, readPage } from '../helpers/site';

function policy(html: string): Map<string, string[]> {
  const m = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html);
  if (!m) return new Map();
  return new Map(
    m[1]!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('Content-Security-Policy', () => {
  for (const page of builtPages()) {
    it(`${page.path} has a strict policy that allows exactly its inline scripts`, () => {
      const html = readPage(page);
      const csp = policy(html);
      expect(csp.size, 'a <meta http-equiv="content-security-policy">').toBeGreaterThan(0);
      const scripts = [...(csp.get('script-src') ?? []), ...(csp.get('script-src-elem') ?? [])];
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(scripts).not.toContain("'unsafe-eval'");
      expect(scripts.filter((s) => !s.startsWith("'sha") && s !== "'self'")).toEqual([]);
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('base-uri')).toEqual(["'self'"]);
      expect(csp.get('style-src') ?? []).not.toContain("'unsafe-inline'");
      expect(html, 'no inline style attributes (not allowed by style-src)').not.toMatch(/<[a-z][^>]*\sstyle="/i);
      const inline: string[] = [];
      for (const m of html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/gi)) {
        // Structured data (JSON-LD) is a data block: browsers never run it, so
        // script-src does not apply and it needs no hash.
        if (/\stype="application\/ld\+json"/.test(m[1]!)) continue;
        const hash = `'sha256-${createHash('sha256').update(m[2]!).digest('base64')}'`;
        expect(scripts, `inline script "${m[2]!.slice(0, 40)}…"`).toContain(hash);
        inline.push(hash);
      }
      // No hash for a script the page does not have: each one is a script an injection could reuse.
      expect(scripts.filter((s) => s.startsWith("'sha")).sort()).toEqual([...new Set(inline)].sort());
      // The policy comes before anything it governs.
      expect(html.search(/<meta http-equiv="content-security-policy"/i)).toBeLessThan(html.search(/<script|<link rel="stylesheet"/i));
      // Every page but the 404 page says what it is to search engines and link previews.
      if (page.type !== '404') expect(html).toMatch(/<meta property="og:image" content="https?:\/\/[^"]+\/cards\/[a-z0-9-]+\.png"/);
    });
  }
});

describe('partials', () => {
  // A partial is shown inside a page (the deck's slides in /present/) and lives under
  // that page's policy: nothing in it may need what the policy refuses.
  const partials = builtPartials();
  it('there is one: the deck’s slides', () => expect(partials.map((p) => p.path)).toEqual(['/partials/deck-slides/']));
  for (const page of partials) {
    it(`${page.path} has no script, inline style or document of its own`, () => {
      const html = readPage(page);
      expect(html).not.toMatch(/<script\b/i);
      expect(html).not.toMatch(/<[a-z][^>]*\sstyle="/i);
      expect(html).not.toMatch(/<!doctype|<html\b|<head\b/i);
      // Never a search result: a fragment is no page to land on.
      const rules = parseHeaders(readFileSync(join(DIST, '_headers'), 'utf8'));
      expect(headersFor(rules, page.path).get('x-robots-tag')).toEqual(['noindex']);
    });
  }
});

describe('dist/_headers (what a static host is given)', () => {
  // Real hosts apply every rule that matches a path and enforce every
  // Content-Security-Policy they send, so the headers are checked combined.
  const rules = parseHeaders(readFileSync(join(DIST, '_headers'), 'utf8'));
  const pages = builtPages();
  /** The ways a page's address can be written: /teach/, /teach, /teach/index.html. */
  const variants = (path: string) =>
    path.endsWith('/') && path !== '/' ? [path, path.slice(0, -1), `${path}index.html`] : path === '/' ? ['/', '/index.html'] : [path];
  const ancestors = (path: string) => (headersFor(rules, path).get('content-security-policy') ?? []).map((p) => frameAncestors(p));

  it('sends the security headers with every page', () => {
    for (const page of pages) {
      const all = headersFor(rules, page.path);
      expect(all.get('x-content-type-options'), page.path).toEqual(['nosniff']);
      expect(all.get('referrer-policy'), page.path).toEqual(['strict-origin-when-cross-origin']);
      expect(all.get('permissions-policy')?.[0], page.path).toMatch(/camera=\(\)/);
    }
  });

  it("forbids framing (frame-ancestors 'none') on every page but the embeds, at every address it has", () => {
    for (const page of pages.filter((p) => !p.embeddable)) {
      for (const path of variants(page.path)) expect(ancestors(path), path).toContainEqual(["'none'"]);
    }
  });

  it('lets any site frame the embeds, and they are the only pages without frame-ancestors \'none\'', () => {
    const embeds = pages.filter((p) => p.embeddable);
    expect(embeds.length, 'an embed page for every chart').toBeGreaterThan(0);
    for (const page of embeds) {
      for (const path of variants(page.path)) expect(ancestors(path), path).toEqual([['*']]);
    }
    const framable = pages.filter((p) => !ancestors(p.path).some((a) => a?.includes("'none'")));
    expect(framable.map((p) => p.path)).toEqual(embeds.map((p) => p.path));
  });

  it('says the same in the file a host reads, checked without the code that wrote it', () => {
    // Literal blocks, as a person reads dist/_headers: no framing on the story, the
    // section pages or the guide, and framing by anyone for the embeds alone.
    const text = readFileSync(join(DIST, '_headers'), 'utf8');
    const NONE = "Content-Security-Policy: frame-ancestors 'none'; object-src 'none'; base-uri 'self'";
    for (const pattern of ['/', '/index.html', '/story/*', '/teach/*', '/glossary/*', '/handout/*', '/sources/*', '/404.html']) {
      expect(text, pattern).toContain(`\n${pattern}\n  ${NONE}\n`);
    }
    expect(text).toContain("\n/embed/*\n  Content-Security-Policy: frame-ancestors *; object-src 'none'; base-uri 'self'\n");
    // The /* rule carries no frame-ancestors of its own: hosts would add it to the embeds too.
    const all = text.split(/\n(?=\S)/).find((block) => block.startsWith('/*\n'))!;
    expect(all).toContain('X-Content-Type-Options: nosniff');
    expect(all).not.toMatch(/frame-ancestors/i);
  });

  it('keeps the long cache for hashed files', () => {
    expect(headersFor(rules, '/_astro/x.js').get('cache-control')).toEqual(['public, max-age=31536000, immutable']);
  });
});
