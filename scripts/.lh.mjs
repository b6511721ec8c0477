import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
const pages = process.argv.slice(2);
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox'] });
for (const p of pages) {
  const r = await lighthouse('http://localhost:4321' + p, { port: chrome.port, onlyCategories: ['performance'], output: 'json' });
  const a = r.lhr.audits;
  console.log('\n==', p, 'LCP', a['largest-contentful-paint'].numericValue.toFixed(0), 'FCP', a['first-contentful-paint'].numericValue.toFixed(0));
  const el = a['largest-contentful-paint-element']?.details?.items;
  console.log(JSON.stringify(el?.[0]?.items?.[0]?.node?.snippet ?? el?.[0]?.items?.[0]?.node?.selector), JSON.stringify(el?.[1]?.items ?? ''));
  const nr = a['network-requests'].details.items;
  for (const i of nr) console.log(String(i.networkRequestTime?.toFixed(0)).padStart(6), String(i.networkEndTime?.toFixed(0)).padStart(6), String((i.transferSize/1024).toFixed(1)).padStart(6), i.priority, i.url.replace('http://localhost:4321',''));
}
await chrome.kill();
