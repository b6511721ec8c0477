/**
 * Entries of a YAML list file (items written `- id: …`) in the order the file
 * lists them. Astro's file() loader hands entries back in its store's order,
 * not the file's, and the glossary is meant to read in the order it is written.
 */
export function inFileOrder<T extends { id: string }>(entries: readonly T[], text: string): T[] {
  const position = new Map<string, number>();
  for (const m of text.matchAll(/^-[ \t]+id:[ \t]*(['"]?)([^'"\s#]+)\1/gm)) {
    if (!position.has(m[2]!)) position.set(m[2]!, m.index);
  }
  const at = (id: string) => position.get(id) ?? Number.MAX_SAFE_INTEGER;
  return [...entries].sort((a, b) => at(a.id) - at(b.id));
}
