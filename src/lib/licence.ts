/**
 * How the story may be reused, in one sentence, wherever a re-user meets it:
 * the footer, the data page and downloads, each citation, each image.
 */
export interface Licence {
  name: string;
  url: string;
}

/** "Text, charts and data: CC BY 4.0 (https://…). Credit: <publisher>." */
export const reuseLine = (licence: Licence, publisher: string): string =>
  `Text, charts and data: ${licence.name} (${licence.url}). Credit: ${publisher}.`;
