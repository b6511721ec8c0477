/**
 * The "read without animation" preference. The page's <head> applies the
 * stored choice to <html data-reading> before first paint (no layout shift);
 * this module reads and changes it and tells the engine.
 */
import { READING_MODE_KEY } from '../lib/tokens';

export type ReadingMode = 'animated' | 'static';
/** Fired just before the layout switches (listeners can note where the reader is). */
export const READING_MODE_WILL_CHANGE = 'story:reading-mode-will-change';
/** Fired once the new mode is applied. */
export const READING_MODE_EVENT = 'story:reading-mode';

export function readingMode(): ReadingMode {
  return document.documentElement.dataset.reading === 'static' ? 'static' : 'animated';
}

export function setReadingMode(mode: ReadingMode): void {
  document.dispatchEvent(new CustomEvent(READING_MODE_WILL_CHANGE, { detail: mode }));
  document.documentElement.dataset.reading = mode;
  try {
    if (mode === 'static') localStorage.setItem(READING_MODE_KEY, mode);
    else localStorage.removeItem(READING_MODE_KEY);
  } catch {
    // Storage can be unavailable (private mode, blocked): the choice lasts for this page.
  }
  document.dispatchEvent(new CustomEvent(READING_MODE_EVENT, { detail: mode }));
}
