/**
 * The class-results service's vocabulary, shared by the browser and the
 * server: class codes, question ids, the guess histogram. Pure.
 */

/**
 * Class codes use letters and digits that cannot be mistaken for each other
 * when read off a projector or typed on a phone: no 0/O, 1/I/L, or U/V.
 */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTWXYZ23456789';
/** Six characters: 29^6 ≈ 600 million codes, so guessing a live one is hopeless at the rate limits. */
export const CODE_LENGTH = 6;

/** What a student typed ("abc 234", "ABC-234") as a code, or undefined if it cannot be one. */
export function parseClassCode(typed: string | null | undefined): string | undefined {
  if (typeof typed !== 'string') return undefined;
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== CODE_LENGTH) return undefined;
  for (const ch of code) if (!CODE_ALPHABET.includes(ch)) return undefined;
  return code;
}

/** A code as it is shown: two groups of three, easier to read aloud. */
export const showCode = (code: string): string => `${code.slice(0, 3)}-${code.slice(3)}`;

/** A device's random id, made on the device: 128 bits, base64url. Only de-duplicates answers. */
export const DEVICE_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/** The id of a section's self-check question (0-based index in its front matter). */
export const checkQuestionId = (slug: string, index: number): string => `${slug}/${index}`;
/** The id of the guess about a statistic. */
export const guessQuestionId = (stat: string): string => `guess/${stat}`;

/** Guesses are drawn in ten bins of ten points; 100 falls in the last. */
export const GUESS_BINS = 10;
export const binOf = (guess: number): number => Math.min(GUESS_BINS - 1, Math.floor(guess / (100 / GUESS_BINS)));

/** Counts of guesses per bin. */
export function histogram(guesses: Iterable<number>): number[] {
  const bins = Array.from({ length: GUESS_BINS }, () => 0);
  for (const g of guesses) bins[binOf(g)]!++;
  return bins;
}

/**
 * The readers' histogram is shown only once this many guesses exist: with
 * fewer, a bar of one could be someone the reader knows (a classmate who
 * just said what they guessed).
 */
export const MIN_PUBLIC_GUESSES = 25;

/**
 * How a page knows the class service is behind it without asking: the server
 * that runs the service names it in the page's Server-Timing header, which
 * the page can read (PerformanceNavigationTiming.serverTiming). A plain static
 * host sends no such header, so class features stay hidden and no request is
 * ever made to an /api/ that is not there.
 */
export const SERVICE_TIMING = 'class-service';
