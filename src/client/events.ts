/** Events the story's custom elements use to talk to each other. */
export const CHAPTER_EVENT = 'story:chapter';

export interface ChapterDetail {
  /** Index of the chapter the reader is in, or −1 above the first. */
  index: number;
  count: number;
  slug: string;
  title: string;
}
