/**
 * <self-check>: "Check your understanding" after a section. Enables the
 * server-rendered (disabled) radio choices; "Check" shows the chosen answer's
 * explanation and whether it is right, in a polite live region. A wrong
 * answer says why and the reader tries again; changing the choice clears the
 * old verdict. The last checked choice of each question is kept on this
 * device (localStorage, never sent), so a reload shows the same answers.
 *
 * When every question holds its correct answer the element gets
 * data-complete and fires 'story:self-check' (also once on load, for a section
 * completed earlier), which the assignment banner listens for.
 */
import { isComplete, readAnswers, selfCheckKey, type Answers } from '../lib/self-check';
import { emit } from './events';
import { readStored, writeStored } from './storage';

function load(key: string): string | null {
  return readStored('local', key);
}

function save(key: string, answers: Answers): void {
  writeStored('local', key, JSON.stringify(answers));
}

class SelfCheck extends HTMLElement {
  private abort?: AbortController;

  connectedCallback(): void {
    const slug = this.dataset.slug!;
    const key = selfCheckKey(slug);
    const forms = [...this.querySelectorAll<HTMLFormElement>('form[data-question]')];
    const radios = forms.map((f) => [...f.querySelectorAll<HTMLInputElement>('input[type="radio"]')]);
    const correct = radios.map((rs) => rs.findIndex((r) => r.hasAttribute('data-correct')));
    const answers = readAnswers(load(key), radios.map((rs) => rs.length));
    const done = this.querySelector<HTMLElement>('[data-done]');
    this.abort = new AbortController();
    const { signal } = this.abort;

    const verdict = (qi: number, ci: number | null, feedback: HTMLElement) => {
      const form = forms[qi]!;
      feedback.textContent = '';
      delete form.dataset.result;
      if (ci === null) return;
      const right = ci === correct[qi];
      form.dataset.result = right ? 'right' : 'wrong';
      const why = radios[qi]![ci]!.parentElement!.querySelector('template')?.content.textContent ?? '';
      const label = document.createElement('strong');
      label.className = 'self-check__verdict';
      label.textContent = right ? 'Correct.' : 'Not quite.';
      feedback.replaceChildren(label, ` ${why}${right ? '' : ' Try another answer.'}`);
    };
    const announceCompletion = (fire: boolean) => {
      const complete = isComplete(answers, correct);
      this.toggleAttribute('data-complete', complete);
      if (done) done.hidden = !complete;
      if (fire) emit('story:self-check', { slug, complete });
    };

    forms.forEach((form, qi) => {
      const feedback = form.querySelector<HTMLElement>('[data-feedback]')!;
      const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
      for (const r of radios[qi]!) r.disabled = false;
      button.disabled = false;
      // Restore quietly, then make the verdict a live region: only the reader's own checks are announced.
      const previous = answers[qi] ?? null;
      if (previous !== null) radios[qi]![previous]!.checked = true;
      verdict(qi, previous, feedback);
      feedback.setAttribute('role', 'status');

      form.addEventListener('change', () => {
        feedback.textContent = '';
        delete form.dataset.result;
      }, { signal });
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        const ci = radios[qi]!.findIndex((r) => r.checked);
        feedback.textContent = '';
        if (ci < 0) {
          // A new text after an empty one is announced even when it repeats.
          requestAnimationFrame(() => (feedback.textContent = 'Choose an answer first.'));
          return;
        }
        answers[qi] = ci;
        save(key, answers);
        emit('story:answer', { slug, index: qi, choice: ci });
        requestAnimationFrame(() => verdict(qi, ci, feedback));
        announceCompletion(true);
      }, { signal });
    });
    announceCompletion(isComplete(answers, correct));
  }

  disconnectedCallback(): void {
    this.abort?.abort();
  }
}

if (!customElements.get('self-check')) customElements.define('self-check', SelfCheck);
