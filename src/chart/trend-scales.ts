// Scales, ticks and the plot frame for a trend chart. Odd data must still draw sensibly: one point, every
// point on one day, every value equal, negative values, ranges over many orders of magnitude, and a log scale
// asked for with values at or below zero (it falls back to linear and says so).
import { formatDateTicks, formatValueTicks } from './trend-format.js';
import { linearScale, logScale } from './value-scale.js';
import { timeTicks } from './time-ticks.js';
import { DAY } from '../feed/internal/dates.js';
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
  /** Average width of one tick-label character, in px (for the left margin). */
  charWidth?: number;
}

const FALLBACK_TIME = Date.UTC(2020, 0, 1);

/** The date domain of points in time order (as trendPoints gives them): their span, widened around a single day so ticks have room. */
export function timeDomain(points: readonly TrendPoint[]): [number, number] {
  const low = points[0]?.time ?? FALLBACK_TIME;
  const high = points.at(-1)?.time ?? FALLBACK_TIME;
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

export function trendScales(points: readonly TrendPoint[], options: TrendScaleOptions): TrendScales {
  const { width, height, charWidth = 6.6 } = options;
  const logRefused = options.scale === 'log' ? points.filter((p) => p.value <= 0 || (p.low ?? 1) <= 0).length : 0;
  const scale: ValueScale = options.scale === 'log' && logRefused === 0 ? 'log' : 'linear';

  const top = 12;
  const bottom = height - 26;
  const y = (scale === 'log' ? logScale : linearScale)(valueDomain(points, scale), bottom, top);
  const yCount = Math.max(2, Math.min(8, Math.floor((bottom - top) / 40)));
  let yValues = y.ticks(yCount);
  if (scale === 'log' && yValues.length > yCount + 2) {
    // Every 1…9 multiple of a short log range is too many: keep an even subset, powers of ten first.
    const stride = Math.ceil(yValues.length / (yCount + 1));
    yValues = yValues.filter((_, i) => i % stride === 0);
  }
  const yLabels = formatValueTicks(yValues);
  const left = Math.ceil(Math.max(24, ...yLabels.map((l) => l.length * charWidth)) + 10);
  const right = Math.max(left + 10, width - 16);

  const [t0, t1] = timeDomain(points);
  const xScale = (right - left) / (t1 - t0);
  const xFn = (time: number) => left + (time - t0) * xScale;
  const xCount = Math.max(2, Math.min(12, Math.floor((right - left) / 75)));
  const xValues = timeTicks(t0, t1, xCount);
  const xLabels = formatDateTicks(xValues);
  const yFn = y;

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
