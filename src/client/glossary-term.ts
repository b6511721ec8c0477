/**
 * <glossary-term>: shows a term's definition beside it, for every way of
 * reaching it (WCAG 1.4.13: hoverable, persistent, dismissible):
 *   mouse     opens on hover; stays while the pointer is over the term or the box
 *   keyboard  opens on focus, and stays open while focus is on the term or in
 *             its box (which scrolls on short screens); Escape closes it and
 *             leaves focus on the term
 *   touch     the first tap opens it instead of following the link; a second tap
 *             (or the box's "In the glossary" link) goes to the entry; a tap
 *             elsewhere closes it
 * Screen readers get the definition from aria-describedby, with or without this.
 *
 * The box is a manual popover: in the top layer it is above the sticky figures
 * and never affects layout. It is placed in page coordinates (position:
 * absolute in the top layer), so it scrolls with its term; on scroll it is
 * only checked, moved to the other side if the header would cover it, and
 * closed once its term has left the screen. Without the Popover API the term
 * stays the plain link it is without JavaScript.
 */
import { placeTip, termVisible, type Area, type Placement } from '../lib/tip-position';

/** Time to cross the gap between the term and its box before the box closes. */
const HOVER_CLOSE_MS = 250;

let current: GlossaryTerm | undefined;

class GlossaryTerm extends HTMLElement {
  private link?: HTMLAnchorElement;
  private pop?: HTMLElement;
  private abort?: AbortController;
  private whileOpen?: AbortController;
  /** Why the box is open; it closes when none holds. */
  private hovered = false;
  private focused = false;
  private tapped = false;
  /** The current press is a touch or pen, and the box was already open when it began. */
  private tapPress = false;
  private wasOpen = false;
  private closeTimer = 0;
  private frame = 0;
  private size = { width: 0, height: 0 };

  connectedCallback(): void {
    const link = this.querySelector<HTMLAnchorElement>('a.term');
    const pop = this.querySelector<HTMLElement>('.term__pop');
    if (!link || !pop || !('showPopover' in pop)) return;
    this.link = link;
    this.pop = pop;
    pop.setAttribute('popover', 'manual');
    pop.hidden = false;
    const signal = (this.abort = new AbortController()).signal;

    this.addEventListener('pointerenter', (e) => {
      if (e.pointerType === 'touch') return;
      this.hovered = true;
      this.update();
    }, { signal });
    this.addEventListener('pointerleave', (e) => {
      if (e.pointerType === 'touch') return;
      this.hovered = false;
      this.update(HOVER_CLOSE_MS);
    }, { signal });
    // Focus on the term or inside its box keeps the box open: on a short screen
    // the box scrolls, and Tab goes into it (and to its glossary link).
    this.addEventListener('focusin', () => {
      this.focused = true;
      this.update();
    }, { signal });
    this.addEventListener('focusout', (e) => {
      if (e.relatedTarget instanceof Node && this.contains(e.relatedTarget)) return;
      this.focused = false;
      this.update();
    }, { signal });
    link.addEventListener('pointerdown', (e) => {
      this.tapPress = e.pointerType !== 'mouse';
      this.wasOpen = this.isOpen();
    }, { signal });
    link.addEventListener('click', (e) => {
      // A first tap shows the definition; the next one follows the link.
      if (this.tapPress && !this.wasOpen) {
        e.preventDefault();
        this.tapped = true;
        this.update();
      }
      this.tapPress = false;
    }, { signal });
    // This code loads when the browser is idle (Term.astro): catch up with a
    // pointer or keyboard focus that reached the term before it did.
    this.hovered = this.matches(':hover');
    this.focused = this.matches(':focus-within');
    if (this.hovered || this.focused) this.update();
  }

  disconnectedCallback(): void {
    this.abort?.abort();
    this.hide();
  }

  private isOpen(): boolean {
    return this.pop?.matches(':popover-open') ?? false;
  }

  private update(delay = 0): void {
    clearTimeout(this.closeTimer);
    if (this.hovered || this.focused || this.tapped) this.show();
    else if (delay) this.closeTimer = window.setTimeout(() => this.hide(), delay);
    else this.hide();
  }

  /** Close it and forget why it was open (Escape, a tap elsewhere, the term gone from view). */
  dismiss(): void {
    // Focus inside a box that is closing goes back to its term, never to <body>.
    if (this.pop?.contains(document.activeElement)) this.link?.focus({ preventScroll: true });
    this.hovered = this.focused = this.tapped = false;
    clearTimeout(this.closeTimer);
    this.hide();
  }

  private show(): void {
    const pop = this.pop!;
    if (this.isOpen()) return;
    if (current && current !== this) current.dismiss();
    current = this;
    delete pop.dataset.side;
    pop.showPopover();
    this.measure();
    this.place();
    // Cut short by a short screen, the box scrolls: make it the next tab stop
    // so a keyboard user can scroll it (focus inside keeps it open).
    if (pop.scrollHeight > pop.clientHeight + 1) pop.tabIndex = 0;
    else pop.removeAttribute('tabindex');

    const signal = (this.whileOpen = new AbortController()).signal;
    const onScroll = () => {
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.place());
    };
    window.addEventListener('scroll', onScroll, { passive: true, signal });
    window.addEventListener('resize', () => {
      this.measure();
      onScroll();
    }, { signal });
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.dismiss();
    }, { signal });
    document.addEventListener('pointerdown', (e) => {
      if (!this.contains(e.target as Node)) this.dismiss();
    }, { capture: true, signal });
  }

  private hide(): void {
    cancelAnimationFrame(this.frame);
    this.whileOpen?.abort();
    this.whileOpen = undefined;
    if (this.isOpen()) this.pop!.hidePopover();
    if (current === this) current = undefined;
  }

  /** The box's natural size, read once per opening (and on resize), not on every scroll. */
  private measure(): void {
    const pop = this.pop!;
    // At the left edge, so the width is not squeezed by where it was last time.
    pop.style.setProperty('left', '0px');
    pop.style.setProperty('top', `${Math.round(scrollY)}px`);
    pop.style.removeProperty('max-height');
    const r = pop.getBoundingClientRect();
    this.size = { width: r.width, height: r.height };
  }

  private place(): void {
    const header = document.querySelector('.site-header');
    const root = document.documentElement;
    const area: Area = { width: root.clientWidth, height: root.clientHeight, top: header ? header.getBoundingClientRect().bottom : 0 };
    const term = this.link!.getBoundingClientRect();
    if (!termVisible(term, area)) {
      this.dismiss();
      return;
    }
    const p = placeTip(term, this.size, area, this.pop!.dataset.side as Placement['side'] | undefined);
    const style = this.pop!.style;
    style.setProperty('left', `${Math.round(p.left + scrollX)}px`);
    style.setProperty('top', `${Math.round(p.top + scrollY)}px`);
    if (p.maxHeight === undefined) style.removeProperty('max-height');
    else style.setProperty('max-height', `${Math.floor(p.maxHeight)}px`);
    this.pop!.dataset.side = p.side;
  }
}

if (!customElements.get('glossary-term')) customElements.define('glossary-term', GlossaryTerm);
