/**
 * How tall each embed's content is, per state, in a frame 320, 360 and 640 px
 * wide, measured in Chromium on the built site by scripts/measure-embeds.mjs
 * (`npm run measure:embeds`) and kept in src/data/embed-heights.json. The
 * iframe code's fallback height comes from here (embedCode), so a host page
 * without /embed.js still shows the whole chart and no scroll box. The embed
 * test fails when a change to a chart or its text moves a height by more than
 * 5%: measure again then.
 */
import measured from '../data/embed-heights.json';
import type { FrameHeights } from './embed';

const HEIGHTS: Record<string, Record<string, number[]>> = measured;

/**
 * The measured heights of an embed at `state` (none: as it opens, its last
 * state), or undefined for a chart not measured yet.
 */
export function frameHeights(scene: string, states: readonly string[], state?: string): FrameHeights | undefined {
  const byState = HEIGHTS[scene];
  const h = byState?.[state ?? states[states.length - 1] ?? ''];
  return h && h.length === 3 ? { narrowest: h[0]!, narrow: h[1]!, wide: h[2]! } : undefined;
}
