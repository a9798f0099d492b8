// Turns a leaderboard's results into the points a trend chart draws: dated, valued, in time order, with the
// record setters and highlighted results marked. Pure data: the element passes in the records it got from
// stateOfTheArt so the frontier has one definition in the whole library.
import type { Result } from '../feed/types.js';
import { metricValueOf } from '../feed/internal/resolve-metric.js';
import { dateTime } from '../feed/internal/dates.js';

export interface TrendPoint {
  result: Result;
  /** Milliseconds since the epoch (UTC midnight of the result's date). */
  time: number;
  value: number;
  /** value ± uncertainty, or null when the feed gives no uncertainty. */
  low: number | null;
  high: number | null;
  /** Trained with extra data (styled apart, can be hidden). */
  extra: boolean;
  /** Set a new best when it appeared (a step of the frontier). */
  record: boolean;
  /** Named by the element's `highlight` (its model, paper title, paper id or arXiv id). */
  highlighted: boolean;
}

export interface TrendPoints {
  /** Dated, valued results in time order (feed order within a day). */
  points: TrendPoint[];
  /** The record setters, in time order. */
  records: TrendPoint[];
  /** Results left off because they have no readable date. */
  undated: number;
  /** Dated results left off because they have no value for the metric. */
  noValue: number;
}

export function trendPoints(
  results: readonly Result[],
  metricName: string,
  records: readonly Result[],
  isHighlighted: (result: Result) => boolean = () => false,
): TrendPoints {
  const recordSet = new Set(records);
  const points: TrendPoint[] = [];
  let undated = 0;
  let noValue = 0;
  for (const result of results) {
    const time = dateTime(result.date);
    if (time === null) {
      undated++;
      continue;
    }
    const metricValue = metricValueOf(result, metricName);
    const value = metricValue?.value;
    if (value === null || value === undefined || !Number.isFinite(value)) {
      noValue++;
      continue;
    }
    const spread = metricValue?.uncertainty ?? 0;
    points.push({
      result,
      time,
      value,
      low: spread > 0 ? value - spread : null,
      high: spread > 0 ? value + spread : null,
      extra: result.extraData === true,
      record: recordSet.has(result),
      highlighted: isHighlighted(result),
    });
  }
  // Array.prototype.sort is stable: results of one day keep their feed order.
  points.sort((a, b) => a.time - b.time);
  return { points, records: points.filter((p) => p.record), undated, noValue };
}
