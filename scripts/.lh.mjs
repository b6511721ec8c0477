import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
const url = process.argv[2];
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
for (let i = 0; i < Number(process.argv[3] ?? 2); i++) {
  const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: FLAGS });
  const { lhr } = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: ['performance'] });
  chrome.kill();
  const a = lhr.audits;
  const lcpEl = a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet;
  const phases = a['largest-contentful-paint-element']?.details?.items?.[1]?.items?.map((p) => `${p.phase}:${Math.round(p.timing)}`).join(' ');
  console.log(`score ${Math.round(lhr.categories.performance.score * 100)} FCP ${Math.round(a['first-contentful-paint'].numericValue)} LCP ${Math.round(a['largest-contentful-paint'].numericValue)} TBT ${Math.round(a['total-blocking-time'].numericValue)} SI ${Math.round(a['speed-index'].numericValue)}`);
  if (i === 0) {
    console.log('LCP element:', lcpEl?.slice(0, 200));
    console.log('phases:', phases);
    const reqs = a['network-requests'].details.items.map((r) => `${r.resourceType} ${Math.round(r.transferSize / 1024)}KB ${r.priority} ${Math.round(r.networkRequestTime)}-${Math.round(r.networkEndTime)} ${r.url.replace('http://localhost:4321', '')}`);
    console.log(reqs.join('\n'));
    console.log('render-blocking:', a['render-blocking-resources']?.details?.items?.map((x) => x.url + ' ' + Math.round(x.wastedMs)).join(', '));
  }
}
