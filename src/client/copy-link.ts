/**
 * <copy-link>: a section's permanent links. Activating one copies its full URL
 * to the clipboard and says which link was copied in a status region:
 * data-copy="story" is the story at this section (page URL + #slug, without
 * any ?assign query), data-copy="page" the section's own page. If the
 * clipboard is unavailable the links simply work as links.
 * Where the device has a share sheet (navigator.share: phones, tablets), the
 * section-page link opens it with the page's title and address instead, and
 * says so in its label; cancelling the sheet does nothing.
 */
import { say } from './status-message';

const SAID = { story: 'Link copied', page: 'Link to the section page copied' } as const;

export function sectionUrl(slug: string, location: Pick<Location, 'origin' | 'pathname'> = window.location): string {
  return `${location.origin}${location.pathname}#${slug}`;
}

class CopyLink extends HTMLElement {
  private abort?: AbortController;

  connectedCallback(): void {
    const status = this.querySelector('[role="status"]');
    if (!status) return;
    this.abort = new AbortController();
    const title = this.dataset.title ?? document.title;
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a[data-copy]')) {
      const kind = link.dataset.copy === 'page' ? 'page' : 'story';
      const share = kind === 'page' && typeof navigator.share === 'function';
      if (share) {
        link.setAttribute('aria-label', `Share this section’s own page: ${title}`);
        link.title = 'Share this section’s own page';
      }
      link.addEventListener('click', async (event) => {
        const url = kind === 'story' ? sectionUrl(this.dataset.slug!) : new URL(link.getAttribute('href')!, location.origin).href;
        if (share) {
          event.preventDefault();
          try {
            await navigator.share({ title, url });
            return;
          } catch (e) {
            if ((e as DOMException).name === 'AbortError') return;
            // No sheet after all (not allowed here): copy instead.
          }
        }
        if (!navigator.clipboard) {
          if (share) location.assign(url);
          return;
        }
        event.preventDefault();
        try {
          await navigator.clipboard.writeText(url);
          say(status, SAID[kind]);
        } catch {
          // Say so and stay: the link is still there to copy by hand or follow.
          // (Leaving the page would take the message with it.)
          say(status, 'Copy failed: use this link');
          if (kind === 'story') location.hash = this.dataset.slug!;
        }
      }, { signal: this.abort.signal });
    }
  }

  disconnectedCallback(): void {
    this.abort?.abort();
  }
}

if (!customElements.get('copy-link')) customElements.define('copy-link', CopyLink);
