import type { Leaderboard, Metric, RankedResult } from './types.js';
import { firstScoreMetric, numberOf, resolveMetric } from './internal/resolve-metric.js';
import { stableOrder } from './internal/stable-order.js';

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
  const results = leaderboard.results;
  if (!resolved) return results.map((result) => ({ result, rank: null }));
  // Positions into typed arrays rather than {result, value} objects, ordered without a comparator (stableOrder): a
  // 10,000-result board ranks in a few milliseconds, a good part of mounting a large table. Ties keep feed order.
  const values = new Float64Array(results.length);
  const scored: number[] = [];
  const unscored: RankedResult[] = [];
  results.forEach((result, index) => {
    const value = numberOf(result, resolved);
    if (value === null) unscored.push({ result, rank: null });
    else {
      values[index] = value;
      scored.push(index);
    }
  });
  const order = stableOrder(values, scored, resolved.direction === 'lower' ? 'ascending' : 'descending');
  const ranked: RankedResult[] = [];
  order.forEach((index, at) => {
    const tied = at > 0 && values[order[at - 1]] === values[index];
    ranked.push({ result: results[index], rank: tied ? (ranked[at - 1].rank as number) : at + 1 });
  });
  return ranked.concat(unscored);
}
