/**
 * <guess-sharing>: where the class service runs, "How other readers guessed".
 * Before anything is sent, the note under the slider says what will be sent
 * and offers to keep the guess on the device. When the reader reaches the
 * answer, their guess (the one made before it) is sent once, anonymously;
 * then the readers' histogram is shown, if enough guesses exist that no one
 * can be singled out. A student in a class sends their guess to the class
 * instead (<class-link>), which counts in the readers' histogram too.
 * Without the service none of this appears and nothing is requested.
 */
import { guessQuestionId, GUESS_BINS, parseClassCode } from '../lib/classroom';
import { classServiceHere, deviceId, request } from './class-service';
import { on } from './events';
import { drawGuessBins } from './guess-bins';
import { readStored, writeStored } from './storage';

interface ReaderGuesses {
  n: number;
  enough: boolean;
  min: number;
  bins: number[] | null;
}

const sentKey = (stat: string) => `class-service:reader-guess:${stat}`;
const keepKey = 'class-service:keep-guess';

class GuessSharing extends HTMLElement {
  connectedCallback(): void {
    if (!classServiceHere()) return;
    const stat = this.dataset.stat!;
    const inClass = parseClassCode(new URLSearchParams(location.search).get('class')) !== undefined;
    const keep = this.querySelector<HTMLInputElement>('[data-keep]')!;
    if (!inClass) {
      this.hidden = false;
      keep.checked = readStored('local', keepKey) === '1';
      keep.addEventListener('change', () => writeStored('local', keepKey, keep.checked ? '1' : '0'));
      // The slider's own note promises the guess stays on the device; here that depends on the box.
      const stays = document.querySelector<HTMLElement>(`guess-slider[data-stat="${stat}"] [data-stays]`);
      if (stays) stays.textContent = 'Use the slider or the arrow keys.';
    }
    on('story:guess-revealed', async (d) => {
      if (d.stat !== stat) return;
      if (!inClass && !keep.checked && readStored('local', sentKey(stat)) === null) {
        const r = await request('/api/guesses', { method: 'POST', body: { device: deviceId(), question: guessQuestionId(stat), value: d.value } });
        // Sent, or already counted from this device: either way, never again.
        if (r.ok || r.status === 409) writeStored('local', sentKey(stat), String(d.value));
      }
      void this.show(stat, d.value);
    });
  }

  /** Draws the readers' histogram under the answer, with the reader's own bin marked. */
  private async show(stat: string, mine: number): Promise<void> {
    const box = document.querySelector<HTMLElement>(`[data-readers="${stat}"]`);
    const r = await request<ReaderGuesses>('/api/guesses');
    if (!box || !r.ok || !r.data) return;
    const { n, enough, min, bins } = r.data;
    const status = box.querySelector<HTMLElement>('[data-readers-status]')!;
    const list = box.querySelector<HTMLOListElement>('[data-readers-bins]')!;
    box.hidden = false;
    if (!enough || !bins) {
      status.textContent = `Too few readers have guessed so far to show (${n}; it appears at ${min}), so no one can be singled out.`;
      list.replaceChildren();
      return;
    }
    status.textContent = `${n} readers’ guesses, in bands of ${100 / GUESS_BINS} points.`;
    drawGuessBins(list, bins, Number(box.dataset.actual), mine);
  }
}

if (!customElements.get('guess-sharing')) customElements.define('guess-sharing', GuessSharing);
