/**
 * Server-side catalogue of scenes: the component that draws each one and the
 * statistics its data table lists (the same records the drawing reads).
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
  /** Statistic ids shown in the scene, in table order. */
  stats: readonly string[];
}

export const CATALOG: Record<SceneName, SceneEntry> = {
  room: { Graphic: Room, stats: ['halden-opened', 'halden-capacity-built', 'halden-places-2023', 'halden-wall-height'] },
  cells: {
    Graphic: Cells,
    stats: ['halden-cell-area', 'us-cell-area', 'us-cell-area-range', 'cell-area-ratio', 'ullersmo-cell-area', 'ullersmo-cell-width', 'ullersmo-cell-length', 'norway-prison-age-2015'],
  },
  officers: { Graphic: Officers, stats: ['krus-training-years', 'krus-credits', 'us-training-months'] },
  sentence: {
    Graphic: Sentence,
    stats: [
      'norway-max-term', 'parole-fraction', 'parole-at-max-term', 'norway-max-term-gravest', 'forvaring-frame-max', 'forvaring-extension',
      'us-life-2024', 'virtual-life-years', 'us-lwop-2024',
    ],
  },
  rights: { Graphic: Rights, stats: ['reintegration-guarantee-year', 'us-disenfranchised-2024', 'us-disenfranchised-community-share', 'us-barred-in-prison'] },
  reoffending: {
    Graphic: Reoffending,
    stats: [
      'norway-reconviction-2005-nordic', 'denmark-reconviction-2005', 'finland-reconviction-2005', 'sweden-reconviction-2005',
      'norway-reconviction-2005', 'norway-charged-3y-2003', 'norway-1980s-5y',
      'us-2012-arrest-3y', 'us-2012-arrest-5y', 'us-2012-prison-3y', 'us-2012-prison-5y',
    ],
  },
  rates: { Graphic: Rates, stats: ['norway-incarceration-2024', 'us-incarceration-2024', 'incarceration-ratio', 'us-imprisonment-2022'] },
  close: {
    Graphic: Close,
    stats: ['ombudsman-lockin-19', 'ombudsman-lockin-22', 'cpt-minimum-out', 'halden-cost-per-place', 'ew-cost-cat-a', 'ew-cost-per-place', 'nd-visit-year', 'chester-cells'],
  },
};
