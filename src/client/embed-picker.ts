/**
 * <embed-picker>: the step picker in a chart's "Embed this chart" box. Each
 * option carries its step's code and preview address (written at build time,
 * EmbedButton.astro); choosing one puts that code in the box and points the
 * preview link at the embed opened at that step (?step=<state>), and the
 * image downloads at that step's images (data-png, data-png2x, data-svg).
 * The picker is hidden without JavaScript (.needs-js), where the box embeds
 * the whole chart and the downloads give it as it ends.
 */
class EmbedPicker extends HTMLElement {
  private abort?: AbortController;

  connectedCallback(): void {
    const select = this.querySelector('select');
    if (!select) return;
    this.abort = new AbortController();
    select.addEventListener('change', () => this.pick(select), { signal: this.abort.signal });
    // A choice made before this code arrived still counts.
    this.pick(select);
  }

  disconnectedCallback(): void {
    this.abort?.abort();
  }

  private pick(select: HTMLSelectElement): void {
    const option = select.selectedOptions[0];
    const code = this.querySelector('textarea');
    const preview = this.querySelector<HTMLAnchorElement>('a[data-preview]');
    if (!option || !code) return;
    code.value = option.dataset.code ?? code.value;
    if (preview && option.dataset.preview) preview.href = option.dataset.preview;
    for (const a of this.querySelectorAll<HTMLAnchorElement>('a[data-image]')) a.href = option.dataset[a.dataset.image!] ?? a.href;
  }
}

if (!customElements.get('embed-picker')) customElements.define('embed-picker', EmbedPicker);

export {};
