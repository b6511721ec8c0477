/**
 * The chart images (/images/<scene>/<state>.png, @2x.png, .svg): a PNG
 * 1200 px wide, the width a newspaper's article image is usually delivered
 * at, its 2× twin for high-density screens, and the SVG they are both drawn
 * from. Their height follows the drawing. Shared by the build step that
 * makes them, the pages that link them and the tests that check them.
 */
export const IMAGE_WIDTH = 1200;

/** The files of one chart state, as the download links name them. */
export const IMAGE_FILES = [
  { kind: 'png', label: 'PNG', width: IMAGE_WIDTH, size: `${IMAGE_WIDTH} px wide`, short: `PNG ${IMAGE_WIDTH} px` },
  { kind: 'png2x', label: 'PNG 2×', width: 2 * IMAGE_WIDTH, size: `${2 * IMAGE_WIDTH} px wide`, short: `PNG ${2 * IMAGE_WIDTH} px` },
  { kind: 'svg', label: 'SVG', width: IMAGE_WIDTH, size: 'text editable', short: 'SVG' },
] as const;

export type ImageKind = (typeof IMAGE_FILES)[number]['kind'];
