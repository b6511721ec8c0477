import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { familyNames } from './font-files';
import { FontSet, faceFamily, weightOf } from './fonts';
import { familyOf, renderPng, renderVariant, scaleOf } from './render';

const cache = mkdtempSync(join(tmpdir(), 'chart-fonts-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));
const fonts = new FontSet(cache);

/** Width and height from a PNG's IHDR. */
const size = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};

describe('fonts', () => {
  it('cuts each face from the site’s variable font, named for that face alone', async () => {
    const { path, metrics } = await fonts.face({ family: 'Inter', weight: 750, style: 'normal' });
    const ttf = readFileSync(path);
    expect(familyNames(ttf)).toEqual(['Inter 750']);
    expect(ttf.subarray(0, 4).toString('hex')).toBe('00010000'); // TrueType
    // Heavier is wider: the weight axis really was pinned.
    const light = (await fonts.face({ family: 'Inter', weight: 400, style: 'normal' })).metrics;
    expect(metrics.width('Officers', 100)).toBeGreaterThan(light.width('Officers', 100));
    expect(metrics.missing('Halden ø æ å – × ² Ω')).toEqual(['Ω']);
  });

  it('reads CSS weights', () => {
    expect(weightOf('bold')).toBe(700);
    expect(weightOf(undefined)).toBe(400);
    expect(weightOf('650')).toBe(650);
    expect(() => weightOf('heavy')).toThrow();
  });
});

describe('renderVariant', () => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100" font-family="'Inter', system-ui, sans-serif">
    <text x="10" y="30" font-weight="750">Bold <tspan font-weight="400">plain</tspan></text>
    <text x="10" y="60" font-family="'Source Serif 4', Georgia, serif" font-style="italic">Serif</text>
    <g transform="translate(100 80) scale(5)"><circle r="1" stroke="#000" stroke-width="1.5" vector-effect="non-scaling-stroke"/></g>
  </svg>`;

  it('names each text’s exact face as its family, for a renderer that matches weights in hundreds', () => {
    const v = renderVariant(svg);
    expect(v.faces.map(faceFamily).sort()).toEqual(['Inter 400', 'Inter 750', 'Source Serif 4 400 Italic']);
    expect(v.svg).toContain('<text x="10" y="30" font-weight="normal" font-family="Inter 750" font-style="normal">Bold <tspan font-weight="normal" font-family="Inter 400" font-style="normal">plain</tspan>');
    expect(v.svg).toContain('font-family="Source Serif 4 400 Italic"');
    expect(v.text.get('Inter 750')).toBe('Bold ');
    expect(v.unknown).toEqual([]);
    expect(renderVariant(svg.replace("'Inter', system-ui, sans-serif", 'Comic Sans')).unknown).toEqual(['Comic Sans']);
  });

  it('draws a non-scaling stroke at its own width inside a scaled group', () => {
    expect(scaleOf('translate(100 80) scale(5)')).toBe(5);
    expect(scaleOf('matrix(2 0 0 2 0 0)')).toBe(2);
    expect(renderVariant(svg).svg).toContain('<circle r="1" stroke="#000" stroke-width="0.3"/>');
  });

  it('picks the first family in a stack that the images have', () => {
    expect(familyOf("'Source Serif 4', Georgia, serif")).toBe('Source Serif 4');
    expect(familyOf('system-ui, "Inter", sans-serif')).toBe('Inter');
    expect(familyOf('Georgia, serif')).toBeUndefined();
  });

  it('draws a PNG of the width asked for, in the site’s fonts only', async () => {
    const v = renderVariant(svg);
    const files = await fonts.paths(v.faces);
    const [one, two] = await Promise.all([renderPng(v.svg, 1200, files), renderPng(v.svg, 2400, files)]);
    expect(size(one)).toEqual({ width: 1200, height: 600 });
    expect(size(two)).toEqual({ width: 2400, height: 1200 });
  });
});
