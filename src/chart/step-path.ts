// The best-so-far line: a step after each record, carried on to the latest date so the chart shows how long
// the last record has stood. Hand-written rather than d3-shape: the path is only H and V moves, and the same
// walk yields the segments label placement must keep clear of.
import type { Box } from './place-labels.js';

export interface XY {
  x: number;
  y: number;
}

export interface StepPath {
  /** SVG path data; "" when there are no records. */
  d: string;
  /** The straight pieces of the line as thin boxes (for label collision). */
  segments: Box[];
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Steps through `records` (in time order): across at each record's value until the next record's date, then
 * up or down to the next value, and across to `endX`. Lower-is-better boards step down by themselves, since
 * each record is lower than the last.
 */
export function stepPath(records: readonly XY[], endX: number, thickness = 2): StepPath {
  if (records.length === 0) return { d: '', segments: [] };
  const parts = [`M${round(records[0].x)},${round(records[0].y)}`];
  const segments: Box[] = [];
  const half = thickness / 2;
  for (let i = 0; i < records.length; i++) {
    const { x, y } = records[i];
    const nextX = i + 1 < records.length ? records[i + 1].x : Math.max(endX, x);
    if (nextX > x) {
      parts.push(`H${round(nextX)}`);
      segments.push({ x, y: y - half, width: nextX - x, height: thickness });
    }
    if (i + 1 < records.length) {
      const nextY = records[i + 1].y;
      parts.push(`V${round(nextY)}`);
      segments.push({ x: nextX - half, y: Math.min(y, nextY), width: thickness, height: Math.abs(nextY - y) });
    }
  }
  return { d: parts.join(''), segments };
}
