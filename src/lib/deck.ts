/**
 * The presenter deck (/present/) as pure data: which sections a lesson plan
 * shows and in what order, how slides are named in the address, which slide
 * a fragment opens, how long a step's text is, and the ranges a class votes on
 * before a reveal. Shared by the page (server) and <present-deck> (browser).
 *
 * A slide is named, not numbered, so a link survives an edit elsewhere in the
 * story and means the same slide in every plan: "#room-3" is the room's third
 * step, "#reoffending-hands" the show of hands before that scene's reveal,
 * "#start" the title slide.
 */

/** The title slide's name. */
export const START_SLIDE = 'start';

/** The n-th step (1-based) of a scene's block. */
export const stepSlideId = (scene: string, n: number): string => `${scene}-${n}`;

/** The show of hands before a scene's reveal. */
export const handsSlideId = (scene: string): string => `${scene}-hands`;

/** A still figure, shown once. */
export const figureSlideId = (scene: string): string => scene;

/** Section slugs a plan presents: in the order its steps first name them, each once. */
export function planSections(plan: { steps: readonly { sections: readonly string[] }[] }): string[] {
  return [...new Set(plan.steps.flatMap((s) => s.sections))];
}

/**
 * The slide a fragment names ("#reoffending-2", or "reoffending-2"), or the
 * first slide when it names none that the deck has. Never throws.
 */
export function slideIndex(ids: readonly string[], hash: string): number {
  let id = hash.replace(/^#/, '');
  try {
    id = decodeURIComponent(id);
  } catch {
    // A malformed escape: use it as written (it will match nothing).
  }
  return Math.max(0, ids.indexOf(id));
}

/** The one slide a key press asks for, or undefined for a key the deck leaves alone. */
export type DeckKey = 'next' | 'prev' | 'first' | 'last' | 'fullscreen';
export function deckKey(e: { key: string; shiftKey: boolean; ctrlKey: boolean; altKey: boolean; metaKey: boolean }): DeckKey | undefined {
  // Ctrl+F is the browser's find, Alt+← its Back: never the deck's.
  if (e.ctrlKey || e.altKey || e.metaKey) return undefined;
  switch (e.key) {
    // What presentation clickers send: Page Down/Up, and arrows on some.
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'prev';
    case ' ':
      return e.shiftKey ? 'prev' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'f':
    case 'F':
      return 'fullscreen';
    default:
      return undefined;
  }
}

/**
 * How long a step's text is, so the subtitle can use the largest type that
 * holds it in the same box, and the drawing above keeps its size from step
 * to step: "s" up to 160 characters, "m" up to 320, "l" beyond.
 */
export type TextSize = 's' | 'm' | 'l';
export function textSize(html: string): TextSize {
  const text = html
    .replace(/<[^>]*>/g, '')
    .replace(/&[a-z]+;|&#x?[0-9a-f]+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length <= 160 ? 's' : text.length <= 320 ? 'm' : 'l';
}

/**
 * The ranges a class votes on with a show of hands, for a guess on a 0–100 %
 * scale: equal quarters, so the choice of ranges hints at no answer.
 * `from` is inclusive, `to` exclusive (the last includes 100).
 */
export const HANDS_BOUNDS = [25, 50, 75] as const;
export interface HandsRange {
  from: number;
  to: number;
  text: string;
}
export function handsRanges(bounds: readonly number[] = HANDS_BOUNDS, unit = '%'): HandsRange[] {
  const edges = [0, ...bounds, 100];
  return edges.slice(0, -1).map((from, i) => {
    const to = edges[i + 1]!;
    const text = i === 0 ? `Under ${to}${unit}` : i === edges.length - 2 ? `${from}${unit} or more` : `${from}${unit} to ${to}${unit}`;
    return { from, to, text };
  });
}

/**
 * The presenter's slides out of a section rendered with the presenter's
 * components: each <Scrolly>, <Figure> and <GuessSlider> renders as one
 * <deck-part> element, and the section's other prose is dropped, so the
 * deck carries the steps' own text and nothing a room should not see yet.
 * <deck-part> never nests, so the first closing tag ends each part.
 */
export function keepSlides(html: string): string {
  return (html.match(/<deck-part\b[\s\S]*?<\/deck-part>/g) ?? []).join('\n');
}
