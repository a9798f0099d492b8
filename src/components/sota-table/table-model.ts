// From the board the element's attributes chose (internal/board-selection) to the rows the table shows: ranks,
// which metrics show as columns, best values, sorting, search and the row limit.
// Pure data (no DOM, no Lit) so the expensive part of a 10,000-row board is computed once and tested directly.
import type { Leaderboard, Metric, Result } from '../../feed/types.js';
import { defaultMetric } from '../../feed/rank-results.js';
import { rankOrder } from '../../feed/internal/rank-order.js';
import { safeUrl } from '../../internal/safe-url.js';
import { DAY, dateTime } from '../../feed/internal/dates.js';
import { comparable, findMetric, type ChosenBoard } from '../../internal/board-selection.js';
import { firstOrder, sortByKey, type SortKey, type SortOrder, type SortSpec } from './table-sort.js';

export interface TableRow {
  result: Result;
  /** Rank by the ranking metric among the rows that are not filtered out by hide-extra-data; null: no value. */
  rank: number | null;
  highlighted: boolean;
  /** Lower-cased model and paper text, built on the first search. */
  searchText?: string;
}

export interface TableModel {
  leaderboard: Leaderboard;
  rankingMetric: Metric | undefined;
  metrics: Metric[];
  rows: TableRow[];
  /** Results left out because they used extra training data. */
  hiddenExtra: number;
  /** Results on the board that used extra training data (hidden or not). */
  extraCount: number;
  /** Which optional columns have anything to show. */
  has: { extraData: boolean; paper: boolean; date: boolean; code: boolean };
  /** Metric name → best value among the rows (score metrics only: a descriptor has no best). */
  best: Map<string, number>;
  /** Descriptor columns of words, not numbers (an organisation, a licence): shown and sorted as text. */
  textMetrics: Set<string>;
}

/** The code link a row shows and exports: the authors' own repository first, then the first that may be a link. */
export function codeUrl(result: Result): string | null {
  const links = [...result.code].sort((a, b) => Number(b.official) - Number(a.official));
  return links.map((link) => safeUrl(link.url)).find((url) => url !== null) ?? null;
}

/** Ranks the chosen board's kept results; `columns` names the metrics to show, in order (null: all). */
export function tableModel(chosen: ChosenBoard, columns: string[] | null): TableModel {
  const { board, metric: rankingMetric, results } = chosen;
  const metrics = columns ? columns.map((name) => findMetric(board.metrics, name)).filter((m): m is Metric => !!m) : board.metrics;
  // Results hidden by hide-extra-data leave the ranking: the rest are ranked among themselves. A source that ranks
  // its own board (the Hub, LMArena's confidence-interval ranks) keeps its ranks while the board is shown whole.
  const own = !chosen.hiddenExtra && rankingMetric === defaultMetric(board) && results.every((r) => r.rank !== undefined);
  // Rows straight from the ranking's typed arrays (rankOrder), not from a list of ranked objects mapped again.
  const ranking = rankingMetric ? rankOrder({ ...board, results }, rankingMetric) : null;
  const rows = new Array<TableRow>(results.length);
  for (let at = 0; at < results.length; at++) {
    const index = ranking ? ranking.order[at] : at;
    const result = results[index];
    const rank = own ? result.rank! : (ranking?.ranks[index] || null);
    rows[at] = { result, rank, highlighted: chosen.isHighlighted(result) };
  }
  return {
    leaderboard: board,
    rankingMetric,
    metrics,
    rows,
    hiddenExtra: chosen.hiddenExtra,
    extraCount: chosen.extraCount,
    has: {
      extraData: board.results.some((r) => r.extraData !== null),
      paper: board.results.some((r) => !!r.paper?.title || !!r.paper?.url),
      date: board.results.some((r) => !!r.date),
      code: board.results.some((r) => r.code.length > 0),
    },
    best: bestValues(rows, metrics, rankingMetric),
    textMetrics: new Set(metrics.filter((metric) => metric.descriptor
      && board.results.every((result) => (result.values[metric.name]?.value ?? null) === null)).map((metric) => metric.name)),
  };
}

