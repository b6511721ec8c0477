/**
 * A <details> used as a drop-down menu behaves like one: a choice inside it,
 * a tap or click anywhere outside it, and Escape all close it. Escape returns
 * focus to its summary, so a keyboard user is never left on a hidden link.
 * Without JavaScript it is still a working <details>.
 */
export function dismissable(menu: HTMLDetailsElement, signal: AbortSignal): void {
  menu.addEventListener('click', (e) => {
    if ((e.target as Element).closest('a')) menu.open = false;
  }, { signal });
  document.addEventListener('pointerdown', (e) => {
    if (menu.open && !menu.contains(e.target as Node)) menu.open = false;
  }, { signal });
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || !menu.open) return;
    menu.open = false;
    menu.querySelector('summary')?.focus();
  }, { signal });
}
