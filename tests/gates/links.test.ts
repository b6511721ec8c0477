/**
 * Gate: every internal link and every #fragment on every built page resolves.
 * External links are listed, not fetched.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { expect, it } from 'vitest';
import { DIST, builtText, readPage } from '../helpers/site';

const ORIGIN = 'https://site.invalid';

function parse(html: string): Document {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true } });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** dist/ file for a path, as a static host would serve it. */
function fileFor(pathname: string): string | undefined {
  const clean = decodeURIComponent(pathname);
  const candidates = clean.endsWith('/') ? [join(DIST, clean, 'index.html')] : [join(DIST, clean), join(DIST, clean, 'index.html'), join(DIST, `${clean}.html`)];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

it('every internal link and fragment resolves', () => {
  // The partials too (the deck's slides): their links are followed from the page they are shown in.
  const pages = builtText();
  const ids = new Map<string, Set<string>>();
  const docs = new Map(pages.map((p) => [p.file, parse(readPage(p))]));
  for (const [file, doc] of docs) ids.set(file, new Set([...doc.querySelectorAll('[id]')].map((e) => e.id)));

  const broken: string[] = [];
  const external = new Set<string>();
  let checked = 0;
  for (const page of pages) {
    const doc = docs.get(page.file)!;
    const base = new URL(page.path, ORIGIN);
    const refs = [
      ...[...doc.querySelectorAll('a[href], link[href]')].map((e) => e.getAttribute('href')!),
      ...[...doc.querySelectorAll('script[src], img[src], source[src]')].map((e) => e.getAttribute('src')!),
    ];
    for (const ref of refs) {
      if (/^(mailto|tel|data):/.test(ref)) continue;
      const url = new URL(ref, base);
      if (url.origin !== ORIGIN) {
        external.add(url.href);
        continue;
      }
      checked++;
      const target = fileFor(url.pathname);
      if (!target) {
        broken.push(`${page.path}: ${ref} (no file)`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !ids.get(target)?.has(fragment)) {
        broken.push(`${page.path}: ${ref} (no element with id "${fragment}")`);
      }
    }
  }
  console.log(`links: ${checked} internal links checked on ${pages.length} page(s); ${external.size} external, not fetched:\n  ${[...external].sort().join('\n  ')}`);
  expect(checked).toBeGreaterThan(50);
  expect(broken).toEqual([]);
});
