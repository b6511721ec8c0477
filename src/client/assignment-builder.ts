/**
 * <assignment-builder>: turns the teacher's ticks into a short assignment
 * link (src/lib/assignment.ts) in a read-only field, with a Copy button that
 * says what happened in a status region, and a link to the printable
 * handout of the same sections. "Open the assignment" opens the link. Without JavaScript the same form submits as a plain GET to the story.
 * The link is also drawn as a QR code (src/client/qr-code.ts, fetched only
 * once a box is ticked), redrawn whenever it changes, hidden while there is none.
 * "Use this plan" under a lesson plan (a [data-use-plan] button anywhere on
 * the page, src/components/UsePlan.astro) ticks that plan's sections, and
 * only those, says so in the status line and moves focus to the first box.
 */
import { assignmentSearch, buildAssignmentLink } from '../lib/assignment';
import { answerKeyPage, handoutPage } from '../lib/urls';

import { emit } from './events';
import { say as sayIn } from './status-message';

class AssignmentBuilder extends HTMLElement {
  private abort?: AbortController;

  connectedCallback(): void {
    const form = this.querySelector('form');
    const field = this.querySelector<HTMLInputElement>('[data-link]');
    const copy = this.querySelector<HTMLButtonElement>('[data-copy]');
    const status = this.querySelector<HTMLElement>('[data-status]');
    const handout = this.querySelector<HTMLElement>('[data-handout]');
    const handoutLink = this.querySelector<HTMLAnchorElement>('[data-handout-link]');
    const keyLink = this.querySelector<HTMLAnchorElement>('[data-key-link]');
    const qr = this.querySelector<HTMLElement>('[data-qr]');
    const qrBox = this.querySelector<HTMLElement>('[data-qr-code]');
    if (!form || !field || !copy || !status || !handout || !handoutLink || !keyLink || !qr || !qrBox) return;
    const slugs = (this.dataset.slugs ?? '').split(',');
    this.abort = new AbortController();
    const { signal } = this.abort;

    const link = (): string => {
      const data = new FormData(form);
      const sections = data.getAll('assign').map(String);
      if (!sections.length) return '';
      return buildAssignmentLink(new URL(form.getAttribute('action') ?? '/', location.href).href, {
        sections,
        mode: data.get('mode') === 'static' ? 'static' : undefined,
        showQuestions: data.get('questions') === '1',
      }, slugs);
    };
    /** The QR code of the link: its encoder is fetched the first time there is a link to draw. */
    let drawing = 0;
    const drawQr = async (url: string) => {
      const turn = ++drawing;
      if (!url) {
        qr.hidden = true;
        return;
      }
      try {
        const { qrCode } = await import('./qr-code');
        if (turn !== drawing) return; // the boxes changed while the encoder loaded
        qrBox.replaceChildren(qrCode(url, `QR code of the student link: ${url}`));
        qr.hidden = false;
      } catch {
        qr.hidden = true; // no code, no picture: the link above still works
      }
    };
    const update = () => {
      field.value = link();
      void drawQr(field.value);
      copy.disabled = !field.value;
      status.textContent = '';
      // The handout takes the sections only: paper has no animation, and it always has the questions.
      const sections = new FormData(form).getAll('assign').map(String);
      const search = assignmentSearch({ sections }, slugs);
      handoutLink.href = handoutPage(search);
      keyLink.href = answerKeyPage(search);
      handout.hidden = !sections.length;
      emit('story:assignment-link', field.value);
    };
    const say = (text: string) => sayIn(status, text);

    update();
    form.addEventListener('change', update, { signal });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const url = link();
      if (url) location.assign(url);
      else say('Tick at least one section first.');
    }, { signal });
    document.addEventListener('click', (event) => {
      const use = (event.target as Element).closest<HTMLElement>('[data-use-plan]');
      if (!use) return;
      const plan = new Set(use.dataset.usePlan!.split(','));
      const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="assign"]')];
      for (const box of boxes) box.checked = plan.has(box.value);
      update();
      boxes.find((box) => box.checked)?.focus();
      say(`The ${use.dataset.plan}’s ${plan.size === 1 ? 'section is' : `${plan.size} sections are`} ticked.`);
    }, { signal });
    copy.addEventListener('click', async () => {
      if (!field.value) return;
      try {
        await navigator.clipboard.writeText(field.value);
        say('Link copied.');
      } catch {
        field.focus();
        field.select();
        say('Could not copy: the link is selected, copy it with your keyboard.');
      }
    }, { signal });
  }

  disconnectedCallback(): void {
    this.abort?.abort();
  }
}

if (!customElements.get('assignment-builder')) customElements.define('assignment-builder', AssignmentBuilder);
