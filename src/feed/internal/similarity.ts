// "Did you mean" suggestions for leaderboards and papers: names differ by typos, missing words and word order
// more than by edits, so character-bigram overlap (Sørensen–Dice) ranks them better than edit distance.

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) {
    const pair = text.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** Similarity in [0, 1] of two already-normalised strings: 1 when equal, 0 when they share no two letters in a row. */
export function diceSimilarity(a: string, b: string): number {
  if (a === b) return a === '' ? 0 : 1;
  if (a.length < 2 || b.length < 2) return 0;
  const left = bigrams(a);
  const right = bigrams(b);
  let shared = 0;
  for (const [pair, count] of left) shared += Math.min(count, right.get(pair) ?? 0);
  return (2 * shared) / (a.length - 1 + (b.length - 1));
}

/** The `n` items with the highest positive score, best first; equal scores keep input order. */
export function closest<T>(items: readonly T[], score: (item: T) => number, n: number): T[] {
  return items
    .map((item) => ({ item, score: score(item) }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, Math.max(0, Math.floor(n)))
    .map((entry) => entry.item);
}
