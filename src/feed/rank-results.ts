import type { Leaderboard, Metric, RankedResult } from './types.js';
import { firstScoreMetric, resolveMetric } from './internal/resolve-metric.js';
import { rankOrder } from './internal/rank-order.js';

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
  const { order, ranks } = rankOrder(leaderboard, resolved);
  return Array.from(order, (index) => ({ result: results[index], rank: ranks[index] || null }));
}
