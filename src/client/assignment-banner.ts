/**
 * <assignment-banner>: what a student sees when they open a teacher's
 * assignment link (`/?assign=the-cell,does-it-work&questions=1`, parsed by
 * src/lib/assignment.ts). Loaded only for such links.
 *
 * - Lists the assigned sections, with a tick for each one finished.
 *   A section is finished once all its self-check questions hold their right
 *   answers (<self-check> says so with 'story:self-check'). The ticks are kept
 *   per assignment on this device (localStorage, never sent) and stay once
 *   earned, even if the student later changes an answer.
 * - On first arrival (no #fragment) takes the student to the banner itself,
 *   past the title picture, so what was assigned is the first thing they
 *   read; its "Start: <first section>" link takes them on. (It used to jump
 *   to the first section, past the banner, which students then never saw.)
 * - Shows the end block of each assigned section: the way on to the next one,
 *   and, with questions=1, its discussion questions, each with a box whose
 *   answer is kept on this device (localStorage, never sent) and a link to
 *   print this assignment's answers (/my-answers/?assign=…).
 * - Anything in the link it did not understand is named in a polite note
 *   (role="status"), never an error.
 * `mode=static` is applied before first paint by the page's boot script
 * (src/server/boot-script.ts), so the layout never switches under the student and
 * the reader's own stored preference is left alone.
 */
import { assignmentKey, parseAssignment, readFinished } from '../lib/assignment';
import { on } from './events';
import { readStored, writeStored } from './storage';

function quoteList(values: string[]): string {
  return values.map((v) => `“${v}”`).join(', ');
}

class AssignmentBanner extends HTMLElement {
  private abort?: AbortController;

  connectedCallback(): void {
    const slugs = (this.dataset.slugs ?? '').split(',');
    const a = parseAssignment(location.search, slugs);
    if (!a.present) return;
    this.abort = new AbortController();
    const key = assignmentKey(a.sections);
    const stored = readStored('local', key);
    const finished = readFinished(stored, a.sections);
    const items = new Map([...this.querySelectorAll<HTMLElement>('li[data-slug]')].map((li) => [li.dataset.slug!, li]));
    const count = this.querySelector<HTMLElement>('[data-count]')!;
    const note = this.querySelector<HTMLElement>('[data-note]')!;
    const titleOf = (slug: string) => items.get(slug)?.querySelector('a')?.textContent?.trim() ?? slug;

    const render = () => {
      for (const slug of a.sections) {
        const li = items.get(slug)!;
        const done = finished.has(slug);
        li.toggleAttribute('data-finished', done);
        li.querySelector('[data-state]')!.textContent = done ? 'Finished' : 'Not finished yet';
      }
      count.textContent = a.sections.length ? `${finished.size} of ${a.sections.length} finished.` : '';
    };
    const finish = (slug: string) => {
      if (!a.sections.includes(slug) || finished.has(slug)) return;
      finished.add(slug);
      writeStored('local', key, JSON.stringify([...finished]));
      render();
    };

    for (const slug of a.sections) {
      items.get(slug)!.hidden = false;
      if (document.querySelector(`self-check[data-slug="${slug}"]`)?.hasAttribute('data-complete')) finish(slug);
      const end = document.querySelector<HTMLElement>(`[data-assigned-end="${slug}"]`);
      if (!end) continue;
      end.hidden = false;
      end.querySelector<HTMLElement>('[data-assigned-questions]')!.hidden = !a.showQuestions;
      // Answers stay on this device, under each box's id; /my-answers/ lists this assignment's.
      for (const box of end.querySelectorAll('textarea')) {
        box.value = readStored('local', box.id) ?? '';
        box.oninput = () => writeStored('local', box.id, box.value);
      }
      end.querySelector<HTMLAnchorElement>('[data-my-answers]')!.search = location.search;
      const next = a.sections[a.sections.indexOf(slug) + 1];
      const link = document.createElement('a');
      const p = end.querySelector<HTMLElement>('[data-assigned-next]')!;
      if (next) {
        link.href = `#${next}`;
        link.textContent = titleOf(next);
        p.replaceChildren('Next in your assignment: ', link);
      } else {
        link.href = '#assignment';
        link.textContent = 'See your assignment';
        p.replaceChildren('This is the last section of your assignment. ', link);
      }
    }
    render();
    on('story:self-check', ({ slug, complete }) => {
      if (complete) finish(slug);
    }, { signal: this.abort.signal });

    if (!a.sections.length) this.querySelector<HTMLElement>('[data-intro]')!.hidden = true;
    this.hidden = false;
    // Set the note once the region is shown, so screen readers announce it.
    const message = [
      a.sections.length ? '' : 'This link does not name any section of the story, so nothing is assigned. The whole story is below.',
      a.ignored.length ? `Part of the link was not understood and was ignored: ${quoteList(a.ignored)}.` : '',
    ].filter(Boolean).join(' ');
    if (message) requestAnimationFrame(() => (note.textContent = message));

    if (a.sections.length) {
      const start = this.querySelector<HTMLElement>('[data-start]')!;
      const link = document.createElement('a');
      link.href = `#${a.sections[0]}`;
      link.textContent = `Start: ${titleOf(a.sections[0]!)}`;
      start.replaceChildren(link);
      start.hidden = false;
      if (!location.hash) location.replace('#assignment');
    }
  }

  disconnectedCallback(): void {
    this.abort?.abort();
  }
}

if (!customElements.get('assignment-banner')) customElements.define('assignment-banner', AssignmentBanner);
