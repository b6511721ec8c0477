/**
 * Gate: size budgets per page type (gzip), and the fonts: at most two files,
 * preloaded, subset to the characters the pages use (Norwegian letters kept).
 * A budget overrun fails with the numbers.
 */
import { readFileSync } from 'node:fs';
import * as hb from 'harfbuzzjs';
import fontverter from 'fontverter';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { charactersFor, visibleText } from '../../src/lib/text-chars';
import { builtPages, distFile, gzipSize, kb, readPage, type Page } from '../helpers/site';

// Vite writes imports with any of the three quote kinds.
const STATIC_IMPORT = /(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g;

function parse(html: string): Document {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true } });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** Every script a set of entry scripts pulls in, following static imports (and dynamic ones if asked). */
function scriptClosure(entries: string[], dynamic: boolean): Set<string> {
  const seen = new Set<string>();
  const visit = (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    const code = readFileSync(distFile(url), 'utf8');
    const imports = [...code.matchAll(STATIC_IMPORT), ...(dynamic ? code.matchAll(DYNAMIC_IMPORT) : [])];
    for (const m of imports) visit(new URL(m[1]!, `https://x${url}`).pathname);
  };
  entries.forEach(visit);
  return seen;
}

const total = (urls: Iterable<string>) => [...urls].reduce((sum, u) => sum + gzipSize(readFileSync(distFile(u))), 0);

interface Row {
  page: string;
  type: string;
  jsLoad: number;
  jsAll: number;
  css: number;
  fonts: number;
}

function measure(page: Page): Row {
  const doc = parse(readPage(page));
  const entries = [...doc.querySelectorAll('script[src]')].map((s) => new URL(s.getAttribute('src')!, `https://x${page.path}`).pathname);
  const css = [...doc.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href')!);
  const fonts = doc.querySelectorAll('link[rel="preload"][as="font"]').length;
  return {
    page: page.path,
    type: page.type,
    jsLoad: total(scriptClosure(entries, false)),
    jsAll: total(scriptClosure(entries, true)),
    css: total(css),
    fonts,
  };
}

describe('size budgets', () => {
  const pages = builtPages();
  const rows = pages.map((p) => [p, measure(p)] as const);
  console.log(
    `budgets (gzip):\n${rows
      .map(([p, r]) => `  ${r.page.padEnd(24)} ${r.type.padEnd(8)} JS ${kb(r.jsLoad)} at load / ${kb(r.jsAll)} with lazy chunks (≤ ${kb(p.budgets.jsAfterScroll)}), CSS ${kb(r.css)} (≤ ${kb(p.budgets.css)}), ${r.fonts} preloaded font(s)`)
      .join('\n')}`,
  );

  for (const [page, r] of rows) {
    it(`${page.path} stays within the ${page.type} budgets`, () => {
      const over: string[] = [];
      if (r.jsLoad > page.budgets.jsAtLoad) over.push(`JS at load ${kb(r.jsLoad)} > ${kb(page.budgets.jsAtLoad)}`);
      if (r.jsAll > page.budgets.jsAfterScroll) over.push(`JS with every lazy chunk ${kb(r.jsAll)} > ${kb(page.budgets.jsAfterScroll)}`);
      if (r.css > page.budgets.css) over.push(`CSS ${kb(r.css)} > ${kb(page.budgets.css)}`);
      if (r.fonts > page.budgets.fonts) over.push(`${r.fonts} preloaded fonts > ${page.budgets.fonts}`);
      expect(over).toEqual([]);
    });
  }
});

describe('script requests', () => {
  // Each request costs a phone a round trip even when it is tiny; two script
  // tags whose files hold the same code are a request for nothing (a page
  // once asked for the same deferred loader seven times, once per component).
  for (const page of builtPages()) {
    it(`${page.path} asks for no script twice under different names`, () => {
      const srcs = [...parse(readPage(page)).querySelectorAll('script[src]')].map((s) => new URL(s.getAttribute('src')!, `https://x${page.path}`).pathname);
      const byCode = new Map<string, string[]>();
      for (const src of srcs) {
        const code = readFileSync(distFile(src), 'utf8');
        byCode.set(code, [...(byCode.get(code) ?? []), src]);
      }
      expect([...byCode.values()].filter((same) => same.length > 1)).toEqual([]);
    });
  }
});

describe('fonts', () => {
  const pages = builtPages();
  const css = [...new Set(pages.flatMap((p) => [...parse(readPage(p)).querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href')!)))]
    .map((href) => readFileSync(distFile(href), 'utf8'))
    .join('\n');
  const fontUrls = [...new Set([...css.matchAll(/url\(['"]?(\/fonts\/[^'")]+\.woff2)['"]?\)/g)].map((m) => m[1]!))];
  const used = charactersFor(pages.map((p) => visibleText(readPage(p))));

  it('at most two font files, each preloaded on every page', () => {
    expect(fontUrls.length).toBeGreaterThan(0);
    expect(fontUrls.length).toBeLessThanOrEqual(2);
    for (const page of pages) {
      const preloaded = [...parse(readPage(page)).querySelectorAll('link[rel="preload"][as="font"]')].map((l) => l.getAttribute('href'));
      expect(preloaded.sort(), page.path).toEqual([...fontUrls].sort());
    }
  });

  for (const url of fontUrls) {
    it(`${url} is subset to the characters used, and keeps every one the full font had`, async () => {
      const built = readFileSync(distFile(url));
      const unicodes = async (bytes: Uint8Array) =>
        new Set(new hb.Face(new hb.Blob(await fontverter.convert(Buffer.from(bytes), 'sfnt'))).collectUnicodes());
      const has = await unicodes(built);
      const full = await unicodes(readFileSync(`public${url}`));
      const face = new hb.Face(new hb.Blob(await fontverter.convert(built, 'sfnt')));
      const missing = [...used].filter((ch) => full.has(ch.codePointAt(0)!) && !has.has(ch.codePointAt(0)!));
      expect(missing.join('')).toBe('');
      for (const ch of 'æøåÆØÅ') expect(has.has(ch.codePointAt(0)!), ch).toBe(true);
      const axes = face.getAxisInfos();
      expect(Object.keys(axes), 'still variable').toContain('wght');
      // Cut to the weights its @font-face declares (400 to 700 or 800), not the whole 100–900 range.
      expect(axes.wght!.min).toBeGreaterThanOrEqual(400);
      expect(axes.wght!.max).toBeLessThanOrEqual(800);
      // Subset: far fewer characters than the full latin file's ~220.
      expect(has.size).toBeLessThan(200);
      console.log(`font ${url}: ${kb(built.length)}, ${has.size} characters`);
    });
  }
});
