/**
 * The chart images (/images/<scene>/<state>.png, @2x.png, .svg): a PNG
 * 1200 px wide, the width a newspaper's article image is usually delivered
 * at, its 2× twin for high-density screens, and the SVG they are both drawn
 * from. Their height follows the drawing. Shared by the build step that
 * makes them, the pages that link them and the tests that check them.
 */
export const IMAGE_WIDTH = 1200;
/**
 * A step's picture in the still layout (src/components/SceneStills.astro) is
 * shown at most about 500 CSS px wide: drawn twice that, it stays sharp on a
 * phone's 2× screen and in print.
 */
export const STILL_WIDTH = 1000;
/**
 * Every still is drawn on a 4:3 canvas (the drawings are 400 × 294 to 300,
 * centred on it), so the page can keep each one's room before it arrives
 * and nothing moves when it does.
 */
export const STILL_HEIGHT = 750;

/** The files of one chart state, as the download links name them. */
export const IMAGE_FILES = [
  { kind: 'png', label: 'PNG', width: IMAGE_WIDTH, size: `${IMAGE_WIDTH} px wide`, short: `PNG ${IMAGE_WIDTH} px` },
  { kind: 'png2x', label: 'PNG 2×', width: 2 * IMAGE_WIDTH, size: `${2 * IMAGE_WIDTH} px wide`, short: `PNG ${2 * IMAGE_WIDTH} px` },
  { kind: 'svg', label: 'SVG', width: IMAGE_WIDTH, size: 'text editable', short: 'SVG' },
] as const;

export type ImageKind = (typeof IMAGE_FILES)[number]['kind'];
