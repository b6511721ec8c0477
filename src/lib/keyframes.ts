/**
 * Scene elements declare how visible ("p", 0–1) they are in each state as
 * keyframes, e.g. data-fx="bed:1 prison:0": hidden before "bed", shown from
 * "bed", hidden again from "prison". What an element shows is a pure function
 * of the state index, which is what lets any path to a step end in the same DOM.
 * Shared by the server (final state for no-JS) and the browser.
 */

export type Keyframes = ReadonlyArray<readonly [stateIndex: number, p: number]>;

/** p before the first keyframe: elements start hidden. */
export const INITIAL_P = 0;

export function parseKeyframes(attr: string, states: readonly string[]): Keyframes {
  const frames = attr
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((pair) => {
      const at = pair.lastIndexOf(':');
      const name = at === -1 ? pair : pair.slice(0, at);
      const p = at === -1 ? 1 : Number(pair.slice(at + 1));
      const index = states.indexOf(name);
      if (index === -1) throw new Error(`keyframe state "${name}" is not one of: ${states.join(', ')}`);
      if (!(p >= 0 && p <= 1)) throw new Error(`keyframe "${pair}": p must be between 0 and 1`);
      return [index, p] as const;
    });
  return frames.sort((a, b) => a[0] - b[0]);
}

export function serializeKeyframes(frames: Record<string, number>, states: readonly string[]): string {
  return Object.entries(frames)
    .map(([name, p]) => {
      if (!states.includes(name)) throw new Error(`keyframe state "${name}" is not one of: ${states.join(', ')}`);
      return `${name}:${p}`;
    })
    .join(' ');
}

/** p of an element in state `index` (−1 = before any state: INITIAL_P). */
export function valueAt(frames: Keyframes, index: number): number {
  let p = INITIAL_P;
  for (const [at, value] of frames) {
    if (at > index) break;
    p = value;
  }
  return p;
}
