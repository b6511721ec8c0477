/**
 * Reading level and reading time of plain English text, computed at build
 * time for the teachers' guide. Flesch–Kincaid grade level:
 *   0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
 * Syllables are counted by a rule-based estimate (vowel groups, with the
 * usual English exceptions), accurate enough for a grade level.
 */

/**
 * Words a minute for silent reading of non-fiction; 238 is the adult average
 * in Brysbaert's 2019 meta-analysis. Teenagers read somewhat slower, so the
 * guide rounds reading times up.
 */
export const WORDS_PER_MINUTE = 238;

const WORD = /[A-Za-zÀ-ÿ]+(?:['’][A-Za-z]+)*/g;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Sentences end with . ! ? (or a line break after a heading or list item); numbers like 4.5 do not end one. */
export function sentenceCount(text: string): number {
  const parts = text
    .replace(/(\d)\.(\d)/g, '$1$2')
    .split(/[.!?]+(?=\s|$)|\n{2,}/)
    .filter((p) => words(p).length > 0);
  return Math.max(1, parts.length);
}

export function syllables(word: string): number {
  let w = word.toLowerCase().replace(/[’']/g, '').replace(/[^a-zà-ÿ]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = w.match(/[aeiouyà-ÿ]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch–Kincaid grade level, one decimal. */
  grade: number;
  /** Minutes to read, rounded up. */
  minutes: number;
}

export function readability(text: string): Readability {
  const ws = words(text);
  const sentences = sentenceCount(text);
  const syl = ws.reduce((n, w) => n + syllables(w), 0);
  const n = Math.max(1, ws.length);
  const grade = 0.39 * (n / sentences) + 11.8 * (syl / n) - 15.59;
  return {
    words: ws.length,
    sentences,
    syllables: syl,
    grade: Math.round(grade * 10) / 10,
    minutes: Math.max(1, Math.ceil(ws.length / WORDS_PER_MINUTE)),
  };
}

/** US grade to the usual age of a reader at that grade (grade + 5). */
export function gradeToAge(grade: number): number {
  return Math.round(grade + 5);
}
