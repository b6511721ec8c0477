/**
 * <reading-toggle>: the "Read without animation" switch. A button with
 * aria-pressed, remembered on this device; the engine redraws every scene as
 * a static figure in its final state.
 */
import { readingMode, setReadingMode } from './reading-mode';

class ReadingToggle extends HTMLElement {
  private abort?: AbortController;

  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button) return;
    this.abort = new AbortController();
    const sync = () => button.setAttribute('aria-pressed', String(readingMode() === 'static'));
    sync();
    button.addEventListener('click', () => {
      setReadingMode(readingMode() === 'static' ? 'animated' : 'static');
      sync();
    }, { signal: this.abort.signal });
  }

  disconnectedCallback(): void {
    this.abort?.abort();
  }
}

if (!customElements.get('reading-toggle')) customElements.define('reading-toggle', ReadingToggle);
