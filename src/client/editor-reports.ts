/**
 * <editor-reports>: readers' error reports, newest first, fetched with the
 * editor's key from the fragment (#key=…). Text is set as text, never as HTML.
 */
import { sectionPage } from '../lib/urls';
import { classServiceHere, request } from './class-service';

interface Report {
  id: number;
  section: string;
  quote: string | null;
  message: string;
  at: string;
}

class EditorReports extends HTMLElement {
  async connectedCallback(): Promise<void> {
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const list = this.querySelector<HTMLOListElement>('[data-list]')!;
    const titles = JSON.parse(this.dataset.titles ?? '{}') as Record<string, string>;
    const key = new URLSearchParams(location.hash.slice(1)).get('key') ?? '';
    if (!classServiceHere()) return void (status.textContent = 'Reports need the service, which this copy of the site does not run.');
    if (!key) return void (status.textContent = 'Open the editor’s link, the one that ends in #key=… (npm run editor-key makes one).');
    const r = await request<{ reports: Report[] }>('/api/reports', { key });
    if (!r.ok || !r.data) return void (status.textContent = r.error ?? 'The reports could not be loaded.');
    const { reports } = r.data;
    status.textContent = reports.length ? `${reports.length} report${reports.length === 1 ? '' : 's'}, newest first.` : 'No reports.';
    list.hidden = !reports.length;
    list.replaceChildren(
      ...reports.map((rep) => {
        const li = document.createElement('li');
        li.className = 'reports__item';
        const head = document.createElement('p');
        const a = document.createElement('a');
        a.href = sectionPage(rep.section);
        a.textContent = titles[rep.section] ?? rep.section;
        head.append(a, ` · ${new Date(rep.at).toLocaleString('en-GB')}`);
        const parts: HTMLElement[] = [head];
        if (rep.quote) {
          const q = document.createElement('blockquote');
          q.textContent = rep.quote;
          parts.push(q);
        }
        const m = document.createElement('p');
        m.className = 'reports__message';
        m.textContent = rep.message;
        parts.push(m);
        li.append(...parts);
        return li;
      }),
    );
  }
}

if (!customElements.get('editor-reports')) customElements.define('editor-reports', EditorReports);
