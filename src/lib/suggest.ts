/** "Did you mean …?" for unknown ids in content errors. */

export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** Up to three candidates within a third of the id's length in edits, closest first. */
export function suggest(id: string, candidates: Iterable<string>): string[] {
  const limit = Math.max(2, Math.floor(id.length / 3));
  return [...candidates]
    .map((c) => [c, editDistance(id, c)] as const)
    .filter(([, d]) => d <= limit)
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([c]) => c);
}

/** "; did you mean "a" or "b"?" or "" when nothing is close. */
export function didYouMean(id: string, candidates: Iterable<string>): string {
  const s = suggest(id, candidates);
  return s.length ? `; did you mean ${s.map((x) => `"${x}"`).join(' or ')}?` : '';
}
