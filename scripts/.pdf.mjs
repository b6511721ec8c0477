import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 375, height: 667 } });
await p.goto('http://localhost:4321' + process.argv[2], { waitUntil: 'load' });
const loaded = await p.evaluate(() => [...document.images].filter((i) => i.complete && i.naturalWidth).length + '/' + document.images.length);
const pdf = await p.pdf({ format: 'A4' });
const s = pdf.toString('latin1');
console.log(process.argv[2], 'loaded before print', loaded, 'image objects in PDF', (s.match(/\/Subtype\s*\/Image/g) || []).length, 'bytes', pdf.length);
await b.close();
