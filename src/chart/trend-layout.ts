// Everything a trend chart draws, in pixels, from its points and its size: scales and ticks, dot positions,
// the frontier, error bars and the labels that fit. The element only turns this into SVG.
import { placeLabels, type Box, type LabelRequest, type PlacedLabel } from './place-labels.js';
import { stepPath, type StepPath, type XY } from './step-path.js';
import { errorBarsPath, type ErrorBar } from './mark-paths.js';
import { trendScales, type TrendScales, type ValueScale } from './trend-scales.js';
import type { TrendPoint } from './trend-points.js';

export type LabelMode = 'record' | 'none' | 'all';

export interface PlottedPoint extends XY {
  point: TrendPoint;
  /** Dot radius in px. */
  r: number;
}

export interface TrendLayoutOptions {
  width: number;
  height: number;
  scale?: ValueScale;
  labels?: LabelMode;
  direction?: 'higher' | 'lower';
  /** Label font size in px. */
  fontSize?: number;
  /** Width of a label's text in px; defaults to an estimate from its length. */
  measure?: (text: string) => number;
}

export interface TrendLayout {
  scales: TrendScales;
  /** One per point, in the points' (time) order. */
  plotted: PlottedPoint[];
  frontier: StepPath;
  errorBars: string;
  /** Keys are indexes into `plotted`. */
  labels: PlacedLabel<number>[];
}

export const DOT_RADIUS = 3;
export const MARKED_RADIUS = 4.5;
const MAX_LABEL_CHARS = 28;

export function labelText(model: string): string {
  return model.length > MAX_LABEL_CHARS ? `${model.slice(0, MAX_LABEL_CHARS - 1).trimEnd()}…` : model;
}

/** Which points get a label, most important first: the latest records, then highlighted models, then the rest. */
function labelOrder(plotted: readonly PlottedPoint[], mode: LabelMode): number[] {
  if (mode === 'none') return plotted.flatMap((p, i) => (p.point.highlighted ? [i] : [])).reverse();
  const rank = (p: TrendPoint) => (p.record ? 0 : p.highlighted ? 1 : 2);
  const wanted = plotted
    .map((_, i) => i)
    .filter((i) => mode === 'all' || plotted[i].point.record || plotted[i].point.highlighted);
  return wanted.sort((a, b) => rank(plotted[a].point) - rank(plotted[b].point) || b - a);
}

export function trendLayout(points: readonly TrendPoint[], options: TrendLayoutOptions): TrendLayout {
  const fontSize = options.fontSize ?? 11;
  const measure = options.measure ?? ((text: string) => text.length * fontSize * 0.58);
  const scales = trendScales(points, options);
  const { x, y, frame } = scales;
  const plotted: PlottedPoint[] = points.map((point) => ({
    point,
    x: x(point.time),
    y: y(point.value),
    r: point.record || point.highlighted ? MARKED_RADIUS : DOT_RADIUS,
  }));

  const records = plotted.filter((p) => p.point.record);
  // Carried to the latest result's date (points are in time order): the last record has stood at least that long.
  const frontier = stepPath(records, plotted.at(-1)?.x ?? 0);

  const bars: ErrorBar[] = [];
  for (const p of plotted) {
    if (p.point.low !== null && p.point.high !== null) bars.push({ x: p.x, y1: y(p.point.low), y2: y(p.point.high) });
  }

  const obstacles: Box[] = plotted.map((p) => ({ x: p.x - p.r, y: p.y - p.r, width: 2 * p.r, height: 2 * p.r }));
  obstacles.push(...frontier.segments);
  const requests: LabelRequest<number>[] = labelOrder(plotted, options.labels ?? 'record').map((i) => {
    const text = labelText(plotted[i].point.result.model);
    return { key: i, text, x: plotted[i].x, y: plotted[i].y, width: Math.ceil(measure(text)) + 2, height: Math.ceil(fontSize * 1.25) };
  });
  const bounds = { x: frame.left, y: 0, width: frame.right - frame.left + 14, height: frame.bottom };
  const labels = placeLabels(requests, {
    bounds,
    obstacles,
    prefer: options.direction === 'lower' ? 'below' : 'above',
  });

  return { scales, plotted, frontier, errorBars: errorBarsPath(bars), labels };
}
