/**
 * <handout-selection>: a handout of only the sections a teacher chose.
 * `/handout/?assign=the-cell,does-it-work` (the same parameter, parsed the
 * same way, as an assignment link: src/lib/assignment.ts) hides the other
 * sections and their lines in the contents, on screen and on paper, and says
 * so in a note with a link to the whole handout. The glossary keeps only
 * the terms the chosen sections use (each entry's data-used-in, worked out
 * at build time; with none, the glossary goes); the sources shrink to those
 * cited on the pages that remain (each keeps its number). The first chosen
 * section follows the title block on its page (handout.css), so the cover
 * is never a near-empty sheet. Anything in the link not understood is named
 * in the note, never an error. Loaded only for such links; without
 * JavaScript the whole handout prints.
 */
import { parseAssignment } from '../lib/assignment';

class HandoutSelection extends HTMLElement {
  connectedCallback(): void {
    const slugs = (this.dataset.slugs ?? '').split(',');
    const a = parseAssignment(location.search, slugs);
    const note = this.querySelector<HTMLElement>('[data-note]');
    if (!a.present || !note) return;
    const chosen = new Set(a.sections);
    const titles: string[] = [];
    if (chosen.size) {
      for (const slug of slugs) {
        const keep = chosen.has(slug);
        const section = document.getElementById(slug);
        if (section) section.hidden = !keep;
        const entry = document.querySelector(`.handout__contents [data-toc="${slug}"]`)?.closest('li');
        if (entry) (entry as HTMLElement).hidden = !keep;
        if (keep && section) titles.push(section.querySelector('h2')?.textContent?.trim() ?? slug);
      }
    }
    if (chosen.size) {
      for (const el of document.querySelectorAll<HTMLElement>('[data-used-in]')) el.hidden = !el.dataset.usedIn!.split(' ').some((slug) => chosen.has(slug));
      const cited = new Set(
        [...document.querySelectorAll<HTMLAnchorElement>('main .fn a[href*="#source-"]')].filter((l) => !l.closest('[hidden]')).map((l) => l.hash.slice(1)),
      );
      for (const li of document.querySelectorAll<HTMLElement>('.sources-list > li[id]')) li.hidden = !cited.has(li.id);
    }
    const whole = document.createElement('a');
    whole.href = location.pathname;
    const noun = this.dataset.noun ?? 'handout';
    whole.textContent = `the whole ${noun}`;
    const parts: (string | Node)[] = chosen.size
      ? [`This ${noun} has ${titles.length === 1 ? 'the section' : `the ${titles.length} sections`} ${this.dataset.chooser ?? 'your teacher'} chose: ${titles.join('; ')}. For every section, print `, whole, '.']
      : [`This link names no section of the story, so the whole ${noun} is here.`];
    if (a.ignored.length) parts.push(` Part of the link was not understood and was ignored: ${a.ignored.map((v) => `“${v}”`).join(', ')}.`);
    this.hidden = false;
    // Filled once shown, so screen readers announce it.
    requestAnimationFrame(() => note.replaceChildren(...parts));
  }
}

if (!customElements.get('handout-selection')) customElements.define('handout-selection', HandoutSelection);
