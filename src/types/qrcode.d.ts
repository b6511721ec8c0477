/**
 * The one part of qrcode (1.5.4, pinned exactly) the site uses: the encoder
 * core, imported directly so the browser gets no canvas or PNG renderers.
 * `create` is the documented QRCode.create; its module matrix is `size` ×
 * `size`, row by row, 1 for a dark module.
 */
declare module 'qrcode/lib/core/qrcode.js' {
  export function create(
    text: string,
    options?: { errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H' },
  ): { modules: { size: number; data: Uint8Array }; version: number };
}
