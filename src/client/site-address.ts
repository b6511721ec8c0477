/**
 * <site-address>: the address of the story's home page, written out in full
 * so a printed copy says where to find it online. The site can be served from
 * any host, so unless the build knows the address (Astro's `site` option,
 * marked data-known) it is read from the page's own location.
 */
class SiteAddress extends HTMLElement {
  connectedCallback(): void {
    if (this.hasAttribute('data-known')) return;
    const link = this.querySelector('a');
    if (link) link.textContent = new URL('/', location.href).href;
  }
}

if (!customElements.get('site-address')) customElements.define('site-address', SiteAddress);
