/** fontverter ships no types; the one call the tests use. */
declare module 'fontverter' {
  const fontverter: {
    convert(buffer: Uint8Array, toFormat: 'sfnt' | 'truetype' | 'woff' | 'woff2', fromFormat?: string): Promise<Buffer>;
  };
  export default fontverter;
}
