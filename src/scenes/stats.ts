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

/**
 * The state each scene's drawing is shown in on a social card (src/server/card.ts),
 * beside its section's key figure: the state that says most about that figure
 * without giving anything away. It must come before the scene's `reveal`
 * (the content check refuses it otherwise), and the drawing in it must not
 * show a figure the story asks readers to guess (the build refuses that card).
 * Server data, like SCENE_STATS: the browser never needs it.
 *   room: the whole room, before it turns out to be a cell (reveal 'prison').
 *   cells: Halden's cell beside the US cell it is compared with, at one scale.
 *   reoffending: the four US measures of one group; Norway's figure, the
 *     answer to the guess, is not drawn in that state.
 */
export const SCENE_CARDS: Record<SceneName, string> = {
  room: 'window',
  cells: 'us',
  officers: 'training',
  sentence: 'us-life',
  rights: 'us-vote',
  reoffending: 'us-measures',
  rates: 'us',
  close: 'lockin',
};

/**
 * Scenes whose states replace one another, one idea per step, so their last
 * state alone does not tell the whole story: where the reader sees a still
 * figure (no JavaScript, "read without animation", a small screen, print, a
 * section page, the handout), each of their steps' pictures is shown too, in
 * order, before the complete figure (src/components/SceneStills.astro). The
 * pictures are drawn at build time (/images/<scene>/<state>.still.webp).
 *   officers: the guard outside the fence and the word struck out come before
 *     the training chart that ends the scene.
 *   rights: liberty taken, what is kept, the services, the guarantee, then the vote.
 *   reoffending: the guess, the answer, the Nordic comparison, Norway's own
 *     measures, then the US measures.
 *   close: coming home, lock-in, cost, borrowed, then the question.
 * The scenes not listed build up: their last state holds every earlier one.
 */
export const SCENE_STILLS: ReadonlySet<SceneName> = new Set<SceneName>(['officers', 'rights', 'reoffending', 'close']);
