// Scales, ticks and the plot frame for a trend chart. Odd data must still draw sensibly: one point, every
// point on one day, every value equal, negative values, ranges over many orders of magnitude, and a log scale
// asked for with values at or below zero (it falls back to linear and says so).
import { scaleLinear, scaleLog, scaleUtc } from 'd3-scale';
import { extent } from 'd3-array';
import { utcYear, type TimeInterval } from 'd3-time';
import { formatDateTicks, formatValueTicks } from './trend-format.js';
import type { TrendPoint } from './trend-points.js';

export type ValueScale = 'linear' | 'log';

export interface Tick {
  value: number;
  /** Pixel position along its axis. */
  position: number;
  label: string;
}

export interface Frame {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface TrendScales {
  x: (time: number) => number;
  y: (value: number) => number;
  xTicks: Tick[];
  yTicks: Tick[];
  /** Where the plot area sits inside width × height. */
  frame: Frame;
  /** The scale actually used. */
  scale: ValueScale;
  /** Points at or below zero that stopped a log scale (0 unless log was asked for and refused). */
  logRefused: number;
}

export interface TrendScaleOptions {
  width: number;
  height: number;
  scale?: ValueScale;
  locale?: string;
  /** Average width of one tick-label character, in px (for the left margin). */
  charWidth?: number;
}

const DAY = 86_400_000;
const FALLBACK_TIME = Date.UTC(2020, 0, 1);

/** The date domain: the data's span, widened around a single day so ticks have room. */
export function timeDomain(points: readonly TrendPoint[]): [number, number] {
  const [low = FALLBACK_TIME, high = FALLBACK_TIME] = extent(points, (p) => p.time);
  if (high - low >= DAY) return [low, high];
  return [low - 15 * DAY, high + 15 * DAY];
}

/** The value domain before nicing: the data (and its error bars) with a margin for labels above and below. */
export function valueDomain(points: readonly TrendPoint[], scale: ValueScale): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (const p of points) {
    low = Math.min(low, p.low ?? p.value, p.value);
    high = Math.max(high, p.high ?? p.value, p.value);
  }
  if (!Number.isFinite(low)) return scale === 'log' ? [1, 10] : [0, 1];
  if (scale === 'log') {
    low = Math.max(low, Number.MIN_VALUE);
    const ratio = high / low;
    const pad = ratio < 1.5 ? 1.5 : Math.pow(ratio, 0.08);
    return [low / pad, high * pad];
  }
  if (high === low) {
    const pad = Math.abs(high) > 0 ? Math.abs(high) * 0.1 : 1;
    return [low - pad, high + pad];
  }
  const pad = (high - low) * 0.08;
  return [low - pad, high + pad];
}

type TickSource = (countOrInterval: number | TimeInterval) => Date[];

/**
 * Date ticks adapted to the span: whole years once it covers more than two (quarters read as noise there),
 * else d3's choice of months, weeks or days.
 */
export function timeTicks(domain: [number, number], count: number, ticks: TickSource): number[] {
  const years = (domain[1] - domain[0]) / (365.25 * DAY);
  if (years > 2) {
    const step = Math.max(1, Math.ceil(years / count));
    const every = utcYear.every(step);
    if (every) return ticks(every).map((d) => d.getTime());
  }
  return ticks(count).map((d) => d.getTime());
}

export function trendScales(points: readonly TrendPoint[], options: TrendScaleOptions): TrendScales {
  const { width, height, locale, charWidth = 6.6 } = options;
  const logRefused = options.scale === 'log' ? points.filter((p) => p.value <= 0 || (p.low ?? 1) <= 0).length : 0;
  const scale: ValueScale = options.scale === 'log' && logRefused === 0 ? 'log' : 'linear';

  const top = 12;
  const bottom = height - 26;
  const y = scale === 'log' ? scaleLog() : scaleLinear();
  y.domain(valueDomain(points, scale)).range([bottom, top]).nice();
  const yCount = Math.max(2, Math.min(8, Math.floor((bottom - top) / 40)));
  let yValues = y.ticks(yCount);
  if (scale === 'log' && yValues.length > yCount + 2) {
    // d3 gives every 1…9 multiple on a short log range: keep an even subset, powers of ten first.
    const stride = Math.ceil(yValues.length / (yCount + 1));
    yValues = yValues.filter((_, i) => i % stride === 0);
  }
  const yLabels = formatValueTicks(yValues, locale);
  const left = Math.ceil(Math.max(24, ...yLabels.map((l) => l.length * charWidth)) + 10);
  const right = Math.max(left + 10, width - 16);

  const x = scaleUtc().domain(timeDomain(points)).range([left, right]);
  const xCount = Math.max(2, Math.min(12, Math.floor((right - left) / 75)));
  const xValues = timeTicks(x.domain().map((d) => d.getTime()) as [number, number], xCount, (interval) => (typeof interval === 'number' ? x.ticks(interval) : x.ticks(interval)));
  const xLabels = formatDateTicks(xValues, locale);
  const xFn = (time: number) => x(time);
  const yFn = (value: number) => y(value);

  return {
    x: xFn,
    y: yFn,
    xTicks: xValues.map((value, i) => ({ value, position: xFn(value), label: xLabels[i] })),
    yTicks: yValues.map((value, i) => ({ value, position: yFn(value), label: yLabels[i] })),
    frame: { left, top, right, bottom },
    scale,
    logRefused,
  };
}
