// From a feed and the element's options to the rows the table shows: which leaderboard, which metric ranks,
// which metrics show, per-element direction overrides, extra-data filtering, highlights and sorting.
// Pure data (no DOM, no Lit) so the expensive part of a 10,000-row board is computed once and tested directly.
import type { Feed, Leaderboard, Metric, Result } from '../../feed/types.js';
import { defaultMetric, rankResults } from '../../feed/rank-results.js';
import { findLeaderboard, nearestLeaderboards } from '../../feed/find-leaderboard.js';
import { safeUrl } from '../../internal/safe-url.js';
import type { DirectionOverride } from '../../internal/attribute-text.js';
import { firstOrder, sortByKey, type SortKey, type SortOrder, type SortSpec } from './table-sort.js';

export interface TableOptions {
  task: string | null;
  dataset: string | null;
  metric: string | null;
  /** Metric names to show, in this order; null shows all. */
  columns: string[] | null;
  /** The element's direction overrides: by metric name, and a bare one for the ranking metric. */
  directions: DirectionOverride;
  hideExtraData: boolean;
  highlight: string[];
}

export interface TableRow {
  result: Result;
  /** Rank by the ranking metric among the rows that are not filtered out by hide-extra-data; null: no value. */
  rank: number | null;
  highlighted: boolean;
  /** Lower-cased model and paper text, built on the first search. */
  searchText?: string;
  /** The date as a time value (NaN: none), read on the first sort by date. */
  time?: number;
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
}

export type TableSelection =
  | { kind: 'board'; model: TableModel }
  | { kind: 'missing'; nearest: Leaderboard[] };

const simplify = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** The code link a row shows and exports: the authors' own repository first, then the first that may be a link. */
export function codeUrl(result: Result): string | null {
  const links = [...result.code].sort((a, b) => Number(b.official) - Number(a.official));
  return links.map((link) => safeUrl(link.url)).find((url) => url !== null) ?? null;
}

/** "Language Modelling on WikiText-103": how the caption, the export and the messages name a board. */
export function boardName(board: Leaderboard): string {
  return [board.task, board.dataset].filter(Boolean).join(' on ');
}

function pickLeaderboard(feed: Feed, task: string | null, dataset: string | null): Leaderboard | undefined {
  if (!task && !dataset) return feed.leaderboards[0];
  if (dataset) return findLeaderboard(feed, { task: task ?? undefined, dataset });
  return feed.leaderboards.find((board) => simplify(board.task) === simplify(task ?? ''));
}

function findMetric(metrics: Metric[], name: string): Metric | undefined {
  const wanted = simplify(name);
  return metrics.find((metric) => simplify(metric.name) === wanted);
}

/** The board with the element's direction overrides applied: by name, and a bare one to the ranking metric. */
function withDirections(board: Leaderboard, { named, bare }: DirectionOverride, ranking: Metric | undefined): Leaderboard {
  const entries = Object.entries(ranking && bare ? { ...named, [ranking.name]: bare } : named);
  if (!entries.length) return board;
  const metrics = board.metrics.map((metric) => {
    const override = entries.find(([name]) => simplify(name) === simplify(metric.name));
    return override && override[1] !== metric.direction
      ? { ...metric, direction: override[1], directionSource: 'option' as const }
      : metric;
  });
  return { ...board, metrics };
}

function isHighlighted(result: Result, wanted: Set<string>): boolean {
  if (!wanted.size) return false;
  const { paper } = result;
  return [result.model, paper?.title, paper?.id, paper?.arxivId].some((text) => !!text && wanted.has(simplify(text)));
}

