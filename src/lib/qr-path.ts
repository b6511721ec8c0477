/**
 * A QR code's modules as one SVG path: each row's runs of dark modules as
 * rectangles one module high, offset by the quiet zone. One path element
 * for the whole code, with no style attribute (the CSP allows none), crisp at
 * any size and on paper.
 */

/** Light modules around the code that scanners need: four, as the standard asks. */
export const QUIET_ZONE = 4;

/** `data` is `size` × `size`, row by row, non-zero for a dark module. */
export function qrPath(size: number, data: ArrayLike<number>): string {
  let d = '';
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (!data[y * size + x]) continue;
      let run = 1;
      while (x + run < size && data[y * size + x + run]) run++;
      d += `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h${run}v1h-${run}z`;
      x += run;
    }
  }
  return d;
}

/** The side of the whole drawing in modules: the code and its quiet zone. */
export const qrSide = (size: number): number => size + 2 * QUIET_ZONE;
