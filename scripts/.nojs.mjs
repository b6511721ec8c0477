import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const js of [false, true]) {
  const c = await b.newContext({ viewport: { width: 375, height: 667 }, javaScriptEnabled: js });
  const p = await c.newPage();
  await p.goto('http://localhost:4321/handout/', { waitUntil: 'load' });
  await p.waitForTimeout(2500);
  const loaded = await p.evaluate(() => [...document.images].filter((i) => i.complete && i.naturalWidth).length + '/' + document.images.length);
  console.log('js', js, 'loaded', loaded);
}
await b.close();
