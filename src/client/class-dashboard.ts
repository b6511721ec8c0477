/**
 * <class-dashboard>: a class's results for its teacher, from the class
 * service, with the key from the link's fragment (#key=…). Refreshes every
 * few seconds while the page is visible (a projector left on shows answers
 * arriving); downloads the CSV and deletes the class with the same key.
 */
import { parseClassCode, showCode } from '../lib/classroom';
import { drawGuessBins } from './guess-bins';
import { classServiceHere, request } from './class-service';
import { say } from './status-message';

/** Often enough to watch a class answer; the service's dashboard limit allows several screens at this rate. */
const REFRESH_MS = 5000;

interface Results {
  expiresAt: string;
  students: number;
  guess: { n: number; bins: number[]; actual: number } | null;
  questions: { id: string; answered: number; right: number; topWrong: { choice: number; n: number } | null }[];
  sections: { slug: string; completed: number }[];
}

const pct = (part: number, whole: number) => (whole ? `${Math.round((100 * part) / whole)}%` : '–');

class ClassDashboard extends HTMLElement {
  private timer?: ReturnType<typeof setTimeout>;

  connectedCallback(): void {
    const code = parseClassCode(/^\/class\/([^/]+)\/?$/.exec(location.pathname)?.[1]);
    const key = new URLSearchParams(location.hash.slice(1)).get('key') ?? '';
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const body = this.querySelector<HTMLElement>('[data-body]')!;
    if (!classServiceHere()) {
      status.textContent = 'Class results need the class service, which this copy of the site does not run.';
      return;
    }
    if (!code) {
      status.textContent = 'Open your private results link, the one with your class code in it, given when you created the class.';
      return;
    }
    for (const el of document.querySelectorAll('[data-class-code]')) el.textContent = showCode(code);
    document.title = `Class ${showCode(code)}: ${document.title}`;
    if (!key) {
      status.textContent = 'This page needs your private results link, the one that ends in #key=…, given when you created the class.';
      return;
    }
    const path = `/api/classes/${code}`;
    const load = async () => {
      clearTimeout(this.timer);
      const r = await request<Results>(path, { key });
      if (r.ok && r.data) {
        this.render(r.data);
        body.hidden = false;
        status.textContent = '';
      } else if (r.status === 404 || r.status === 403 || r.status === 401) {
        body.hidden = true;
        say(status, r.status === 404 ? 'This class no longer exists: it was deleted, or its 30 days are over.' : 'This link’s key does not open this class.');
        return;
      } else {
        say(status, `Could not refresh (${r.error ?? 'no answer'}); trying again.`);
      }
      if (document.visibilityState === 'visible') this.timer = setTimeout(load, REFRESH_MS);
    };
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void load();
      else clearTimeout(this.timer);
    });
    void load();

    this.querySelector<HTMLButtonElement>('[data-csv]')!.addEventListener('click', async () => {
      const r = await fetch(`${path}/results.csv`, { headers: { authorization: `Bearer ${key}` } });
      if (!r.ok) return say(status, 'Could not download the results.');
      const a = document.createElement('a');
      a.href = URL.createObjectURL(await r.blob());
      a.download = `class-${code}.csv`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    });
    this.querySelector<HTMLButtonElement>('[data-delete]')!.addEventListener('click', async () => {
      if (!confirm('Delete this class and all its answers? This cannot be undone.')) return;
      const r = await request(path, { method: 'DELETE', key });
      if (!r.ok) return say(status, `Could not delete the class: ${r.error ?? 'no answer'}`);
      clearTimeout(this.timer);
      body.hidden = true;
      say(status, 'The class and all its answers are deleted.');
    });
  }

  disconnectedCallback(): void {
    clearTimeout(this.timer);
  }

  private render(r: Results): void {
    const set = (sel: string, text: string, root: ParentNode = this) => {
      const el = root.querySelector<HTMLElement>(sel);
      if (el) el.textContent = text;
    };
    set('[data-students]', String(r.students));
    set('[data-students-word]', r.students === 1 ? 'device' : 'devices');
    set('[data-updated]', `Updated ${new Date().toLocaleTimeString('en-GB')}.`);
    set('[data-expires]', new Date(r.expiresAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }));
    if (r.guess) {
      set('[data-guesses]', String(r.guess.n));
      set('[data-guesses-word]', r.guess.n === 1 ? 'guess' : 'guesses');
      drawGuessBins(this.querySelector<HTMLOListElement>('[data-guess-bins]')!, r.guess.bins, r.guess.actual);
    }
    for (const q of r.questions) {
      const el = this.querySelector<HTMLElement>(`[data-question="${q.id}"]`);
      if (!el) continue;
      set('[data-right]', q.answered ? `${pct(q.right, q.answered)} (${q.right} of ${q.answered})` : 'No answers yet:', el);
      const wrong = el.querySelector<HTMLElement>('[data-wrong]')!;
      wrong.hidden = !q.topWrong;
      if (q.topWrong) {
        const choice = el.querySelector<HTMLTemplateElement>(`template[data-choice="${q.topWrong.choice}"]`)?.content;
        set('[data-wrong-text]', `“${choice?.querySelector('[data-text]')?.textContent ?? ''}”`, el);
        set('[data-wrong-n]', `${q.topWrong.n} of ${q.answered}`, el);
        set('[data-wrong-why]', choice?.querySelector('[data-why]')?.textContent ?? '', el);
      }
    }
    for (const s of r.sections) {
      const el = this.querySelector<HTMLElement>(`[data-section="${s.slug}"]`);
      if (el) set('[data-completed]', String(s.completed), el);
    }
  }
}

if (!customElements.get('class-dashboard')) customElements.define('class-dashboard', ClassDashboard);
