/**
 * Server-side helpers for drawing scenes. A scene component draws its complete,
 * final state as SVG and marks each element that changes with keyframes, so
 * without JavaScript (and in print) the reader sees the whole figure, and the
 * browser can show any state by index. Server-only: it reads the story data.
 *
 *   const k = sceneKit('room', story);
 *   <g {...k.from('bed')}>…</g>                     fades in at "bed", stays
 *   <rect {...k.from('walls', 'grow-x')} />         grows from the left
 *   <g {...k.between('guess', 'nordic')}>…</g>      shown from "guess" until "nordic"
 *   <g {...k.keys({ reveal: 1, nordic: 0.2 }, 'dim')}>…</g>
 *   <text {...k.count('halden-cell-area', 'halden')} />  counts up to the value
 *   <text {...k.tag('us-cell-area')}>…</text>         shows a statistic: data-stat
 *
 * Keep fx attributes off elements that have an SVG transform attribute: CSS
 * transforms replace it. Wrap such elements in a <g> instead.
 */
import { formatStat, type StatFormat } from '../lib/format';
import { parseKeyframes, serializeKeyframes, valueAt } from '../lib/keyframes';
import type { Stat, Story } from '../server/story';
import { SCENES, type SceneName, type SceneState } from './registry';

/**
 * fade, dim (p = 0 keeps 22% opacity), grow-x / grow-y (bars, by clipping),
 * draw (lines; needs pathLength="1"), slide (fade and move up: costly, use
 * only where the movement itself explains something). Fades are the cheap
 * ones: a grow or a draw repaints the whole drawing on every frame it moves
 * (README, Benchmark), so keep them for a length or a stroke that is the point.
 */
export type Effect = 'fade' | 'dim' | 'grow-x' | 'grow-y' | 'draw' | 'slide';

export interface FxOptions {
  /** Extra delay when entering, in seconds, for staggered lists. */
  delay?: number;
}

export type FxAttrs = Record<string, string | number | undefined>;

export function sceneKit<N extends SceneName>(name: N, story: Story) {
  const states: readonly string[] = SCENES[name].states;
  type S = SceneState<N>;

  function keys(frames: Partial<Record<S, number>>, effect: Effect = 'fade', opts: FxOptions = {}): FxAttrs {
    const attr = serializeKeyframes(frames as Record<string, number>, states);
    const final = valueAt(parseKeyframes(attr, states), states.length - 1);
    if (final !== 0 && final !== 1) {
      // Readers without JavaScript, print and static mode see only the final
      // state, and it is drawn without inline styles (the Content-Security-Policy
      // allows none): it must be fully present or absent.
      throw new Error(`scene "${name}": keyframes ${attr} end at p=${final}; the last state must be 0 or 1`);
    }
    return {
      'data-fx': attr,
      'data-effect': effect,
      'data-off': final === 0 ? '' : undefined,
      'data-fx-delay': opts.delay ? String(opts.delay) : undefined,
    };
  }

  return {
    name,
    states: states as readonly S[],
    /** Present from `state` on. */
    from: (state: S, effect: Effect = 'fade', opts?: FxOptions) => keys({ [state]: 1 } as Partial<Record<S, number>>, effect, opts),
    /** Present from `start` until (not including) `end`. */
    between: (start: S, end: S, effect: Effect = 'fade', opts?: FxOptions) =>
      keys({ [start]: 1, [end]: 0 } as Partial<Record<S, number>>, effect, opts),
    keys,
    /** Text that counts up to a statistic's value when `state` arrives. */
    count(id: string, state: S, opts?: FxOptions): FxAttrs {
      const s = story.stat(id);
      return {
        ...keys({ [state]: 1 } as Partial<Record<S, number>>, 'fade', opts),
        'data-count': JSON.stringify({ value: s.value, unit: s.unit, decimals: s.decimals }),
        'data-stat': id,
      };
    },
    /**
     * Marks an element that shows a statistic (its value, its year or its
     * follow-up period) with the statistic's id, so a test, a tooltip or an
     * editor can trace any figure on screen to its record:
     *   <text {...k.tag('halden-cell-area')}>{k.fmt('halden-cell-area')}</text>
     */
    tag: (id: string): FxAttrs => {
      story.stat(id);
      return { 'data-stat': id };
    },
    stat: (id: string): Stat => story.stat(id),
    /** A statistic formatted for a label ("short") or a sentence ("full"). */
    fmt: (id: string, format: StatFormat = 'short') => formatStat(story.stat(id), format),
    /** The single value of a statistic (the upper end of a range). */
    num: (id: string): number => {
      const v = story.stat(id).value;
      return typeof v === 'number' ? v : v.max;
    },
  };
}

export type SceneKit<N extends SceneName> = ReturnType<typeof sceneKit<N>>;
