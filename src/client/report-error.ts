/**
 * <report-error>: keeps its e-mail link quoting the text the reader has
 * selected in its section (src/lib/report.ts), so the report says which
 * words are wrong. The link works without this code, without the quote.
 */
import { reportMailto } from '../lib/report';

class ReportError extends HTMLElement {
  private abort?: AbortController;

  connectedCallback(): void {
    const link = this.querySelector('a');
    const section = this.closest('section, main');
    if (!link || !section) return;
    const { title = '', url = '', to = '' } = this.dataset;
    this.abort = new AbortController();
    // A click on the link can clear the selection first, so the link follows the selection as it changes.
    document.addEventListener('selectionchange', () => {
      const sel = getSelection();
      if (!sel || sel.isCollapsed || !sel.rangeCount || !section.contains(sel.getRangeAt(0).commonAncestorContainer)) return;
      link.href = reportMailto({ to, title, url, selected: sel.toString() });
    }, { signal: this.abort.signal });
  }

  disconnectedCallback(): void {
    this.abort?.abort();
  }
}

if (!customElements.get('report-error')) customElements.define('report-error', ReportError);
