/**
 * A reader's guess at a percentage, as kept on their device. Storage is
 * outside our control (another tab, an extension, a hand edit), so a stored
 * value counts only if it is a whole number from 0 to 100 written as the
 * slider writes it; anything else is no guess at all, never "NaN%" or "1e9%".
 */
export const GUESS_MIN = 0;
export const GUESS_MAX = 100;

export function parseGuess(raw: string | null | undefined): number | undefined {
  if (raw == null || !/^\d{1,3}$/.test(raw)) return undefined;
  const value = Number(raw);
  return value >= GUESS_MIN && value <= GUESS_MAX ? value : undefined;
}
