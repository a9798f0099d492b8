// A metric's uncertainty, as tables of records publish it beside the value: an interval in two columns
// ("rating_lower" / "rating_upper", "score_ci_lower" / "score_ci_upper"), or a ± half-width in one ("score_ci",
// "acc_stderr", "acc_std"; a bare "ci", "stderr" or "std" belongs to the first metric). Those columns are not
// metrics of their own: they become the value's "± half-width" when the interval is symmetric at the value's own
// precision ("1504 ± 6"), and the value's interval otherwise, so nothing is dropped.
import { loose, type MetricColumn } from './record-columns.js';
import { field, type JsonObject } from './read.js';

export interface IntervalColumns {
  lower?: string;
  upper?: string;
  /** A ± half-width column. */
  half?: string;
}

const LOWER = ['lower', 'cilower', 'lowerbound', 'lowerci'];
const UPPER = ['upper', 'ciupper', 'upperbound', 'upperci'];
const HALF = ['ci', 'stderr', 'std', 'se'];

/** Takes the interval columns out of `metrics`; returns the rest and, per metric header, its interval columns. */
export function findIntervals(metrics: readonly MetricColumn[]): { metrics: MetricColumn[]; intervals: Map<string, IntervalColumns> } {
  const byLoose = new Map(metrics.map((column) => [loose(column.header), column]));
  const used = new Set<MetricColumn>();
  const intervals = new Map<string, IntervalColumns>();
  const take = (key: string, owner: MetricColumn): string | undefined => {
    const column = byLoose.get(key);
    if (!column || column === owner || used.has(column)) return undefined;
    used.add(column);
    return column.header;
  };
  metrics.forEach((metric, index) => {
    if (used.has(metric)) return;
    const stem = loose(metric.header);
    // The bare names belong to the first metric only: "std" beside five metrics says nothing about the fifth.
    const stems = index === 0 ? [stem, ''] : [stem];
    const found: IntervalColumns = {};
    for (const prefix of stems) {
      found.lower ??= LOWER.map((end) => take(prefix + end, metric)).find(Boolean);
      found.upper ??= UPPER.map((end) => take(prefix + end, metric)).find(Boolean);
      found.half ??= HALF.map((end) => take(prefix + end, metric)).find(Boolean);
    }
    if (found.lower || found.upper || found.half) intervals.set(metric.header, found);
  });
  return { metrics: metrics.filter((column) => !used.has(column)), intervals };
}

/**
 * The value as the reader should parse it: "1504 ± 6" when a symmetric interval or a half-width is known, else the
 * value as it was; `interval` is set for an asymmetric one.
 */
export function withInterval(raw: unknown, row: JsonObject, columns: IntervalColumns): { raw: unknown; interval?: [number, number] } {
  const value = numberOf(raw);
  if (value === null) return { raw };
  const decimals = decimalsOf(raw);
  const half = numberOf(columns.half ? field(row, columns.half) : undefined);
  if (half !== null) return { raw: `${String(raw).trim()} ± ${Math.abs(half)}` };
  const lower = numberOf(columns.lower ? field(row, columns.lower) : undefined);
  const upper = numberOf(columns.upper ? field(row, columns.upper) : undefined);
  if (lower === null || upper === null) return { raw };
  const below = round(value - lower, decimals);
  const above = round(upper - value, decimals);
  return below === above ? { raw: `${String(raw).trim()} ± ${above}` } : { raw, interval: [lower, upper] };
}

function numberOf(raw: unknown): number | null {
  const number = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN;
  return Number.isFinite(number) ? number : null;
}

/** The decimals the value is written with: the precision at which an interval is symmetric or not. */
function decimalsOf(raw: unknown): number {
  return /^-?\d+(?:\.(\d+))?$/.exec(String(raw).trim())?.[1]?.length ?? 0;
}

function round(number: number, decimals: number): string {
  return String(Number(number.toFixed(decimals)));
}
