/**
 * The built site as the quality gates see it: every HTML page in dist/, its
 * URL path and its page type, with the budgets for that type. A page type is
 * the first segment of its path ("/" is the story, /story/<slug>/ a section); a new kind of page gets the
 * default budgets and every gate automatically, so nothing slips past them.
 */
import { isPartial, pageKind } from '../../src/lib/urls';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The build to check: dist/, or DIST_DIR (a separate build, e.g. for parallel work). */
export const DIST = process.env.DIST_DIR ?? 'dist';

export interface Budgets {
  /** Gzipped JavaScript the page loads before the reader does anything. */
  jsAtLoad: number;
  /** Gzipped JavaScript after a full scroll (includes GSAP where scenes animate). */
  jsAfterScroll: number;
  /** Gzipped CSS. */
  css: number;
  /** Font files requested on first view. */
  fonts: number;
}

const KB = 1024;
/**
 * The class service's browser code, about 5 KB: the class link (1.0), the
 * readers' guesses and the histogram they share with the class results (1.3),
 * requests (0.7), the class setup on /teach/ (1.6) and the shared vocabulary (0.3). Reachable through the shared deferred
 * loader from every page that has one, it loads only where the server says
 * the service runs, near the guess, on a class's link or on /teach/.
 */
const CLASS_SERVICE_JS = 6 * KB;
/** "Report an error": quoting the selection, and its form where the service runs (1.1 KB), loaded when idle on pages with sections. */
const REPORT_JS = 1.25 * KB;
/**
 * The deferred loader's catch of a press that comes before it (0.15 KB): it asks
 * for the pressed control's code at once instead of dropping the press.
 */
const EARLY_PRESS_JS = 0.25 * KB;
/** Issue 3: every page ≤ 10 KB of JS unless it animates a scene; CSS ≤ 25 KB; at most two font files. */
export const DEFAULT_BUDGETS: Budgets = { jsAtLoad: 10 * KB, jsAfterScroll: 10 * KB + CLASS_SERVICE_JS + REPORT_JS + EARLY_PRESS_JS, css: 25 * KB, fonts: 2 };
/** Pages that animate scenes may load GSAP and Scrollama once the reader scrolls. */
const SCENE_BUDGETS: Budgets = { ...DEFAULT_BUDGETS, jsAtLoad: 12 * KB, jsAfterScroll: 45 * KB + CLASS_SERVICE_JS + REPORT_JS };

/**
 * An embed shows one scene with step controls: the renderer after first paint
 * (within the default), GSAP (27 KB) on the first press of Previous or Next, never
 * with reduced motion. The same lazy allowance as the story, less Scrollama.
 */
const EMBED_BUDGETS: Budgets = { ...DEFAULT_BUDGETS, jsAfterScroll: 40 * KB };

/**
 * The presenter deck steps through every scene with the story's renderer,
 * and fetches GSAP (27 KB) once the page has loaded rather than at the first step, so a deck
 * loaded before class keeps animating if the room's network drops: its
 * "after" figure is what it has downloaded before the first slide changes.
 */
const PRESENT_BUDGETS: Budgets = { ...DEFAULT_BUDGETS, jsAfterScroll: 40 * KB };

/**
 * The teachers' guide draws the assignment link as a QR code: the encoder
 * (qrcode's core, 7.6 KB gzip) is fetched only once a teacher ticks a
 * section, never at load, where the page stays within the default. It also
 * loads the one chunk of code the site's pages share (astro.config.mjs),
 * whose scene helpers it does not use (0.9 KB): the price of pages that ask
 * for their scripts in two steps rather than three or four. The builder and
 * the class setup come through the deferred loader, after first paint.
 */
const TEACH_BUDGETS: Budgets = { ...DEFAULT_BUDGETS, jsAfterScroll: DEFAULT_BUDGETS.jsAfterScroll + 8 * KB };

/** Page types with their own budgets; any other type gets DEFAULT_BUDGETS. */
const TYPE_BUDGETS: Record<string, Budgets> = { story: SCENE_BUDGETS, embed: EMBED_BUDGETS, teach: TEACH_BUDGETS, present: PRESENT_BUDGETS };

/** The budgets of a page type, as the gates apply them (the browser tests measure against the same numbers). */
export const budgetsOf = (type: string): Budgets => TYPE_BUDGETS[type] ?? DEFAULT_BUDGETS;

export interface Page {
  /** URL path, e.g. "/" or "/404.html". */
  path: string;
  /** dist/ file. */
  file: string;
  type: string;
  budgets: Budgets;
  /** Pages meant to be framed by other sites (embeds). */
  embeddable: boolean;
}

export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ has no built site: run `npm run build` first (npm test does).');
  }
}

function pathOf(file: string): string {
  const rel = relative(DIST, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/** The kind of page at a path, as the site itself decides it. */
export const pageType = pageKind;

/** Everything a reader reads, for the gates on words, figures and links: the pages and the partials in them. */
export function builtText(): Page[] {
  requireDist();
  const files = readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  return files.map((file) => {
    const path = pathOf(file);
    const type = pageType(path);
    return { path, file, type, budgets: TYPE_BUDGETS[type] ?? DEFAULT_BUDGETS, embeddable: type === 'embed' };
  });
}

/** Every page: each HTML file but the partials, which are fragments inside a page (the deck's slides), not pages. */
export function builtPages(): Page[] {
  return builtText().filter((p) => !isPartial(p.path));
}

/** The partials (src/lib/urls.ts isPartial): fragments a page's code fetches and shows as part of it. */
export function builtPartials(): Page[] {
  return builtText().filter((p) => isPartial(p.path));
}

/** One page of each type (the first in path order), for the slow gates such as Lighthouse. */
export function onePagePerType(): Page[] {
  const seen = new Map<string, Page>();
  for (const p of builtPages()) if (!seen.has(p.type)) seen.set(p.type, p);
  return [...seen.values()];
}

export function readPage(page: Page): string {
  return readFileSync(page.file, 'utf8');
}

/** A file in dist/ for a site URL path such as "/_astro/x.js". */
export function distFile(urlPath: string): string {
  return join(DIST, decodeURIComponent(urlPath.split(/[?#]/)[0]!));
}

export function gzipSize(bytes: Uint8Array): number {
  return gzipSync(bytes, { level: 9 }).length;
}

export function kb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}
