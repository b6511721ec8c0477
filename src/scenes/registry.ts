/**
 * Every scene, in story order: its named states and the statistics it draws.
 * A scene shows exactly one state at a time; each <Step state="…"> in the MDX
 * names one of these. `stats` are the records its data table, embed notes and
 * download list, in table order (the same records the drawing reads).
 * Shared by the server (validation, loading, rendering) and the browser, so
 * it is data only and imports nothing; the components that draw the scenes
 * are in catalog.ts, which only pages and components import.
 */
export const SCENES = {
  /** 1 · A room that draws itself, then turns out to be a cell. */
  room: {
    states: ['walls', 'bed', 'furniture', 'bathroom', 'window', 'prison'],
    stats: ['halden-opened', 'halden-capacity-built', 'halden-places-2023', 'halden-wall-height'],
  },
  /** 2 · Halden's cell, a US cell and an older Norwegian cell at one scale. */
  cells: {
    states: ['halden', 'us', 'inside', 'shared', 'ordinary', 'flagship'],
    stats: ['halden-cell-area', 'us-cell-area', 'us-cell-area-range', 'cell-area-ratio', 'ullersmo-cell-area', 'ullersmo-cell-width', 'ullersmo-cell-length', 'norway-prison-age-2015'],
  },
  /** 3 · GUARD becomes OFFICER; then training length. */
  officers: {
    states: ['guard', 'officer', 'together', 'training'],
    stats: ['krus-training-years', 'krus-credits', 'us-training-months'],
  },
  /** 4 · A ruler of years: 21, parole, 30, forvaring; US life runs off. */
  sentence: {
    states: ['max', 'parole', 'gravest', 'forvaring', 'us-life'],
    stats: ['norway-max-term', 'parole-fraction', 'parole-at-max-term', 'norway-max-term-gravest', 'forvaring-frame-max', 'forvaring-extension', 'us-life-2024', 'virtual-life-years', 'us-lwop-2024'],
  },
  /** 5 · What the sentence takes away, and what it leaves. */
  rights: {
    states: ['liberty', 'kept', 'import', 'release', 'us-vote'],
    stats: ['reintegration-guarantee-year', 'us-disenfranchised-2024', 'us-disenfranchised-community-share', 'us-barred-in-prison'],
  },
  /** 6 · Guess, reveal, and the same question measured different ways. */
  reoffending: {
    states: ['guess', 'reveal', 'nordic', 'norway-measures', 'us-measures'],
    stats: ['norway-reconviction-2005-nordic', 'denmark-reconviction-2005', 'finland-reconviction-2005', 'sweden-reconviction-2005', 'norway-reconviction-2005', 'norway-charged-3y-2003', 'norway-1980s-5y', 'us-2012-arrest-3y', 'us-2012-arrest-5y', 'us-2012-prison-3y', 'us-2012-prison-5y'],
  },
  /** 6 · How many people each country locks up. */
  rates: {
    states: ['norway', 'us', 'scope'],
    stats: ['norway-incarceration-2024', 'us-incarceration-2024', 'incarceration-ratio', 'us-imprisonment-2022'],
  },
  /** 7 · Coming home, and what the 2023 inspection found. */
  close: {
    states: ['home', 'lockin', 'cost', 'borrowed', 'questions'],
    stats: ['ombudsman-lockin-19', 'ombudsman-lockin-22', 'cpt-minimum-out', 'halden-cost-per-place', 'ew-cost-cat-a', 'ew-cost-per-place', 'nd-visit-year', 'chester-cells'],
  },
} as const satisfies Record<string, { states: readonly string[]; stats: readonly string[] }>;

export type SceneName = keyof typeof SCENES;
export type SceneState<N extends SceneName> = (typeof SCENES)[N]['states'][number];

export function isSceneName(name: string): name is SceneName {
  return Object.hasOwn(SCENES, name);
}

export function statesOf(name: SceneName): readonly string[] {
  return SCENES[name].states;
}
