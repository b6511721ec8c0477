/**
 * The room's geometry: a room seen from its doorway, in one-point perspective.
 * Room coordinates in metres (X across, Y up, Z away from the viewer) are
 * projected towards one vanishing point, in a 400 × 300 drawing. Shared by the
 * room scene and the story's opening picture (the same empty room, before the
 * scene furnishes it).
 */
// ── Projection ────────────────────────────────────────────────────────────
/** The doorway we look through (Z = 0): its left, right, top and bottom edges. */
export const F = { l: 14, r: 386, t: 40, b: 292 };
/** Units per metre on the doorway plane. */
export const U = (F.r - F.l) / 3;
/** Room size in metres (width is the doorway; height follows the frame). */
export const W = 3;
export const H = (F.b - F.t) / U;
export const D = 4;
/** Vanishing point, a little left of centre so the right wall (desk, TV) reads wider. */
export const V = { x: 186, y: 152 };
/** Share of the doorway size the back wall keeps. */
export const BACK = 0.5;
export const c = (1 / BACK - 1) / D;

export const r1 = (n: number) => Math.round(n * 10) / 10;
/** A point in the room (metres) to drawing units. */
export const p = (X: number, Y: number, Z: number): [number, number] => {
  const s = 1 / (1 + c * Z);
  return [r1(V.x + (F.l + X * U - V.x) * s), r1(V.y + (F.b - Y * U - V.y) * s)];
};
export type P3 = [number, number, number];
export const poly = (...pts: P3[]) => 'M' + pts.map((q) => p(...q).join(' ')).join(' L') + ' Z';
export const line = (...pts: P3[]) => 'M' + pts.map((q) => p(...q).join(' ')).join(' L');

// ── Surfaces ──────────────────────────────────────────────────────────────
export const ceiling = poly([0, H, 0], [W, H, 0], [W, H, D], [0, H, D]);
export const floor = poly([0, 0, 0], [W, 0, 0], [W, 0, D], [0, 0, D]);
export const leftWall = poly([0, 0, 0], [0, H, 0], [0, H, D], [0, 0, D]);
export const rightWall = poly([W, 0, 0], [W, H, 0], [W, H, D], [W, 0, D]);
export const backWall = poly([0, 0, D], [W, 0, D], [W, H, D], [0, H, D]);
/** Floorboards running away from us. */
export const boards = Array.from({ length: 11 }, (_, i) => line([(i + 1) * (W / 12), 0, 0], [(i + 1) * (W / 12), 0, D])).join(' ');
/** Skirting along the three walls. */
export const skirting = line([0, 0.08, 0], [0, 0.08, D], [W, 0.08, D], [W, 0.08, 0]);
export const edges = [
  line([0, H, 0], [0, H, D]),
  line([W, H, 0], [W, H, D]),
  line([0, 0, 0], [0, 0, D]),
  line([W, 0, 0], [W, 0, D]),
];

