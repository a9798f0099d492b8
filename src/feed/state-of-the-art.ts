import type { Leaderboard, Metric, Result } from './types.js';
import { compareBest, numberOf, resolveMetric } from './internal/resolve-metric.js';

/**
 * The best-so-far frontier: dated results with a value that strictly beat every earlier one, in date order, in
 * the metric's direction (`metric` as for rankResults; default: the board's first score metric). Results sharing
 * a date are taken best first, so only the best of a day can join. Undated and valueless results never do.
 */
export function stateOfTheArt(leaderboard: Leaderboard, metric?: string | Metric): Result[] {
  const resolved = resolveMetric(leaderboard, metric);
  if (!resolved) return [];
  const candidates = leaderboard.results
    .map((result) => ({ result, date: result.date, value: numberOf(result, resolved) }))
    .filter((entry): entry is { result: Result; date: string; value: number } => entry.date !== null && entry.value !== null)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : compareBest(a.value, b.value, resolved)));
  const frontier: Result[] = [];
  let best: number | null = null;
  for (const entry of candidates) {
    if (best === null || compareBest(entry.value, best, resolved) < 0) {
      frontier.push(entry.result);
      best = entry.value;
    }
  }
  return frontier;
}
