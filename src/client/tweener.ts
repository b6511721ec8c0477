/**
 * The one place that loads GSAP, on first use. Scenes call `tween`; when the
 * reader prefers reduced motion nothing calls it, so GSAP is never downloaded.
 */
import { EASE } from '../lib/tokens';

export interface TweenHandle {
  kill(): void;
}
export interface Tweener {
  tween(target: { p: number }, to: number, opts: { duration: number; delay: number; onUpdate(): void; onDone(): void }): TweenHandle;
}

let loading: Promise<Tweener> | undefined;

export function loadTweener(): Promise<Tweener> {
  loading ??= import('gsap').then(({ gsap }) => ({
    tween(target, to, { duration, delay, onUpdate, onDone }) {
      return gsap.to(target, { p: to, duration, delay, ease: EASE, overwrite: true, onUpdate, onComplete: onDone, onInterrupt: onDone });
    },
  }));
  return loading;
}
