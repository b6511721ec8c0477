/**
 * Whether the server that sent this page runs the class service: its
 * Server-Timing header says so (src/lib/classroom.ts). No request; tiny, so
 * the deferred loader can ask before loading any of the service's code.
 */
import { SERVICE_TIMING } from '../lib/classroom';

export function classServiceHere(): boolean {
  try {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return !!nav?.serverTiming?.some((t) => t.name === SERVICE_TIMING);
  } catch {
    return false;
  }
}