/** Chooses the leaderboard and ranks it; `missing` carries the nearest boards when nothing matches. */
export function selectTable(feed: Feed, options: TableOptions): TableSelection {
  const found = pickLeaderboard(feed, options.task, options.dataset);
  if (!found) {
    const query = { task: options.task ?? undefined, dataset: options.dataset ?? options.task ?? '' };
    return { kind: 'missing', nearest: nearestLeaderboards(feed, query, 5) };
  }
  const ranking = (options.metric && findMetric(found.metrics, options.metric)) || defaultMetric(found);
  const board = withDirections(found, options.directions, ranking);
  // The same column, with its direction as overridden (withDirections keeps the metrics' order).
  const rankingMetric = ranking && board.metrics[found.metrics.indexOf(ranking)];
  const metrics = options.columns
    ? options.columns.map((name) => findMetric(board.metrics, name)).filter((m): m is Metric => !!m)
    : board.metrics;
  const kept = options.hideExtraData ? board.results.filter((result) => result.extraData !== true) : board.results;
  // Hidden extra-data rows leave the ranking: the rest are ranked among themselves.
  const ranked = rankResults({ ...board, results: kept }, rankingMetric);
  const wanted = new Set(options.highlight.map(simplify));
  const rows = ranked.map(({ result, rank }) => ({ result, rank, highlighted: isHighlighted(result, wanted) }));
  return {
    kind: 'board',
    model: {
      leaderboard: board,
      rankingMetric,
      metrics,
      rows,
      hiddenExtra: board.results.length - kept.length,
      extraCount: board.results.filter((result) => result.extraData === true).length,
      has: {
        extraData: board.results.some((r) => r.extraData !== null),
        paper: board.results.some((r) => !!r.paper?.title || !!r.paper?.url),
        date: board.results.some((r) => !!r.date),
        code: board.results.some((r) => r.code.length > 0),
      },
      best: bestValues(rows, metrics),
    },
  };
}

function bestValues(rows: TableRow[], metrics: Metric[]): Map<string, number> {
  const best = new Map<string, number>();
  for (const metric of metrics) {
    if (metric.descriptor) continue;
    const lower = metric.direction === 'lower';
    let top: number | undefined;
    for (const row of rows) {
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
  const fixed = ['rank', 'model', 'paper', 'date', 'extra'].find((name) => name === simplify(spec.column));
  if (fixed) return { column: fixed, order: spec.order ?? defaultOrder(model, fixed) };
  const metric = findMetric(model.metrics, spec.column) ?? findMetric(model.leaderboard.metrics, spec.column);
  return metric ? { column: metric.name, order: spec.order ?? defaultOrder(model, metric.name) } : null;
}

/** The order the first click on a column gives. */
export function defaultOrder(model: TableModel, column: string): SortOrder {
  if (column === 'rank') return 'ascending';
  if (column === 'date') return firstOrder('date');
  if (column === 'model' || column === 'paper' || column === 'extra') return firstOrder('text');
  const metric = model.leaderboard.metrics.find((m) => m.name === column);
  return firstOrder(metric?.descriptor ? 'descriptor' : 'score', metric?.direction);
}

function sortKey(column: string): (row: TableRow) => SortKey {
  switch (column) {
    case 'rank': return (row) => row.rank;
    case 'model': return (row) => row.result.model;
    case 'paper': return (row) => row.result.paper?.title ?? null;
    case 'date': return (row) => (row.time ??= row.result.date ? Date.parse(row.result.date) : Number.NaN);
    case 'extra': return (row) => (row.result.extraData === null ? null : Number(row.result.extraData));
    default: return (row) => row.result.values[column]?.value ?? null;
  }
}

/** The rows in the asked order (ranked order when no sort is given). */
export function sortRows(rows: TableRow[], sort: { column: string; order: SortOrder } | null): TableRow[] {
  if (!sort || (sort.column === 'rank' && sort.order === 'ascending')) return rows;
  return sortByKey(rows, sortKey(sort.column), sort.order);
}

/** Rows whose model or paper text contains every word of the query (case-insensitive). */
export function searchRows(rows: TableRow[], query: string): TableRow[] {
  const words = simplify(query).split(' ').filter(Boolean);
  if (!words.length) return rows;
  return rows.filter((row) => {
    row.searchText ??= simplify(`${row.result.model} ${row.result.paper?.title ?? ''}`);
    return words.every((word) => row.searchText!.includes(word));
  });
}

/** The first `limit` rows plus every highlighted row beyond them, in order. */
export function limitRows(rows: TableRow[], limit: number): TableRow[] {
  if (!(limit > 0) || rows.length <= limit) return rows;
  return rows.filter((row, index) => index < limit || row.highlighted);
}
