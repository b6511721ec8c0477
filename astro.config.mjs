// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  integrations: [mdx()],
  // The bad-content tests build fixture copies; they pass their own cache
  // directory so they never disturb the real build's content cache.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: {
    // Styles and scripts ship as files, never inlined: cacheable, and a
    // Content-Security-Policy can allow them by origin instead of by hash.
    inlineStylesheets: 'never',
  },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
