/**
 * Work for when the page is idle: requestIdleCallback where the browser has
 * it (Safari does not), else a timeout with a small fixed budget.
 */
import { IDLE_TIMEOUT_MS } from '../lib/tokens';

export type IdleDeadlineLike = { timeRemaining(): number; didTimeout: boolean };

const hasIdle = typeof requestIdleCallback === 'function';

export function requestIdle(run: (deadline: IdleDeadlineLike) => void): number {
  if (hasIdle) return requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
  return setTimeout(() => run({ timeRemaining: () => 8, didTimeout: true }), 1) as unknown as number;
}

export function cancelIdle(handle: number): void {
  if (hasIdle) cancelIdleCallback(handle);
  else clearTimeout(handle);
}
