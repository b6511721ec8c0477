/**
 * Server-side catalogue of scenes: the component that draws each one and the
 * statistics its data table lists (the same records the drawing reads).
 * TypeScript requires an entry for every scene in the registry.
 */
import type { SceneName } from './registry';
import Room from './room/Room.astro';

type AstroComponent = typeof Room;

export interface SceneEntry {
  Graphic: AstroComponent;
  /** Statistic ids shown in the scene, in table order. */
  stats: readonly string[];
}

export const CATALOG: Record<SceneName, SceneEntry> = {
  room: { Graphic: Room, stats: ['halden-opened', 'halden-capacity-built', 'halden-places-2023', 'halden-wall-height'] },
};
