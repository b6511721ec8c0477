/**
 * <story-progress>: "3 / 7 · The sentence" in the header, and aria-current on
 * the matching contents links. It tracks the chapter itself: an
 * IntersectionObserver with a one-pixel band at the trigger line wakes it when
 * a chapter's edge crosses the line, and the chapter is then the last whose
 * top has reached the line (src/lib/active-step.ts), as for steps. It fires
 * 'story:chapter' when the chapter changes. No scroll listener.
 */
import { dismissable } from './menu';
import { activeIndex } from '../lib/active-step';
import { emit, on } from './events';

class StoryProgress extends HTMLElement {
  private abort?: AbortController;
  private observer?: IntersectionObserver;
  private index = -2;

  connectedCallback(): void {
    this.abort = new AbortController();
    const { signal } = this.abort;
    const chapters = [...document.querySelectorAll<HTMLElement>('[data-chapter]')];
    /** Which chapter holds the trigger line: one read of seven rectangles. */
    const update = () => {
      const line = this.triggerLine();
      const chapter = activeIndex(chapters.map((c) => Math.round(c.getBoundingClientRect().top)), line);
      if (chapter === this.index) return;
      this.index = chapter;
      const el = chapters[Math.max(0, chapter)];
      if (el) emit('story:chapter', { index: chapter, count: chapters.length, slug: el.id, title: el.dataset.title ?? '' });
    };
    const observe = () => {
      this.observer?.disconnect();
      const line = this.triggerLine();
      // A band one pixel high at the trigger line: a chapter's edge crossing it is the only news.
      this.observer = new IntersectionObserver(update, { rootMargin: `${-line}px 0px ${-(innerHeight - line - 1)}px 0px` });
      for (const c of chapters) this.observer.observe(c);
    };
    let frame = 0;
    addEventListener('resize', () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        observe();
        update();
      });
    }, { signal });
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
    // The contents menu closes on a choice, a tap outside it and Escape.
    for (const menu of document.querySelectorAll<HTMLDetailsElement>('.toc-menu')) dismissable(menu, this.abort.signal);
    observe();
  }

  disconnectedCallback(): void {
    this.abort?.abort();
    this.observer?.disconnect();
    this.observer = undefined;
    this.index = -2;
  }

  /** The trigger line's distance from the top of the viewport, as the engine places it (--trigger). */
  private triggerLine(): number {
    const fraction = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--trigger')) || 0.6;
    return Math.round(innerHeight * fraction);
  }
}

if (!customElements.get('story-progress')) customElements.define('story-progress', StoryProgress);
