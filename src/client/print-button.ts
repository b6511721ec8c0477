/**
 * <print-button>: a button that opens the browser's print dialog. It needs
 * JavaScript, so it carries class="needs-js" and is hidden without it (the
 * browser's own Print command prints the same page). Never printed itself.
 */
class PrintButton extends HTMLElement {
  private abort?: AbortController;

  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button) return;
    this.abort = new AbortController();
    button.addEventListener('click', () => print(), { signal: this.abort.signal });
  }

  disconnectedCallback(): void {
    this.abort?.abort();
  }
}

if (!customElements.get('print-button')) customElements.define('print-button', PrintButton);

// A module, so the deferred loader can import() it.
export {};
