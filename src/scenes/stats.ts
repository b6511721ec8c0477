/**
 * The statistics each scene draws, in the order its data table, embed notes
 * and download list show them: the same records the drawing reads. Plain data
 * for the server (the loader, tables, datasets); the browser never needs it,
 * so it is kept out of registry.ts, which the browser loads.
 */
import type { SceneName } from './registry';

export const SCENE_STATS: Record<SceneName, readonly string[]> = {
  room: ['halden-opened', 'halden-capacity-built', 'halden-places-2023', 'halden-wall-height'],
  cells: ['halden-cell-area', 'us-cell-area', 'us-cell-area-range', 'cell-area-ratio', 'ullersmo-cell-area', 'ullersmo-cell-width', 'ullersmo-cell-length', 'norway-prison-age-2015'],
  officers: ['krus-training-years', 'krus-credits', 'us-training-months'],
  sentence: ['norway-max-term', 'parole-fraction', 'parole-at-max-term', 'norway-average-stay-2022', 'norway-max-term-gravest', 'forvaring-frame-max', 'forvaring-extension', 'us-life-2024', 'virtual-life-years', 'us-lwop-2024'],
  rights: ['reintegration-guarantee-year', 'us-disenfranchised-2024', 'us-disenfranchised-community-share'],
  reoffending: ['norway-reconviction-2005-nordic', 'denmark-reconviction-2005', 'finland-reconviction-2005', 'sweden-reconviction-2005', 'norway-reconviction-2005', 'norway-charged-3y-2003', 'norway-1980s-5y', 'us-2012-arrest-3y', 'us-2012-arrest-5y', 'us-2012-prison-3y', 'us-2012-prison-5y'],
  rates: ['norway-incarceration-2024', 'us-incarceration-2024', 'incarceration-ratio', 'us-imprisonment-2022'],
  close: ['ombudsman-lockin-19', 'ombudsman-lockin-22', 'cpt-minimum-out', 'halden-cost-per-place', 'ew-cost-cat-a', 'ew-cost-per-place', 'nd-visit-year', 'chester-cells'],
};