function bestValues(rows: TableRow[], metrics: Metric[], ranked: Metric | undefined): Map<string, number> {
  const best = new Map<string, number>();
  for (const metric of metrics) {
    if (metric.descriptor) continue;
    const lower = metric.direction === 'lower';
    let top: number | undefined;
    // The rows are in ranked order, so the ranking metric's best is the first row's value: no pass over them all.
    for (const row of metric === ranked ? rows.slice(0, 1) : rows) {
      const value = row.result.values[metric.name]?.value;
      if (value === null || value === undefined) continue;
      if (top === undefined || (lower ? value < top : value > top)) top = value;
    }
    if (top !== undefined) best.set(metric.name, top);
  }
  return best;
}

/** The column a sort spec names, resolved against the model ("ppl" → the metric "PPL"); null if unknown. */
export function resolveSort(model: TableModel, spec: SortSpec | null): { column: string; order: SortOrder } | null {
  if (!spec) return null;
  const fixed = ['rank', 'model', 'paper', 'date', 'extra'].find((name) => name === comparable(spec.column));
  if (fixed) return { column: fixed, order: spec.order ?? defaultOrder(model, fixed) };
  const metric = findMetric(model.metrics, spec.column) ?? findMetric(model.leaderboard.metrics, spec.column);
  return metric ? { column: metric.name, order: spec.order ?? defaultOrder(model, metric.name) } : null;
}

/** The order the first click on a column gives. */
export function defaultOrder(model: TableModel, column: string): SortOrder {
  if (column === 'rank') return 'ascending';
  if (column === 'date') return firstOrder('date');
  if (column === 'model' || column === 'paper' || column === 'extra') return firstOrder('text');
  if (model.textMetrics.has(column)) return firstOrder('text');
  const metric = model.leaderboard.metrics.find((m) => m.name === column);
  return firstOrder(metric?.descriptor ? 'descriptor' : 'score', metric?.direction);
}

function sortKey(column: string, text: boolean): (row: TableRow) => SortKey {
  if (text) return (row) => row.result.values[column]?.raw.trim() || null;
  switch (column) {
    case 'rank': return (row) => row.rank;
    case 'model': return (row) => row.result.model;
    case 'paper': return (row) => row.result.paper?.title ?? null;
    // Read on every sort, not kept on the row: a property added later to 10,000 rows costs more than the parse.
    // In whole days, which stableOrder sorts in one counting pass (milliseconds would take five radix passes).
    case 'date': return (row) => {
      const time = dateTime(row.result.date);
      return time === null ? null : time / DAY;
    };
    case 'extra': return (row) => (row.result.extraData === null ? null : Number(row.result.extraData));
    default: return (row) => row.result.values[column]?.value ?? null;
  }
}

/** The rows in the asked order (ranked order when no sort is given); `textMetrics` sort by their words. */
export function sortRows(rows: TableRow[], sort: { column: string; order: SortOrder } | null, textMetrics?: ReadonlySet<string>): TableRow[] {
  if (!sort || (sort.column === 'rank' && sort.order === 'ascending')) return rows;
  return sortByKey(rows, sortKey(sort.column, textMetrics?.has(sort.column) ?? false), sort.order);
}

/** Rows whose model or paper text contains every word of the query (case-insensitive). */
export function searchRows(rows: TableRow[], query: string): TableRow[] {
  const words = comparable(query).split(' ').filter(Boolean);
  if (!words.length) return rows;
  return rows.filter((row) => {
    row.searchText ??= comparable(`${row.result.model} ${row.result.paper?.title ?? ''}`);
    return words.every((word) => row.searchText!.includes(word));
  });
}

/** The first `limit` rows plus every highlighted row beyond them, in order. */
export function limitRows(rows: TableRow[], limit: number): TableRow[] {
  if (!(limit > 0) || rows.length <= limit) return rows;
  return rows.filter((row, index) => index < limit || row.highlighted);
}
