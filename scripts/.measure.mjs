import { chromium } from 'playwright-core';
const W = +(process.argv[2] ?? 375), H = +(process.argv[3] ?? 667), SHOT = process.argv[4];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: W, height: H } });
await page.goto('http://localhost:4321/');
await page.waitForSelector('story-engine[data-ready]');
const scenes = await page.$$eval('figure[data-scene]', (fs) => fs.map((f) => f.dataset.scene));
const out = [];
for (const scene of scenes) {
  const states = await page.$$eval(`#scene-${scene} [data-step]`, (ss) => ss.map((s) => s.dataset.state));
  for (const [i, state] of states.entries()) {
    const y = await page.evaluate(([scene, i]) => {
      const step = document.querySelectorAll(`#scene-${scene} [data-step]`)[i];
      const engine = document.querySelector('story-engine');
      const t = parseFloat(getComputedStyle(engine).getPropertyValue('--trigger'));
      return Math.round(step.getBoundingClientRect().top + scrollY - t * innerHeight + 40);
    }, [scene, i]);
    await page.evaluate((y) => scrollTo({ top: y, behavior: 'instant' }), y);
    await page.waitForFunction(([scene, state]) => document.querySelector(`figure[data-scene=${scene}]`).dataset.state === state && !document.querySelector('[data-animating]'), [scene, state]);
    await page.waitForTimeout(50);
    const r = await page.evaluate((scene) => {
      const fig = document.querySelector(`figure[data-scene=${scene}]`);
      const svg = fig.querySelector('svg');
      const scale = svg.getScreenCTM().a;
      const vis = (el) => { let o = 1; for (let e = el; e && e !== svg; e = e.parentElement) { const cs = getComputedStyle(e); if (cs.display === 'none' || cs.visibility === 'hidden') return 0; o *= +cs.opacity; if (e.dataset?.effect?.startsWith('grow') && parseFloat(cs.getPropertyValue('--p')) === 0) return 0; } return o; };
      const texts = [...svg.querySelectorAll('text')].filter((t) => t.textContent.trim() && vis(t) > 0.05);
      const items = texts.map((t) => { const b = t.getBoundingClientRect(); return { text: t.textContent.trim().slice(0, 30), px: +(parseFloat(getComputedStyle(t).fontSize) * scale).toFixed(1), b: [b.left, b.top, b.right, b.bottom] }; });
      const overlaps = [];
      for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) {
        const [a, c] = [items[i].b, items[j].b];
        const ox = Math.min(a[2], c[2]) - Math.max(a[0], c[0]), oy = Math.min(a[3], c[3]) - Math.max(a[1], c[1]);
        if (ox > 1 && oy > 1) overlaps.push(`${items[i].text} × ${items[j].text}`);
      }
      const px = items.map((i) => i.px).sort((a, b) => a - b);
      return { n: items.length, min: px[0], median: px[Math.floor(px.length / 2)], small: items.filter((i) => i.px < 12).map((i) => `${i.text}(${i.px})`), overlaps, figH: fig.getBoundingClientRect().height, svgW: svg.getBoundingClientRect().width };
    }, scene);
    out.push({ scene, state, ...r });
    if (SHOT) await page.locator(`figure[data-scene=${scene}]`).screenshot({ path: `${SHOT}/${scene}-${i}-${state}.png` });
  }
}
for (const o of out) console.log(`${o.scene}/${o.state}: n=${o.n} min=${o.min} med=${o.median} svgW=${o.svgW.toFixed(0)} figH=${o.figH.toFixed(0)} small=${o.small.length} ${o.small.slice(0, 4).join('; ')} overlaps=${o.overlaps.length} ${o.overlaps.slice(0, 3).join('; ')}`);
await browser.close();
