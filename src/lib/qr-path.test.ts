import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, qrPath, qrSide } from './qr-path';

describe('a QR code as an SVG path', () => {
  it('draws each run of dark modules once, inside the quiet zone', () => {
    // 3 × 3: a dark top row, a lone centre, a dark pair at the bottom right.
    const data = [1, 1, 1, 0, 1, 0, 0, 1, 1];
    const q = QUIET_ZONE;
    expect(qrPath(3, data)).toBe(`M${q} ${q}h3v1h-3zM${q + 1} ${q + 1}h1v1h-1zM${q + 1} ${q + 2}h2v1h-2z`);
    expect(qrSide(3)).toBe(3 + 2 * q);
  });

  it('draws nothing for an all-light matrix', () => {
    expect(qrPath(2, [0, 0, 0, 0])).toBe('');
  });
});
