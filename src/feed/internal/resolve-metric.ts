// Rank and frontier take a metric as a name or a Metric; both read values the same way through these helpers.
import type { Leaderboard, Metric, MetricValue, Result } from '../types.js';
import { isDescriptorMetric, metricDirection } from '../metric-direction.js';

const sameText = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The leaderboard's first score metric (not a descriptor such as "Number of params"), else its first metric. */
export function firstScoreMetric(leaderboard: Leaderboard): Metric | undefined {
  return leaderboard.metrics.find((metric) => !metric.descriptor) ?? leaderboard.metrics[0];
}

/**
 * The metric to rank by. A Metric object is used as given (its direction wins: that is how a caller overrides).
 * A name matches the leaderboard's metrics case-insensitively; a name only results carry gets an inferred
 * direction. undefined when nothing on the board goes by that name.
 */
export function resolveMetric(leaderboard: Leaderboard, metric?: string | Metric): Metric | undefined {
  if (metric === undefined) return firstScoreMetric(leaderboard);
  if (typeof metric !== 'string') return metric;
  const declared = leaderboard.metrics.find((candidate) => sameText(candidate.name, metric));
  if (declared) return declared;
  for (const result of leaderboard.results) {
    const key = Object.keys(result.values).find((name) => sameText(name, metric));
    if (key !== undefined) {
      return { name: key, direction: metricDirection(key), directionSource: 'inferred', unit: null, descriptor: isDescriptorMetric(key) };
    }
  }
  return undefined;
}

/** The result's value for the metric of that name: exact key first, then case-insensitive (feeds are not consistent). */
export function metricValueOf(result: Result, metricName: string): MetricValue | undefined {
  const exact = result.values[metricName];
  if (exact !== undefined) return exact;
  const key = Object.keys(result.values).find((name) => sameText(name, metricName));
  return key === undefined ? undefined : result.values[key];
}

/** The number to rank by, or null when the result has none (missing, "-", unreadable). */
export function numberOf(result: Result, metric: Metric): number | null {
  const value = metricValueOf(result, metric.name)?.value;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
