// Hand-built points for chart geometry tests (no parseFeed): just enough of a Result to draw.
import type { MetricValue, Result } from '../../src/feed/types.js';
import type { TrendPoint } from '../../src/chart/trend-points.js';

export function makeResult(model: string, date: string | null, value: number | null, extra = false, uncertainty: number | null = null): Result {
  const values: Record<string, MetricValue> = value === null ? {} : {
    Score: { value, raw: String(value), uncertainty, percent: false, suffix: '', marks: '', emphasis: false, text: String(value) },
  };
  return { id: model, model, date, values, extraData: extra, paper: null, code: [] };
}

export function makePoint(model: string, date: string, value: number, record = false): TrendPoint {
  return { result: makeResult(model, date, value), time: Date.parse(`${date}T00:00:00Z`), value, low: null, high: null, extra: false, record, highlighted: false };
}

export const round = (n: number) => Math.round(n * 10) / 10;
