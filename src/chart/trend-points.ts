// Turns a leaderboard's results into the points a trend chart draws: dated, valued, in time order, with the
// record setters and highlighted results marked. Pure data: the element passes in the records it got from
// stateOfTheArt so the frontier has one definition in the whole library.
import type { Result } from '../feed/types.js';
import { metricValueOf } from '../feed/internal/resolve-metric.js';

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

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
/** Dates repeat a lot in real boards (and every result is read again on each option change). */
const dateCache = new Map<string, number | null>();

/** UTC milliseconds of a YYYY-MM-DD date, or null. */
export function dateTime(date: string | null): number | null {
  if (!date) return null;
  let time = dateCache.get(date);
  if (time === undefined) {
    const match = ISO_DATE.exec(date);
    time = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null;
    if (time !== null && !Number.isFinite(time)) time = null;
    if (dateCache.size > 20_000) dateCache.clear();
    dateCache.set(date, time);
  }
  return time;
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
