// Measures how tall each embed's content is, in every state, in a frame 320,
// 360 and 640 px wide (src/lib/embed.ts NARROWEST_WIDTH, NARROW_WIDTH, WIDE_WIDTH), and writes
// src/data/embed-heights.json, from which the iframe code's fallback height
// comes (src/lib/embed-heights.ts). Run after a build, then build again:
//   npm run build && npm run measure:embeds && npm run build
// Serves dist/ itself (static, no class service) on PORT (default 4398).
// Needs Node 22.18 or newer (it reads src/scenes/registry.ts); npm run provides it.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { SCENES } from '../src/scenes/registry.ts';
import { NARROWEST_WIDTH, NARROW_WIDTH, WIDE_WIDTH } from '../src/lib/embed.ts';

const PORT = Number(process.env.PORT ?? 4398);
const BASE = `http://localhost:${PORT}`;
/** A little room over the measured height: other engines' fonts set a line a pixel or two taller. */
const SLACK = 4;
const OUT = 'src/data/embed-heights.json';

const server = spawn(process.execPath, ['scripts/serve.mjs', String(PORT)], { env: { ...process.env, SERVICE: 'off' }, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve, reject) => {
  server.stdout.on('data', (d) => String(d).includes('Serving') && resolve());
  server.on('exit', (code) => reject(new Error(`serve.mjs exited (${code})`)));
});

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const heights = {};
try {
  for (const [scene, { states }] of Object.entries(SCENES)) {
    const res = await fetch(`${BASE}/embed/${scene}/`);
    if (!res.ok) continue; // a scene with no chart in the story has no embed
    heights[scene] = {};
    for (const state of states) heights[scene][state] = [];
    for (const width of [NARROWEST_WIDTH, NARROW_WIDTH, WIDE_WIDTH]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      for (const state of states) {
        await page.goto(`${BASE}/embed/${scene}/?step=${encodeURIComponent(state)}`);
        await page.evaluate(() => document.fonts.ready);
        await page.waitForFunction(() => !!customElements.get('embed-steps') && !document.querySelector('[data-animating]'));
        const h = await page.locator('[data-embed]').evaluate((e) => Math.ceil(e.getBoundingClientRect().height));
        heights[scene][state].push(h + SLACK);
      }
      await page.close();
    }
    console.log(scene.padEnd(12), Object.entries(heights[scene]).map(([s, h]) => `${s} ${h.join('/')}`).join('  '));
  }
} finally {
  await browser.close();
  server.kill();
}
writeFileSync(OUT, `${JSON.stringify(heights, null, 2)}\n`);
console.log(`Wrote ${OUT}. Build again so the embed codes use it.`);
