import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const path of ['/', '/story/the-cell/', '/glossary/', '/sources/']) {
  const p = await b.newPage({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75 });
  await p.addInitScript(() => {
    window.__lcp = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp.push({ t: Math.round(e.startTime), size: e.size, el: e.element ? e.element.tagName + '.' + [...e.element.classList].join('.') + ' ' + (e.element.textContent || '').slice(0, 40) : e.url }); }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await p.goto('http://localhost:4321' + path);
  await p.waitForTimeout(1500);
  console.log(path, JSON.stringify(await p.evaluate(() => window.__lcp)));
  await p.close();
}
await b.close();
