/**
 * Every event the story's custom elements use to talk to each other: its name
 * and what it carries, in one table, with typed helpers to fire and hear them.
 * Events go through `document`, so no element needs a reference to another.
 */

export interface ChapterDetail {
  /** Index of the chapter the reader is in, or −1 above the first. */
  index: number;
  count: number;
  slug: string;
  title: string;
}

export interface SelfCheckDetail {
  slug: string;
  complete: boolean;
}

export interface GuessDetail {
  /** The statistic guessed. */
  stat: string;
  /** The reader's guess, in the statistic's unit. */
  value: number;
}

export interface AnswerDetail {
  /** The section whose self-check it is. */
  slug: string;
  /** The question's index in the section, and the chosen answer's. */
  index: number;
  choice: number;
}

export type ReadingMode = 'animated' | 'static';

/** Name → detail, for every event. */
export interface StoryEvents {
  /** The reader entered another chapter (fired by <story-progress>, which tracks it). */
  'story:chapter': ChapterDetail;
  /** A section's questions were answered, or restored (<self-check> → the assignment banner). */
  'story:self-check': SelfCheckDetail;
  /** The reader moved the guess slider (<guess-slider> → <guess-result>). */
  'story:guess': GuessDetail;
  /** The reader reached the answer with a guess made: their guess before they saw it (<guess-result> → the class service). */
  'story:guess-revealed': GuessDetail;
  /** The reader checked an answer to a self-check question (<self-check> → the class service, which sends only the first). */
  'story:answer': AnswerDetail;
  /** The assignment builder's link changed ('' when no section is ticked): <assignment-builder> → <class-setup>. */
  'story:assignment-link': string;
  /** Just before the reading layout switches: listeners note where the reader is. */
  'story:reading-mode-will-change': ReadingMode;
  /** The new reading layout is applied. */
  'story:reading-mode': ReadingMode;
}
export type StoryEvent = keyof StoryEvents;

export function emit<E extends StoryEvent>(name: E, detail: StoryEvents[E]): void {
  document.dispatchEvent(new CustomEvent(name, { detail }));
}

export function on<E extends StoryEvent>(name: E, listener: (detail: StoryEvents[E]) => void, options?: AddEventListenerOptions): void {
  document.addEventListener(name, (e) => listener((e as CustomEvent<StoryEvents[E]>).detail), options);
}
