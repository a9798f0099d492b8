// A board's frontier drawn tiny: the same best-so-far step line as the chart (stepPath), over the records an index
// keeps as [date, value]. No axes: the x range runs from the first record to the last, the y range from the worst
// record to the best, so even a frontier that moved by a hair shows its steps.
import { dateTime } from '../feed/internal/dates.js';
import { stepPath, type XY } from './step-path.js';

export interface Sparkline {
  /** SVG path data of the step line. */
  d: string;
  /** Where the latest record sits (marked with a dot). */
  end: XY;
}

/** The step line of `frontier` (in date order) inside a `width` × `height` box, `inset` pixels from its edges; null with no readable record. */
export function sparkline(frontier: readonly (readonly [string, number])[], width: number, height: number, inset = 2): Sparkline | null {
  const points = frontier
    .map(([date, value]) => ({ time: dateTime(date), value }))
    .filter((point): point is { time: number; value: number } => point.time !== null && Number.isFinite(point.value));
  if (!points.length) return null;
  const t0 = points[0].time;
  const t1 = points[points.length - 1].time;
  const values = points.map((point) => point.value);
  const v0 = Math.min(...values);
  const v1 = Math.max(...values);
  // One record, or records on one day or at one value: placed at the end and in the middle rather than divided by zero.
  const x = (time: number) => (t1 === t0 ? width - inset : inset + ((time - t0) / (t1 - t0)) * (width - 2 * inset));
  const y = (value: number) => (v1 === v0 ? height / 2 : height - inset - ((value - v0) / (v1 - v0)) * (height - 2 * inset));
  const xy = points.map((point) => ({ x: x(point.time), y: y(point.value) }));
  const end = xy[xy.length - 1];
  return { d: stepPath(xy, end.x, 1).d, end };
}
