import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
const pages = process.argv.slice(2);
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox'] });
for (const p of pages) {
  const r = await lighthouse('http://localhost:4321' + p, { port: chrome.port, onlyCategories: ['performance'], output: 'json' });
  const a = r.lhr.audits;
  console.log('\n==', p, 'LCP', a['largest-contentful-paint'].numericValue.toFixed(0), 'FCP', a['first-contentful-paint'].numericValue.toFixed(0));
  console.log(Object.keys(a).join(' '));
  const ins = Object.keys(a).filter(k => /lcp|render-block|critical|network-dependency/.test(k));
  for (const k of ins) console.log(k, String(JSON.stringify(a[k].details ?? a[k].displayValue ?? a[k].score)).slice(0, 1500));
}
await chrome.kill();
