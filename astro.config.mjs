// @ts-check
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import node from '@astrojs/node';
import subsetFonts from './src/integrations/subset-fonts';
import frameHeaders from './src/integrations/frame-headers';
import qrEncoder from './src/integrations/qr-encoder';
import chartImages from './src/integrations/chart-images';
import directLoader from './src/integrations/direct-loader';

/**
 * The address the site is published at: canonical URLs, the sitemap, social
 * cards (og:image must be absolute), citations and the Atom feed all start
 * with it. Set SITE_URL when building for another host.
 */
export const SITE_URL = process.env.SITE_URL ?? 'https://norway-prisons.example';

/** The site's own browser code: src/ (see vite.environments.client). */
const SRC = fileURLToPath(new URL('./src/', import.meta.url));

/**
 * A module of ours that may join the shared chunk: under src/, and with no
 * dynamic import() of its own (see vite.environments.client).
 * @param {string} id
 */
function isSharedSiteModule(id) {
  const file = id.split('?')[0];
  return file.startsWith(SRC) && /\.(ts|js)$/.test(file) && !/\bimport\(/.test(readFileSync(file, 'utf8'));
}

export default defineConfig({
  site: SITE_URL,
  // Clean, permanent URLs that end in a slash: /story/the-cell/.
  trailingSlash: 'ignore',
  // Every page is prerendered; only the class-results service (src/pages/api/,
  // `prerender = false`) runs on demand. The node adapter in middleware mode
  // hands scripts/serve.mjs a request handler, so one server applies the same
  // headers to the static site and to the service.
  adapter: node({ mode: 'middleware' }),
  // No sessions: the service sets no cookies.
  session: undefined,
  integrations: [
    mdx(),
    subsetFonts(),
    // Only the embeddable charts may be framed by other sites (dist/_headers).
    frameHeaders(),
    // The QR code encoder of /teach/, as one ES module (the file says why).
    qrEncoder(),
    // The loader of code that waits for first paint asks for nothing else before it (the file says why).
    directLoader(),
    // Every chart state as SVG and PNG, and the social cards, drawn from the built pages.
    chartImages(),
    // Embeds are parts of pages, not pages to find; the 404 page is no page at all.
    sitemap({ filter: (page) => !/\/(embed|404|partials)\b/.test(new URL(page).pathname) }),
  ],
  // The bad-content tests build fixture copies; they pass their own cache
  // directory so they never disturb the real build's content cache.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: {
    // Styles and scripts ship as files, never inlined: cacheable, and allowed
    // by the Content-Security-Policy as 'self'.
    inlineStylesheets: 'never',
    // dist/ stays the static site, exactly what a plain static host serves;
    // the service's server code is built beside it, never inside it.
    client: './',
    server: '../dist-server/',
  },
  vite: {
    // One stylesheet for the whole site (10 KB gzip), cached after the first
    // page: split per component, the story needed five render-blocking
    // requests, which cost it ~0.3 s of first paint on Lighthouse's phone.
    build: { assetsInlineLimit: 0, cssCodeSplit: false },
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // Our small modules that two or more page scripts share go in
              // one chunk, so a page's scripts arrive in two steps (its
              // entries, then this) instead of a waterfall of 200-byte files
              // three deep: the story asked for 10 scripts before it painted,
              // 6 now, and a class page's results 1.50 → 1.25 s LCP in
              // Lighthouse's phone run. A module that loads more code on
              // demand (the tweener loads GSAP) stays out, so no page gains a
              // path to code it never uses; so does Vite's preload helper
              // (not under src/), so a page whose only script is the loader of
              // code that waits for first paint (DeferredCode.astro) asks for
              // 1.5 KB before it paints, not 6.
              codeSplitting: { groups: [{ name: 'site', test: isSharedSiteModule, minShareCount: 2 }] },
            },
          },
        },
      },
    },
  },
});
