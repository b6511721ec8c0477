/**
 * Gate: a strict Content-Security-Policy on every page (no 'unsafe-inline' or
 * 'unsafe-eval' for scripts; every inline script allowed by its hash), and the
 * security headers for static hosts in public/_headers.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages, readPage } from '../helpers/site';

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
      for (const m of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
        const hash = `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`;
        expect(scripts, `inline script "${m[1]!.slice(0, 40)}…"`).toContain(hash);
      }
    });
  }
});

describe('public/_headers', () => {
  const text = readFileSync('public/_headers', 'utf8');
  const rule = (path: string) => {
    const block = text.split(/\n(?=\S)/).find((b) => b.split('\n')[0]!.trim() === path) ?? '';
    return Object.fromEntries(
      block
        .split('\n')
        .slice(1)
        .map((l) => l.trim())
        .filter((l) => l.includes(':'))
        .map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
    );
  };

  it('sends the security headers for every page', () => {
    const all = rule('/*');
    expect(all['x-content-type-options']).toBe('nosniff');
    expect(all['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(all['permissions-policy']).toMatch(/camera=\(\)/);
    expect(all['content-security-policy']).toMatch(/frame-ancestors 'none'/);
  });

  it('forbids framing on every built page (none is an embed yet)', () => {
    const embeds = builtPages().filter((p) => p.embeddable);
    expect(embeds).toEqual([]);
  });
});
