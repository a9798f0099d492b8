import type { Leaderboard, Metric, RankedResult } from './types.js';
import { compareBest, firstScoreMetric, numberOf, resolveMetric } from './internal/resolve-metric.js';

/**
 * The leaderboard's default metric: the first that scores models rather than describes them ("Number of params",
 * "Extra Training Data" are skipped), else the first metric; undefined for a board without metrics.
 */
export function defaultMetric(leaderboard: Leaderboard): Metric | undefined {
  return firstScoreMetric(leaderboard);
}

/**
 * Results best first by `metric` (a name, case-insensitive, or a Metric whose direction is used as given;
 * default: `defaultMetric`). Ties share a rank (1, 2, 2, 4) and keep feed order; results without a value come
 * last, in feed order, with rank null. Nothing is dropped. A metric the board does not have ranks nothing:
 * every result comes back in feed order with rank null.
 */
export function rankResults(leaderboard: Leaderboard, metric?: string | Metric): RankedResult[] {
  const resolved = resolveMetric(leaderboard, metric);
  if (!resolved) return leaderboard.results.map((result) => ({ result, rank: null }));
  const scored = leaderboard.results
    .map((result) => ({ result, value: numberOf(result, resolved) }))
    .filter((entry): entry is { result: typeof entry.result; value: number } => entry.value !== null)
    .sort((a, b) => compareBest(a.value, b.value, resolved)); // Array.prototype.sort is stable
  const ranked: RankedResult[] = [];
  scored.forEach((entry, index) => {
    const previous = scored[index - 1];
    const rank = previous !== undefined && previous.value === entry.value ? (ranked[index - 1].rank as number) : index + 1;
    ranked.push({ result: entry.result, rank });
  });
  for (const result of leaderboard.results) {
    if (numberOf(result, resolved) === null) ranked.push({ result, rank: null });
  }
  return ranked;
}
