/**
 * <guess-slider> and <guess-result>. The slider stores the reader's guess
 * (sessionStorage, never sent) and draws it into its scene through CSS:
 * --guess on the figure and data-guessed, so the marker's position is pure
 * CSS and any state of the scene shows it the same way.
 */
import { parseGuess } from '../lib/guess';
import { GUESS_KEY_PREFIX } from '../lib/tokens';

import { emit, on } from './events';
import { readStored, writeStored } from './storage';

function stored(stat: string): number | undefined {
  return parseGuess(readStored('session', GUESS_KEY_PREFIX + stat));
}

function store(stat: string, value: number): void {
  writeStored('session', GUESS_KEY_PREFIX + stat, String(value));
}

class GuessSlider extends HTMLElement {
  private abort?: AbortController;

  connectedCallback(): void {
    const input = this.querySelector('input');
    const output = this.querySelector('output');
    const stat = this.dataset.stat!;
    if (!input || !output) return;
    this.abort = new AbortController();
    input.disabled = false;
    const show = (value: number, commit: boolean) => {
      output.textContent = `${value}%`;
      input.setAttribute('aria-valuetext', `${value}%`);
      if (!commit) return;
      store(stat, value);
      const figure = document.querySelector<HTMLElement>(`figure[data-scene="${this.dataset.targetScene}"]`);
      if (figure) {
        figure.style.setProperty('--guess', String(value));
        // The marker's scale comes from the server as data (no inline style
        // attributes under the Content-Security-Policy); CSS places it.
        for (const m of figure.querySelectorAll<SVGElement>('[data-guess-per]')) {
          m.style.setProperty('--per', m.dataset.guessPer!);
          m.style.setProperty('--label-max', m.dataset.guessLabelMax ?? '0');
        }
        figure.dataset.guessed = '';
        for (const t of figure.querySelectorAll('[data-guess-text]')) t.textContent = `Your guess: ${value}%`;
      }
      emit('story:guess', { stat, value });
    };
    const previous = stored(stat);
    if (previous !== undefined) {
      input.value = String(previous);
      show(previous, true);
    }
    const { signal } = this.abort;
    input.addEventListener('input', () => show(Number(input.value), true), { signal });
  }

  disconnectedCallback(): void {
    this.abort?.abort();
  }
}

class GuessResult extends HTMLElement {
  private abort?: AbortController;

  connectedCallback(): void {
    this.abort = new AbortController();
    const stat = this.dataset.stat!;
    const actual = Number(this.dataset.actual);
    const render = (guess: number | undefined) => {
      if (guess === undefined || Number.isNaN(actual)) return;
      const gap = Math.round(guess - actual);
      this.textContent =
        gap === 0
          ? `You guessed ${guess}%: exactly right.`
          : `You guessed ${guess}%: ${Math.abs(gap)} points ${gap > 0 ? 'higher' : 'lower'} than the ${actual}% measured.`;
    };
    render(stored(stat));
    on('story:guess', (d) => {
      if (d.stat === stat) render(d.value);
    }, { signal: this.abort.signal });
    // The sentence that gives the answer is on screen: the guess made before it is the reader's guess.
    const seen = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      const guess = stored(stat);
      if (guess === undefined) return;
      seen.disconnect();
      emit('story:guess-revealed', { stat, value: guess });
    });
    seen.observe(this.closest('.step') ?? this.parentElement ?? this);
    this.abort.signal.addEventListener('abort', () => seen.disconnect());
  }

  disconnectedCallback(): void {
    this.abort?.abort();
  }
}

if (!customElements.get('guess-slider')) customElements.define('guess-slider', GuessSlider);
if (!customElements.get('guess-result')) customElements.define('guess-result', GuessResult);
