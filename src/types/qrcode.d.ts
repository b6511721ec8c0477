/**
 * The one part of qrcode (1.5.4, pinned exactly) the site uses: the encoder
 * core, bundled as an ES module by src/integrations/qr-encoder.ts so the
 * browser gets no canvas or PNG renderers and no bundler runtime. `create` is
 * the documented QRCode.create; its module matrix is `size` × `size`, row
 * by row, 1 for a dark module.
 */
interface QrCodeCore {
  create(text: string, options?: { errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H' }): { modules: { size: number; data: Uint8Array }; version: number };
}

declare module 'virtual:qr-encoder' {
  export const create: QrCodeCore['create'];
}

declare module 'qrcode/lib/core/qrcode.js' {
  export const create: QrCodeCore['create'];
}
