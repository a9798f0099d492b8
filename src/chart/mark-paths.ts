// Many marks as one path each: thousands of <circle> elements cost layout and memory, one path with a
// sub-path per dot paints the same pixels in a fraction of the time.
import type { XY } from './step-path.js';

const round = (n: number) => Math.round(n * 100) / 100;

/** Dots of radius `r` at each point, as one path (two arcs per dot). */
export function dotsPath(points: Iterable<XY>, r: number): string {
  const parts: string[] = [];
  const d = round(2 * r);
  // The same two arcs follow every move: written once, not per dot (a draw has thousands).
  const arcs = `a${r},${r} 0 1,0 ${d},0a${r},${r} 0 1,0 ${-d},0`;
  for (const { x, y } of points) parts.push(`M${round(x - r)},${round(y)}${arcs}`);
  return parts.join('');
}

export interface ErrorBar {
  x: number;
  /** Pixel y of value - uncertainty and value + uncertainty. */
  y1: number;
  y2: number;
}

/** "±" error bars: a vertical line with short caps at both ends, all in one path. */
export function errorBarsPath(bars: Iterable<ErrorBar>, cap = 3): string {
  const parts: string[] = [];
  for (const { x, y1, y2 } of bars) {
    const left = round(x - cap);
    const w = round(2 * cap);
    parts.push(`M${round(x)},${round(y1)}V${round(y2)}M${left},${round(y1)}h${w}M${left},${round(y2)}h${w}`);
  }
  return parts.join('');
}
