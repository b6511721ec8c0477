/**
 * <my-answers> on /my-answers/: fills in each discussion question's answer
 * from this browser's storage (written by the boxes at the end of the
 * story's assigned sections, src/client/assignment-banner.ts), as plain
 * text, and shows the sections of the assignment in the link
 * (`?assign=…`, parsed as the story parses it), or, without one, every
 * section with an answer on this device. Reads only; nothing is sent.
 */
import { parseAssignment } from '../lib/assignment';

/**
 * One stored answer, or '' when there is none or storage refuses. (Not
 * ./storage's readStored: importing it here splits the small chunk it shares
 * with ./events on the story's first load into two files, a request and ~60
 * bytes more there for this page's sake.)
 */
function stored(key: string): string {
  try {
    return localStorage.getItem(key)?.trim() ?? '';
  } catch {
    return '';
  }
}

class MyAnswers extends HTMLElement {
  connectedCallback(): void {
    const slugs = (this.dataset.slugs ?? '').split(',');
    const a = parseAssignment(location.search, slugs);
    const status = this.querySelector<HTMLElement>('[data-status]');
    const back = this.querySelector<HTMLAnchorElement>('[data-back]');
    if (!status || !back) return;
    let shown = 0;
    for (const slug of slugs) {
      const section = document.getElementById(slug);
      if (!section) continue;
      let answered = 0;
      for (const slot of section.querySelectorAll<HTMLElement>('[data-answer]')) {
        const text = stored(slot.dataset.answer!);
        slot.textContent = text || 'No answer yet.';
        slot.toggleAttribute('data-empty', !text);
        if (text) answered++;
      }
      section.hidden = a.sections.length ? !a.sections.includes(slug) : !answered;
      if (!section.hidden) shown++;
    }
    if (a.sections.length) {
      back.href = `/${location.search}#assignment`;
      back.textContent = 'Back to your assignment';
    }
    status.textContent = !shown
      ? 'There are no answers on this device yet. Open your assignment, write in the boxes under the questions at the end of each section, then come back here.'
      : a.sections.length
        ? 'Your answers to the questions of your assignment, as you wrote them in the story.'
        : 'Your answers on this device, for every section you have answered.';
  }
}

if (!customElements.get('my-answers')) customElements.define('my-answers', MyAnswers);

// "Print my answers" (<PrintButton pageCode>): there are no pictures to wait for here, so this
// script, which must run before first paint anyway, answers it, and the page asks for no loader.
document.querySelector('print-button[data-page-code] button')?.addEventListener('click', () => print());
