/**
 * The @font-face rules of a stylesheet, read as text. Pure (no file system),
 * so the build step that cuts each font to the weights its rule declares
 * (src/integrations/subset-fonts.ts) is tested on its own.
 */

export interface FontFace {
  /** The file's address as the stylesheet gives it, e.g. "/fonts/inter-latin-wght.woff2". */
  url: string;
  /** The weights the rule declares (`font-weight: 400 700`): the only ones the file needs to keep. */
  weight: { min: number; max: number };
}

const FACE = /@font-face\s*\{([^}]*)\}/g;
const URL_IN = /url\(\s*(['"]?)([^'")]+)\1\s*\)/;
const WEIGHT_IN = /font-weight\s*:\s*(\d+)(?:\s+(\d+))?/;

/** Each @font-face rule's file and declared weight range; a rule without either is an error, naming the rule. */
export function fontFaces(css: string): FontFace[] {
  return [...css.matchAll(FACE)].map(([rule, body]) => {
    const url = URL_IN.exec(body!)?.[2];
    const weight = WEIGHT_IN.exec(body!);
    if (!url || !weight) throw new Error(`@font-face needs a url() and a font-weight: ${rule.slice(0, 120)}`);
    const min = Number(weight[1]);
    return { url, weight: { min, max: weight[2] ? Number(weight[2]) : min } };
  });
}
