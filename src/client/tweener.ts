/**
 * The one place that loads GSAP, on first use. Scenes call `tween`; when the
 * reader prefers reduced motion nothing calls it, so GSAP is never downloaded.
 * GSAP is an enhancement: callers show states at once until it has arrived.
 * A failed download (a network blip, a content blocker) is forgotten, so the
 * next call tries again instead of failing forever.
 */
import { EASE } from '../lib/tokens';

export interface TweenHandle {
  kill(): void;
}
export interface Tweener {
  tween(target: { p: number }, to: number, opts: { duration: number; delay: number; onUpdate(): void; onDone(): void }): TweenHandle;
}

let loading: Promise<Tweener> | undefined;

/**
 * A bare import(), in a function of its own: this chunk is on every scene page's first paint,
 * and the direct-loader build step can only unwrap Vite's preload helper from a bare import()
 * (one chained with `.then` or destructured is wrapped whole).
 */
const importGsap = () => import('gsap');

export function loadTweener(): Promise<Tweener> {
  loading ??= importGsap().then(
    ({ gsap }): Tweener => ({
      tween(target, to, { duration, delay, onUpdate, onDone }) {
        // No overwrite: the renderer kills a part's tween before it starts the next, so GSAP
        // need not search its timeline for other tweens of the same target on each start.
        return gsap.to(target, { p: to, duration, delay, ease: EASE, overwrite: false, onUpdate, onComplete: onDone, onInterrupt: onDone });
      },
    }),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
