/**
 * What a reader has answered in a section's "Check your understanding", as
 * kept on their device (localStorage, never sent): for each question, the
 * index of the choice they last checked, or null. A question is answered when
 * that choice is the correct one; a section is complete when all its
 * questions are.
 */

export type Answers = (number | null)[];

export function selfCheckKey(slug: string): string {
  return `self-check:${slug}`;
}

/** Stored answers for `choiceCounts.length` questions; anything damaged or out of range reads as unanswered. */
export function readAnswers(raw: string | null, choiceCounts: readonly number[]): Answers {
  let list: unknown = [];
  try {
    list = JSON.parse(raw ?? '[]');
  } catch {
    list = [];
  }
  const arr = Array.isArray(list) ? list : [];
  return choiceCounts.map((count, i) => {
    const v: unknown = arr[i];
    return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < count ? v : null;
  });
}

export function isComplete(answers: Answers, correct: readonly number[]): boolean {
  return correct.length > 0 && correct.every((c, i) => answers[i] === c);
}
