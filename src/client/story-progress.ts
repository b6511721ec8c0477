/**
 * <story-progress>: "3 / 7 · The sentence" in the header, and aria-current on
 * the matching contents links. It listens to the engine's chapter event and
 * reads nothing from the layout.
 */
import { on } from './events';

class StoryProgress extends HTMLElement {
  private abort?: AbortController;

  connectedCallback(): void {
    this.abort = new AbortController();
    const text = this.querySelector('[data-progress-text]');
    on('story:chapter', ({ index, count, slug, title }) => {
      const inStory = index >= 0;
      if (text) {
        text.innerHTML = '';
        if (inStory) {
          const b = document.createElement('b');
          b.textContent = `${index + 1} / ${count}`;
          const name = document.createElement('span');
          name.className = 'progress-label__title';
          name.textContent = ` · ${title}`;
          text.append(b, name);
        } else {
          text.textContent = `${count} sections`;
        }
      }
      for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-toc]')) {
        if (inStory && link.dataset.toc === slug) link.setAttribute('aria-current', 'location');
        else link.removeAttribute('aria-current');
      }
    }, { signal: this.abort.signal });
    // A choice in the contents menu closes it.
    for (const menu of document.querySelectorAll<HTMLDetailsElement>('.toc-menu')) {
      menu.addEventListener('click', (e) => {
        if ((e.target as Element).closest('a')) menu.open = false;
      }, { signal: this.abort.signal });
    }
  }

  disconnectedCallback(): void {
    this.abort?.abort();
  }
}

if (!customElements.get('story-progress')) customElements.define('story-progress', StoryProgress);
