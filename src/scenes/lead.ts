/**
 * The state a section page draws under its title (LeadDrawing.astro), so a
 * reader who lands there from a shared link sees a picture on the first
 * screen. It must come before the scene's twist, if it has one: the lead is
 * what the section starts from, never what it reveals. null: no lead picture.
 * Data only, like registry.ts.
 */
import type { SceneName, SceneState } from './registry';

export const LEAD_STATE: { [N in SceneName]: SceneState<N> | null } = {
  /** The whole room, just before the caption turns it into a cell. */
  room: 'window',
  /** Halden's cell alone, before anything is compared with it. */
  cells: 'halden',
  /** The guard outside the fence, before the word changes. */
  officers: 'guard',
  /** The ruler with Norway's ordinary maximum. */
  sentence: 'max',
  /** The checklist with liberty struck out: what the section is about. */
  rights: 'liberty',
  /** The empty scale the guess is asked on: the question, with no answer and no guess marked. */
  reoffending: 'guess',
  /** Never a section's first scene. */
  rates: null,
  /** The man walking home and the window lighting up. */
  close: 'home',
};
