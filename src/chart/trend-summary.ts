// The chart in words: its accessible description and the caption under it. Every chart library leaves a
// screen-reader user with nothing; this says what a sighted reader takes from the picture.
import { formatCount, formatPointMonth, formatYear } from './trend-format.js';
import type { TrendPoint } from './trend-points.js';

export interface SummaryInput {
  metric: string;
  dataset: string;
  points: readonly TrendPoint[];
  records: readonly TrendPoint[];
  direction: 'higher' | 'lower';
  /** How a point's value is written ("95.4", "0.84 ± 0.01"). */
  valueText: (point: TrendPoint) => string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** Sentences for the results a chart cannot draw; [] when every result is drawn. */
export function omittedNotes(undated: number, noValue: number, metric: string): string[] {
  const notes: string[] = [];
  if (undated > 0) notes.push(`${plural(undated, 'result')} without a date ${undated === 1 ? 'is' : 'are'} not shown.`);
  if (noValue > 0) notes.push(`${plural(noValue, 'result')} without a value for ${metric} ${noValue === 1 ? 'is' : 'are'} not shown.`);
  return notes;
}

/** One sentence on the whole chart (what is not drawn is told apart by omittedNotes). */
export function trendSummary(input: SummaryInput): string {
  const { metric, dataset, points, records } = input;
  const head = `${metric} on ${dataset}`;
  if (points.length === 0) return `${head}: no dated results with a value.`;
  const who = (p: TrendPoint) => `${input.valueText(p)} (${p.result.model}, ${formatYear(p.time)})`;
  if (points.length === 1) {
    const only = points[0];
    return `${head}: 1 result, ${input.valueText(only)} (${only.result.model}, ${formatPointMonth(only)}).`;
  }
  const first = formatPointMonth(points[0]);
  const last = formatPointMonth(points[points.length - 1]);
  const span = first === last ? `in ${first}` : `from ${first} to ${last}`;
  let best = '';
  if (records.length === 1) best = `; the best has been ${who(records[0])} throughout`;
  else if (records.length > 1) {
    const verb = input.direction === 'lower' ? 'fell' : 'rose';
    const steps = plural(records.length - 1, 'step');
    best = `; the best ${verb} from ${who(records[0])} to ${who(records[records.length - 1])} in ${steps}`;
  }
  return `${head}: ${plural(points.length, 'result')} ${span}${best}.`;
}
