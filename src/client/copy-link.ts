/**
 * <copy-link>: copies a section's permanent URL (page URL + #slug) to the
 * clipboard and says "Link copied" in a status region. If the clipboard is
 * unavailable the link simply works as a link.
 */
const STATUS_SECONDS = 4;

export function sectionUrl(slug: string, location: Pick<Location, 'origin' | 'pathname'> = window.location): string {
  return `${location.origin}${location.pathname}#${slug}`;
}

class CopyLink extends HTMLElement {
  private abort?: AbortController;
  private timer = 0;

  connectedCallback(): void {
    const link = this.querySelector('a');
    const status = this.querySelector('[role="status"]');
    if (!link || !status) return;
    this.abort = new AbortController();
    link.addEventListener('click', async (event) => {
      if (!navigator.clipboard) return;
      event.preventDefault();
      const url = sectionUrl(this.dataset.slug!);
      try {
        await navigator.clipboard.writeText(url);
        status.textContent = 'Link copied';
      } catch {
        status.textContent = 'Copy failed: use this link';
        location.hash = this.dataset.slug!;
      }
      clearTimeout(this.timer);
      this.timer = window.setTimeout(() => (status.textContent = ''), STATUS_SECONDS * 1000);
    }, { signal: this.abort.signal });
  }

  disconnectedCallback(): void {
    this.abort?.abort();
    clearTimeout(this.timer);
  }
}

if (!customElements.get('copy-link')) customElements.define('copy-link', CopyLink);
