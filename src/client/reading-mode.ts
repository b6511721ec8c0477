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

export function setReadingMode(mode: ReadingMode): void {
  emit('story:reading-mode-will-change', mode);
  document.documentElement.dataset.reading = mode;
  if (mode === 'static') writeStored('local', READING_MODE_KEY, mode);
  else removeStored('local', READING_MODE_KEY);
  emit('story:reading-mode', mode);
}
