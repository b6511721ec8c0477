/**
 * The "read without animation" preference. The page's <head> applies the
 * stored choice to <html data-reading> before first paint (no layout shift);
 * this module reads and changes it and tells the engine.
 */
import { READING_MODE_KEY } from '../lib/tokens';
import { emit, type ReadingMode } from './events';
import { removeStored, writeStored } from './storage';

export type { ReadingMode };

export function readingMode(): ReadingMode {
  return document.documentElement.dataset.reading === 'static' ? 'static' : 'animated';
}

/** The reader's choice: applied and remembered on this device. */
export function setReadingMode(mode: ReadingMode): void {
  apply(mode, () => {
    if (mode === 'static') writeStored('local', READING_MODE_KEY, mode);
    else removeStored('local', READING_MODE_KEY);
  });
}

/**
 * Printing shows every figure complete, in the static layout, and then the
 * reader's own layout again; the choice is not remembered. Listeners hear the
 * same two events as for the reader's choice, while the page still prints.
 */
export function followPrint(signal: AbortSignal): void {
  let before: ReadingMode | undefined;
  addEventListener('beforeprint', () => {
    before = readingMode();
    if (before !== 'static') apply('static');
  }, { signal });
  addEventListener('afterprint', () => {
    if (before && before !== 'static') apply(before);
    before = undefined;
  }, { signal });
}

function apply(mode: ReadingMode, remember?: () => void): void {
  emit('story:reading-mode-will-change', mode);
  document.documentElement.dataset.reading = mode;
  remember?.();
  emit('story:reading-mode', mode);
}
