// npm run bench: a scroll-performance benchmark, not a test. Builds the site
// (timed), serves dist/ as a static host would, then scrolls the whole story
// in Chromium at 375×667 with 4× CPU throttling, three times with JavaScript
// and three times without, and prints the medians:
//   long tasks over 50 ms, main-thread scripting time, share of frames that
//   miss 16.7 ms (of all, and of those in which a scene tweens, by scene),
//   time from a step crossing the trigger line to the first animated frame,
//   and main-thread busy time relative to the same scroll
//   without JavaScript; plus build time and the bytes of dist/, and the
//   host's speed (Lighthouse's benchmark index, unthrottled): 4× throttling
//   slows whatever the host is, so figures from different days or machines
//   compare only at a similar index.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { pageFunctions } from 'lighthouse/core/lib/page-functions.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PORT = 4399;
const CPU_SLOWDOWN = 4;
const WHEEL_PX = 120;
const WHEEL_GAP_MS = 50;
const FRAME_BUDGET_MS = 1000 / 60;
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const spread = (xs) => `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}`;
function bytesOf(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
}

const t0 = performance.now();
const build = spawnSync('npm', ['run', 'build'], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
if (build.status !== 0) throw new Error('npm run build failed');
const buildSeconds = (performance.now() - t0) / 1000;
const distBytes = bytesOf('dist');

// The story's pages only: the service and its database are not what this measures.
const server = spawn('node', ['scripts/serve.mjs', String(PORT)], { stdio: 'ignore', env: { ...process.env, SERVICE: 'off' } });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/** Instrumentation for the benchmark only: the page itself has no scroll listener. */
function instrument() {
  const w = window;
  // frameScenes[i] names the scenes animating during frames[i] ('' for none), from a label the
  // mutation observer below keeps, so the frame callback does no DOM work of its own.
  w.bench = { longTasks: [], frames: [], frameScenes: [], crossings: [], responses: [], animating: new Set(), label: '' };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.bench.longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
  let last = 0;
  const frame = (t) => {
    if (w.bench.recording && last) {
      w.bench.frames.push(t - last);
      w.bench.frameScenes.push(w.bench.label);
    }
    last = t;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  // When a step's top crosses the trigger line, note the time…
  addEventListener('scroll', () => {
    if (!w.bench.recording || !w.bench.tops) return;
    const line = scrollY + w.bench.trigger;
    const passed = w.bench.tops.filter((t) => t <= line).length;
    if (passed !== w.bench.passed) w.bench.crossings.push(performance.now());
    w.bench.passed = passed;
  }, { passive: true });
  // …and when a tween starts, the next frame is the first animated one.
  new MutationObserver((records) => {
    for (const r of records) {
      const scene = r.target.dataset.scene ?? r.target.closest('[data-scene]')?.dataset.scene ?? '?';
      if (r.target.hasAttribute('data-animating')) w.bench.animating.add(scene);
      else w.bench.animating.delete(scene);
      w.bench.label = [...w.bench.animating].sort().join('+');
      if (r.oldValue === null && r.target.hasAttribute('data-animating')) {
        requestAnimationFrame((t) => {
          const crossing = w.bench.crossings.at(-1);
          if (crossing !== undefined && t >= crossing) w.bench.responses.push(t - crossing);
        });
      }
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-animating'], attributeOldValue: true });
}

async function scrollOnce(javaScriptEnabled) {
  const context = await browser.newContext({ viewport: { width: 375, height: 667 }, javaScriptEnabled });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (javaScriptEnabled) await page.addInitScript(instrument);
  await page.goto(`http://localhost:${PORT}/`, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  if (javaScriptEnabled) {
    await page.evaluate(() => {
      const engine = document.querySelector('story-engine');
      window.bench.trigger = parseFloat(getComputedStyle(engine).getPropertyValue('--trigger')) * innerHeight;
      window.bench.tops = [...document.querySelectorAll('[data-step]')].map((s) => s.getBoundingClientRect().top + scrollY);
      window.bench.longTasks.length = 0;
      window.bench.recording = true;
    });
  }
  const metric = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const before = await metric();
  const start = performance.now();
  await page.mouse.move(100, 300);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let i = 0; i < 2000; i++) {
    await page.mouse.wheel(0, WHEEL_PX);
    await page.waitForTimeout(WHEEL_GAP_MS);
    if (i % 20 === 0 && (await page.evaluate(() => scrollY + innerHeight)) >= height - 2) break;
  }
  await page.waitForTimeout(1000);
  const after = await metric();
  const result = {
    busy: after.TaskDuration - before.TaskDuration,
    scripting: after.ScriptDuration - before.ScriptDuration,
    // Share of the scroll's wall time the main thread was busy. The pages
    // differ in length (steps are spaced further apart when they animate),
    // so the same scroll compares busy time per second of scrolling.
    utilisation: (after.TaskDuration - before.TaskDuration) / ((performance.now() - start) / 1000),
  };
  if (javaScriptEnabled) {
    const b = await page.evaluate(() => ({ ...window.bench, animating: undefined, recording: false }));
    result.longTasks = b.longTasks.filter((d) => d > 50).length;
    const late = (f) => f > FRAME_BUDGET_MS + 1;
    result.missed = b.frames.filter(late).length / Math.max(1, b.frames.length);
    const animated = b.frames.filter((_, i) => b.frameScenes[i]);
    result.animatedMissed = animated.filter(late).length / Math.max(1, animated.length);
    // Per scene, [frames, missed]: which drawings the misses come from.
    result.byScene = {};
    b.frames.forEach((f, i) => {
      const scene = b.frameScenes[i];
      if (!scene) return;
      const row = (result.byScene[scene] ??= [0, 0]);
      row[0]++;
      if (late(f)) row[1]++;
    });
    result.response = b.responses.length ? median(b.responses) : NaN;
  }
  await context.close();
  return result;
}

/** Lighthouse's benchmark index of this host, unthrottled, in a blank page (median of three). */
async function hostIndex() {
  const page = await browser.newPage();
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await page.evaluate(`(${pageFunctions.computeBenchmarkIndex.toString()})()`));
  await page.close();
  return median(runs);
}

try {
  const indexBefore = await hostIndex();
  const withJs = [];
  const withoutJs = [];
  for (let i = 0; i < RUNS; i++) {
    withJs.push(await scrollOnce(true));
    withoutJs.push(await scrollOnce(false));
    const [on, off] = [withJs.at(-1), withoutJs.at(-1)];
    process.stderr.write(`run ${i + 1}/${RUNS}: main thread busy ${(on.utilisation * 100).toFixed(0)}% of the scroll with JS (scripting ${on.scripting.toFixed(2)} s), ${(off.utilisation * 100).toFixed(0)}% without\n`);
  }
  const m = (key, runs = withJs) => median(runs.map((r) => r[key]));
  const figures = {
    'long tasks > 50 ms during the scroll': m('longTasks'),
    'main-thread scripting time (s)': (m('scripting')).toFixed(2),
    // The spread too: on a shared host single runs of one build range over 0.7–2.5 %.
    'frames missing 16.7 ms': `${(m('missed') * 100).toFixed(1)}% (runs ${spread(withJs.map((r) => r.missed * 100))} %)`,
    // Frames while a scene tweens: where the misses are (the rest of the scroll misses almost none).
    'animated frames missing 16.7 ms': `${(m('animatedMissed') * 100).toFixed(1)}%`,
    'step crossing → first animated frame (ms)': m('response').toFixed(0),
    'main-thread busy per second of scroll, JS on ÷ off': (m('utilisation') / m('utilisation', withoutJs)).toFixed(2),
    'host speed (Lighthouse benchmark index)': `${indexBefore} before, ${await hostIndex()} after`,
    'build time (s)': buildSeconds.toFixed(1),
    'dist/ total bytes': `${distBytes} (${(distBytes / 1024).toFixed(0)} KB)`,
  };
  console.log(`\nScroll benchmark, 375×667, ${CPU_SLOWDOWN}× CPU throttling, median of ${RUNS} runs (${new Date().toISOString().slice(0, 10)})`);
  for (const [k, v] of Object.entries(figures)) console.log(`  ${k.padEnd(44)} ${v}`);
  // Summed over the runs with JavaScript.
  const scenes = {};
  for (const r of withJs) for (const [scene, [n, late]] of Object.entries(r.byScene)) {
    const row = (scenes[scene] ??= [0, 0]);
    row[0] += n;
    row[1] += late;
  }
  console.log('  animated frames missed, by scene (all runs):');
  for (const [scene, [n, late]] of Object.entries(scenes).sort()) console.log(`    ${scene.padEnd(30)} ${((late / n) * 100).toFixed(1)}% of ${n}`);
} finally {
  await browser.close();
  server.kill();
}
