/**
 * Draws guesses as ten bands of bars (an <ol> styled by .readers__*), with the
 * band holding the measured answer marked, and the reader's own band if given:
 * the readers' histogram under the answer and a class's on the teacher's page.
 */
import { GUESS_BINS } from '../lib/classroom';

export function drawGuessBins(list: HTMLOListElement, bins: number[], actual: number, mine?: number): void {
  const most = Math.max(...bins, 1);
  const width = 100 / GUESS_BINS;
  list.replaceChildren(
    ...bins.map((count, i) => {
      const from = i * width;
      const to = i === GUESS_BINS - 1 ? 100 : from + width - 1;
      const yours = mine !== undefined && mine >= from && mine <= to;
      const answer = actual >= from && actual <= to;
      const li = document.createElement('li');
      li.className = 'readers__bin';
      li.style.setProperty('--share', String(count / most));
      li.toggleAttribute('data-yours', yours);
      li.toggleAttribute('data-answer', answer);
      const bar = document.createElement('span');
      bar.className = 'readers__bar';
      bar.setAttribute('aria-hidden', 'true');
      const label = document.createElement('span');
      label.className = 'readers__label';
      label.textContent = `${from}–${to}%`;
      const value = document.createElement('span');
      value.className = 'readers__count';
      value.textContent = `${count}${yours ? ' · yours' : ''}${answer ? ' · the answer' : ''}`;
      li.append(bar, label, value);
      return li;
    }),
  );
}
