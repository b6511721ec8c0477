/**
 * Runs `load` once, when the first of `elements` comes within a screen's
 * height of the viewport. Components far down the page (questions, the
 * guess, copy buttons) fetch their code this way, so the story's first load
 * carries none of it.
 */
export function whenNear(elements: Iterable<Element>, load: () => unknown): void {
  const io = new IntersectionObserver((entries) => {
    if (!entries.some((e) => e.isIntersecting)) return;
    io.disconnect();
    void load();
  }, { rootMargin: '100% 0px' });
  for (const el of elements) io.observe(el);
}
