// Turns a leaderboard's results into the points a trend chart draws: dated, valued, in time order, with the
// record setters and highlighted results marked. Pure data. The records come from frontierPositions, the same
// definition stateOfTheArt uses, over the dates and values read here once for both the points and the frontier.
import type { Metric, Result } from '../feed/types.js';
import { metricValueOf } from '../feed/internal/resolve-metric.js';
import { dateTime } from '../feed/internal/dates.js';
import { dateOrder, frontierPositions } from '../feed/internal/frontier.js';

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

/** The results' points for `metric` (its direction decides the records). */
export function trendPoints(
  results: readonly Result[],
  metric: Pick<Metric, 'name' | 'direction'>,
  isHighlighted: (result: Result) => boolean = () => false,
): TrendPoints {
  const count = results.length;
  const times = new Float64Array(count);
  const values = new Float64Array(count);
  const kept: number[] = [];
  let undated = 0;
  let noValue = 0;
  for (let index = 0; index < count; index++) {
    const result = results[index];
    const time = dateTime(result.date);
    if (time === null) {
      undated++;
      continue;
    }
    const value = metricValueOf(result, metric.name)?.value;
    if (!Number.isFinite(value)) { // also null and undefined
      noValue++;
      continue;
    }
    times[index] = time;
    values[index] = value!;
    kept.push(index);
  }
  // By date: results of one day keep their feed order.
  const order = dateOrder(times, kept);
  const record = new Uint8Array(count);
  for (const index of frontierPositions(times, values, order, metric.direction)) record[index] = 1;
  const points = Array.from(order, (index): TrendPoint => {
    const result = results[index];
    const value = values[index];
    const spread = metricValueOf(result, metric.name)!.uncertainty ?? 0;
    return {
      result,
      time: times[index],
      value,
      low: spread > 0 ? value - spread : null,
      high: spread > 0 ? value + spread : null,
      extra: result.extraData === true,
      record: !!record[index],
      highlighted: isHighlighted(result),
    };
  });
  return { points, records: points.filter((p) => p.record), undated, noValue };
}
