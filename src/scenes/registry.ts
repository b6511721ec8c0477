/**
 * Every scene and its named states, in story order. A scene shows exactly one
 * state at a time; each <Step state="…"> in the MDX names one of these.
 * Shared by the server and the browser, so it is data only and imports
 * nothing. The statistics each scene draws are in stats.ts (server only, so
 * the browser does not download them); the components that draw the scenes
 * are in catalog.ts.
 *
 * `reveal` names the state that springs a twist (the room is a cell; the
 * answer to the guess). Until the reader reaches it, nothing on the page may
 * give it away: the stepped figure's text alternative is not read out in front
 * of the steps (it follows them, under "Description and data"), and the
 * static layout (no JavaScript, "read without animation", print) puts the
 * complete figure after the text instead of beside or above it.
 */
export const SCENES = {
  /** 1 · A room that draws itself; its last state reveals that it is a cell. */
  room: { states: ['walls', 'bed', 'furniture', 'bathroom', 'window', 'prison'], reveal: 'prison' },
  /** 2 · Halden's cell, a US cell and an older Norwegian cell at one scale. */
  cells: { states: ['halden', 'us', 'inside', 'shared', 'ordinary', 'flagship'] },
  /** 3 · GUARD is struck out for OFFICER; the officers join the prisoners; then training length. */
  officers: { states: ['guard', 'officer', 'together', 'training'] },
  /** 4 · A ruler of years: 21, parole, the average stay, 30, forvaring; US life runs off. */
  sentence: { states: ['max', 'parole', 'average', 'gravest', 'forvaring', 'us-life'] },
  /** 5 · What the sentence takes away, and what it leaves. */
  rights: { states: ['liberty', 'kept', 'import', 'release', 'us-vote'] },
  /** 6 · Guess, reveal, and the same question measured different ways. */
  reoffending: { states: ['guess', 'reveal', 'nordic', 'norway-measures', 'us-measures'] },
  /** 6 · How many people each country locks up. */
  rates: { states: ['norway', 'us', 'scope'] },
  /** 7 · One idea per step: coming home, lock-in, cost, borrowed; ends on "your neighbour" and the question. */
  close: { states: ['home', 'lockin', 'cost', 'borrowed', 'questions'] },
} as const satisfies Record<string, { states: readonly string[]; reveal?: string }>;

export type SceneName = keyof typeof SCENES;
export type SceneState<N extends SceneName> = (typeof SCENES)[N]['states'][number];

export function isSceneName(name: string): name is SceneName {
  return Object.hasOwn(SCENES, name);
}

export function statesOf(name: SceneName): readonly string[] {
  return SCENES[name].states;
}

/** The state that springs the scene's twist, if it has one. */
export function revealOf(name: SceneName): string | undefined {
  const scene = SCENES[name];
  return 'reveal' in scene ? scene.reveal : undefined;
}
