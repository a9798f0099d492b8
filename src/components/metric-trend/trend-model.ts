// What one chosen board and metric reduce to before any pixels: the points, the records, the title and the
// written summary. Shared by the element and by `sota-widgets chart` (src/static/chart-svg.ts), so a chart file
// says and draws what the element does. Pure data: no DOM.
import type { Leaderboard, Metric } from '../../feed/types.js';
import { formatMetricValue } from '../../feed/metric-value.js';
import { metricValueOf } from '../../feed/internal/resolve-metric.js';
import { trendPoints, type TrendPoint, type TrendPoints } from '../../chart/trend-points.js';
import { trendSummary } from '../../chart/trend-summary.js';
import type { TrendLayout } from '../../chart/trend-layout.js';
import type { ChosenBoard } from '../../internal/board-selection.js';

export interface TrendModel {
  chosen: ChosenBoard;
  board: Leaderboard;
  metric: Metric;
  data: TrendPoints;
  summary: string;
  title: string;
  /** How a point's value is written, as the feed wrote it ("51.0", "0.84 ± 0.01"). */
  valueText: (point: TrendPoint) => string;
}

/** Every point has a value for the metric: trendPoints leaves out the results without one. */
function valueWriter(metricName: string): (point: TrendPoint) => string {
  return (point) => formatMetricValue(metricValueOf(point.result, metricName)!);
}

export function trendModel(chosen: ChosenBoard, metric: Metric): TrendModel {
  const { board, results } = chosen;
  const data = trendPoints(results, metric, chosen.isHighlighted);
  const valueText = valueWriter(metric.name);
  const summary = trendSummary({ metric: metric.name, dataset: board.dataset, direction: metric.direction, ...data, valueText });
  return { chosen, board, metric, data, summary, title: `${metric.name} on ${board.dataset}`, valueText };
}

/** "(higher is better)": how the title says which way the metric improves. */
export const directionText = (metric: Metric): string => (metric.direction === 'lower' ? 'lower is better' : 'higher is better');

/** The note when a log scale was asked for but a value is not above zero; '' otherwise. */
export function logScaleNote(layout: TrendLayout | undefined): string {
  const refused = layout?.scales.logRefused;
  if (!refused) return '';
  return `A log scale needs values above zero; ${refused} ${refused === 1 ? 'is' : 'are'} not, so the scale is linear.`;
}
