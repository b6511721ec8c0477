import sharp from 'sharp';
import { readdirSync, statSync, readFileSync } from 'node:fs';
let a = 0, b = 0, c = 0;
for (const dir of readdirSync('dist/images')) {
  for (const f of readdirSync(`dist/images/${dir}`).filter((f) => f.endsWith('.still.png'))) {
    const p = `dist/images/${dir}/${f}`;
    const buf = readFileSync(p);
    const pal = await sharp(buf).png({ palette: true, quality: 100, effort: 10, compressionLevel: 9 }).toBuffer();
    const webp = await sharp(buf).webp({ lossless: true, effort: 6 }).toBuffer();
    a += buf.length; b += pal.length; c += webp.length;
    console.log(f.padEnd(30), buf.length, pal.length, webp.length);
  }
}
console.log('total', a, b, c);
