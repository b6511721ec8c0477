/**
 * Coordinates a scene computes in floating point come out as 127.69999999999999
 * or 0.15000000000000002: 17 digits where 2 say the same, on every page that
 * draws the scene (0.3 KB of the story's compressed HTML, which must fit in
 * two round trips). Rounds every number in an attribute value to 0.01 of a
 * unit: the drawings are 400 units wide, so that is far below a pixel.
 */
const ATTRIBUTE = /="([^"]*)"/g;
/** Only numbers with more decimals than any hand-written value has. */
const NOISY_NUMBER = /\d+\.\d{5,}/g;

export function roundAttributeNumbers(html: string): string {
  return html.replace(ATTRIBUTE, (whole, value: string) =>
    NOISY_NUMBER.test(value) ? `="${value.replace(NOISY_NUMBER, (n) => String(Math.round(Number(n) * 100) / 100))}"` : whole,
  );
}
