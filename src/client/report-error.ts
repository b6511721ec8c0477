/**
 * <report-error>: keeps its e-mail link quoting the text the reader has
 * selected in its section (src/lib/report.ts), so the report says which
 * words are wrong. The link works without this code, without the quote.
 */
import { MAX_QUOTE, reportMailto } from '../lib/report';
import { classServiceHere, request } from './class-service';
import { say } from './status-message';

class ReportError extends HTMLElement {
  private abort?: AbortController;

  connectedCallback(): void {
    const link = this.querySelector('a');
    const section = this.closest('section, main');
    if (!link || !section) return;
    const { title = '', url = '', to = '' } = this.dataset;
    this.abort = new AbortController();
    let quote = '';
    const quoteNote = this.querySelector<HTMLElement>('[data-quote-note]');
    // A click on the link can clear the selection first, so the link follows the selection as it changes.
    document.addEventListener('selectionchange', () => {
      const sel = getSelection();
      if (!sel || sel.isCollapsed || !sel.rangeCount || !section.contains(sel.getRangeAt(0).commonAncestorContainer)) return;
      if (this.contains(sel.getRangeAt(0).commonAncestorContainer)) return;
      quote = sel.toString().replace(/\s+/g, ' ').trim().slice(0, MAX_QUOTE);
      link.href = reportMailto({ to, title, url, selected: quote });
      const mail = this.querySelector<HTMLAnchorElement>('[data-mail]');
      if (mail) mail.href = link.href;
      if (quoteNote) {
        quoteNote.querySelector('[data-quote]')!.textContent = quote;
        quoteNote.hidden = !quote;
      }
    }, { signal: this.abort.signal });

    const details = this.querySelector<HTMLDetailsElement>('[data-report]');
    const form = this.querySelector<HTMLFormElement>('[data-report-form]');
    if (!details || !form || !classServiceHere()) return;
    // Where the service runs, the link opens the form (nothing moves on the page until the reader asks);
    // the e-mail stays one click away inside it.
    link.addEventListener('click', (event) => {
      if (!details.hidden) return;
      event.preventDefault();
      details.hidden = false;
      details.open = true;
      form.querySelector('textarea')?.focus();
    }, { signal: this.abort.signal });
    const status = form.querySelector<HTMLElement>('[data-report-status]')!;
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const message = String(new FormData(form).get('message') ?? '').trim();
      const button = form.querySelector('button')!;
      button.disabled = true;
      const r = await request('/api/reports', { method: 'POST', body: { section: this.dataset.slug, message, ...(quote ? { quote } : {}) } });
      button.disabled = false;
      if (r.ok) {
        form.reset();
        say(status, 'Thank you: the report is with the editors.');
      } else {
        say(status, `Not sent: ${r.error ?? 'the service did not answer'} You can still e-mail it (the link above).`);
      }
    }, { signal: this.abort.signal });
  }

  disconnectedCallback(): void {
    this.abort?.abort();
  }
}

if (!customElements.get('report-error')) customElements.define('report-error', ReportError);
