/**
 * <copy-text for="element-id">: a Copy button for a block of text on the page
 * (a citation, a BibTeX entry, embed code). The button is marked .needs-js,
 * hidden before first paint when JavaScript is off, so a reader without it
 * never meets a control that does nothing: they select the text, which is
 * always visible. The result is said in a status region; if the clipboard is
 * missing or refuses, the text is selected for copying by keyboard.
 */
import { say as sayIn } from './status-message';

class CopyText extends HTMLElement {
  private abort?: AbortController;

  connectedCallback(): void {
    const button = this.querySelector('button');
    const status = this.querySelector('[role="status"]');
    const source = document.getElementById(this.getAttribute('for') ?? '');
    if (!button || !status || !source) return;
    this.abort = new AbortController();
    const say = (text: string) => sayIn(status, text);
    button.addEventListener('click', async () => {
      const text = (source instanceof HTMLTextAreaElement ? source.value : source.textContent ?? '').trim();
      try {
        if (!navigator.clipboard) throw new Error('no clipboard');
        await navigator.clipboard.writeText(text);
        say('Copied');
      } catch {
        if (source instanceof HTMLTextAreaElement) source.select();
        else getSelection()?.selectAllChildren(source);
        say('Could not copy: the text is selected, copy it with your keyboard');
      }
    }, { signal: this.abort.signal });
  }

  disconnectedCallback(): void {
    this.abort?.abort();
  }
}

if (!customElements.get('copy-text')) customElements.define('copy-text', CopyText);
