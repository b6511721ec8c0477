import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
const pages = process.argv.slice(2);
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox'] });
for (const p of pages) {
  const r = await lighthouse('http://localhost:4321' + p, { port: chrome.port, onlyCategories: ['performance'], output: 'json' });
  const a = r.lhr.audits;
  console.log('\n==', p, 'LCP', a['largest-contentful-paint'].numericValue.toFixed(0), 'FCP', a['first-contentful-paint'].numericValue.toFixed(0));
  console.log(JSON.stringify(a['largest-contentful-paint-element']).slice(0,1500));
  const m = a['metrics'].details.items[0];
  console.log('observed FCP', m.observedFirstContentfulPaint, 'observed LCP', m.observedLargestContentfulPaint, 'DCL', m.observedDomContentLoaded, 'load', m.observedLoad);
  const nr = a['network-requests'].details.items;
  for (const i of nr) console.log(String(i.networkRequestTime?.toFixed(0)).padStart(6), String(i.networkEndTime?.toFixed(0)).padStart(6), String((i.transferSize/1024).toFixed(1)).padStart(6), i.priority, i.url.replace('http://localhost:4321',''));
  const mt = a['main-thread-tasks'].details.items.filter(t=>t.duration>3).slice(0,15);
  console.log(mt.map(t=>`${t.startTime.toFixed(0)}+${t.duration.toFixed(0)}`).join(' '));
}
await chrome.kill();
