import { describe, expect, it } from 'vitest';
import { IMAGE_WIDTH } from '../../lib/image-size';
import type { BakedDrawing } from './bake';
import { frameImage, wrapText, type FrameText, type Metrics } from './frame';

/** Every character half an em wide: enough to test where lines break. */
const metrics: Metrics = { width: (text, _face, size) => [...text].length * size * 0.5, extent: () => ({ ascent: 0.9, descent: -0.25 }) };

const drawing = (width: number, height: number): BakedDrawing => ({
  viewBox: { x: 0, y: 0, width, height },
  svg: `<svg viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg"><rect width="${width}" height="${height}"/></svg>`,
  background: '#fffdf9',
  stats: new Set(),
});

const TEXT: FrameText = {
  site: 'Norway’s prisons',
  title: 'People locked up per 100,000 residents',
  step: 'Step 2 of 3: The United States held 614 per 100,000 in 2024.',
  source: 'Sources: Prison Policy Initiative, 2024; Bureau of Justice Statistics (US), 2023.',
  licence: 'CC BY 4.0',
  publisher: 'The Norway Prisons Explainer team',
  url: 'https://norway-prisons.example/story/does-it-work/',
};
const STYLE = { background: '#fffdf9', ink: '#1d1f21', muted: '#565b61', rule: '#d6d0c2', accent: '#2c6a58', stacks: { Inter: "'Inter', sans-serif", 'Source Serif 4': "'Source Serif 4', serif" } };

/** The text of every <text> element, in order. */
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('wrapText', () => {
  const measure = (s: string) => s.length * 10;
  it('breaks between words, never past the width', () => {
    const lines = wrapText('one two three four five six', 120, measure);
    expect(lines).toEqual(['one two', 'three four', 'five six']);
    expect(lines.every((l) => measure(l) <= 120)).toBe(true);
  });
  it('breaks an address too long for a line after a slash', () => {
    const lines = wrapText('see https://example.org/story/a-very-long-section-name/', 300, measure);
    expect(lines.join('')).toBe('seehttps://example.org/story/a-very-long-section-name/');
    expect(lines.every((l) => measure(l) <= 300)).toBe(true);
    expect(lines[1]).toMatch(/\/$/);
  });
  it('ends a text longer than its lines with an ellipsis', () => {
    expect(wrapText('one two three four five six', 120, measure, 2)).toEqual(['one two', 'three four…']);
    expect(wrapText('one two three four five six', 100, measure, 2)).toEqual(['one two', 'three…']);
  });
});

describe('frameImage', () => {
  it('frames the drawing with the title, step, source line, licence, publisher and address', () => {
    const { svg } = frameImage(drawing(400, 300), TEXT, STYLE, metrics);
    const all = texts(svg).join(' ');
    expect(all).toContain('NORWAY’S PRISONS');
    expect(all).toContain('People locked up per 100,000 residents');
    expect(all).toContain('Step 2 of 3: The United States held 614 per 100,000 in 2024.');
    expect(all).toContain('Sources: Prison Policy Initiative, 2024; Bureau of Justice Statistics (US), 2023.');
    expect(all).toContain('CC BY 4.0 · The Norway Prisons Explainer team · https://norway-prisons.example/story/does-it-work/');
    // The same in the SVG's own title and description, for screen readers and file browsers.
    expect(svg).toMatch(/<title id="image-title">People locked up per 100,000 residents\. Step 2 of 3/);
    expect(svg).toMatch(/<desc id="image-desc">Sources: .*CC BY 4\.0, The Norway Prisons Explainer team: https:/);
  });

  it(`is ${IMAGE_WIDTH} wide, the drawing across it in proportion, as tall as it needs`, () => {
    const wide = frameImage(drawing(400, 200), TEXT, STYLE, metrics);
    const tall = frameImage(drawing(400, 400), TEXT, STYLE, metrics);
    expect(wide.width).toBe(IMAGE_WIDTH);
    expect(wide.svg).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_WIDTH}" height="${wide.height}" viewBox="0 0 ${IMAGE_WIDTH} ${wide.height}"`));
    const nested = /<svg x="56" y="[\d.]+" width="1088" height="([\d.]+)" overflow="hidden" viewBox="0 0 400 200"/.exec(wide.svg);
    expect(Number(nested?.[1])).toBe(544);
    expect(tall.height - wide.height).toBe(1088 - 544);
  });

  it('sets the text in the site’s font stacks, as live text, and escapes it', () => {
    const { svg } = frameImage(drawing(400, 300), { ...TEXT, title: 'Prisons & “rates” <compared>' }, STYLE, metrics);
    expect(svg).toContain('font-family="\'Source Serif 4\', serif" font-size="50" font-weight="600" fill="#1d1f21">Prisons &amp; “rates” &lt;compared&gt;</text>');
    expect(svg).not.toContain('<path d="M'.repeat(2));
  });

  it('leaves the step out where the chart has none', () => {
    const { svg } = frameImage(drawing(400, 300), { ...TEXT, step: undefined }, STYLE, metrics);
    expect(texts(svg).join(' ')).not.toContain('Step');
  });
});
