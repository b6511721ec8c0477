/**
 * <print-button>: a button that opens the browser's print dialog. It needs
 * JavaScript, so it carries class="needs-js" and is hidden without it (the
 * browser's own Print command prints the same page). Never printed itself.
 *
 * The handout's step pictures (img[data-print-picture], SceneStills.astro) are
 * lazy in its HTML, so on a phone they do not share the first screen's
 * bandwidth: this code, which comes just after first paint, asks for them all
 * at once, and so does the browser's own Print command (beforeprint, as soon as
 * it can). The button waits for them, up to PICTURES_WAIT_MS, before opening
 * the dialog. Without JavaScript a browser loads lazy images at once anyway.
 */

/** Longest wait for the pictures before printing anyway: a button that seems to do nothing is worse than a missing picture. */
const PICTURES_WAIT_MS = 3000;

const pictures = () => [...document.querySelectorAll<HTMLImageElement>('img[data-print-picture]')];

function fetchPictures(): void {
  for (const img of pictures()) img.loading = 'eager';
}

function picturesLoaded(): Promise<unknown> {
  fetchPictures();
  const loads = pictures()
    .filter((img) => !img.complete)
    .map((img) => new Promise((done) => {
      img.addEventListener('load', done, { once: true });
      img.addEventListener('error', done, { once: true });
    }));
  return Promise.race([Promise.all(loads), new Promise((done) => setTimeout(done, PICTURES_WAIT_MS))]);
}

class PrintButton extends HTMLElement {
  private abort?: AbortController;

  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button) return;
    this.abort = new AbortController();
    button.addEventListener('click', () => void picturesLoaded().then(() => print()), { signal: this.abort.signal });
  }

  disconnectedCallback(): void {
    this.abort?.abort();
  }
}

fetchPictures();
addEventListener('beforeprint', fetchPictures);
if (!customElements.get('print-button')) customElements.define('print-button', PrintButton);

// A module, so the deferred loader can import() it.
export {};
