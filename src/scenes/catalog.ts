/**
 * Server-side catalogue of scenes: the component that draws each one.
 * TypeScript requires an entry for every scene in the registry.
 */
import type { SceneName } from './registry';
import Cells from './cells/Cells.astro';
import Close from './close/Close.astro';
import Officers from './officers/Officers.astro';
import Rates from './rates/Rates.astro';
import Reoffending from './reoffending/Reoffending.astro';
import Rights from './rights/Rights.astro';
import Room from './room/Room.astro';
import Sentence from './sentence/Sentence.astro';

type AstroComponent = typeof Room;

export interface SceneEntry {
  Graphic: AstroComponent;
}

/** The component that draws each scene. Its states and statistics are in registry.ts. */
export const CATALOG: Record<SceneName, SceneEntry> = {
  room: { Graphic: Room },
  cells: { Graphic: Cells },
  officers: { Graphic: Officers },
  sentence: { Graphic: Sentence },
  rights: { Graphic: Rights },
  reoffending: { Graphic: Reoffending },
  rates: { Graphic: Rates },
  close: { Graphic: Close },
};
