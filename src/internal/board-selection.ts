// Which leaderboard of a feed an element shows, by which metric, and which of its results: what <sota-table> and
// <metric-trend> read from task, dataset, metric, directions, hide-extra-data and highlight. One module so the same
// attributes choose the same thing on both elements; pure data (no DOM, no Lit) so it is tested directly and
// computed once per change of feed or attributes.
import type { Feed, Leaderboard, Metric, Result } from '../feed/types.js';
import { defaultMetric } from '../feed/rank-results.js';
import { findLeaderboard, nearestLeaderboards } from '../feed/find-leaderboard.js';
import type { DirectionOverride } from './attribute-text.js';

export interface BoardQuery {
  task: string | null;
  dataset: string | null;
  metric: string | null;
  /** The element's direction overrides: by metric name, and a bare one for the chosen metric. */
  directions: DirectionOverride;
  hideExtraData: boolean;
  /** Model names, paper titles, paper ids or arXiv ids. */
  highlight: string[];
}

export interface ChosenBoard {
  kind: 'board';
  /** The board, its metrics' directions as the element overrides them. */
  board: Leaderboard;
  /** What ranks or is plotted (one of `board.metrics`): the metric asked for, else the first score metric; undefined on a board without metrics. */
  metric: Metric | undefined;
  /** The metric asked for when the board has none of that name (another is shown, and the element says so); else null. */
  unknownMetric: string | null;
  /** The results to show: all of them, or those without extra training data under hide-extra-data. */
  results: Result[];
  /** Results left out because they used extra training data. */
  hiddenExtra: number;
  /** Results on the board that used extra training data (hidden or not). */
  extraCount: number;
  isHighlighted: (result: Result) => boolean;
}

export interface MissingBoard {
  kind: 'missing';
  /** The boards whose names read most like what was asked for, best first. */
  nearest: Leaderboard[];
}

export type BoardSelection = ChosenBoard | MissingBoard;

/** How metric and highlight names are compared: case and spacing aside ("Test  Perplexity" is "test perplexity"). */
export const comparable = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** The metric of that name, compared as `comparable` does. */
export function findMetric(metrics: readonly Metric[], name: string): Metric | undefined {
  const wanted = comparable(name);
  return metrics.find((metric) => comparable(metric.name) === wanted);
}

/** "Language Modelling on WikiText-103": how the elements name a board in captions, exports and messages. */
export function boardName(board: Leaderboard): string {
  // A Hub benchmark names no task apart from itself: "SWE-bench Verified", not "SWE-bench Verified on SWE-bench Verified".
  if (board.task === board.dataset) return board.dataset;
  return [board.task, board.dataset].filter(Boolean).join(' on ');
}

/**
 * The board's metrics with the element's overrides: by name, and a bare one to the chosen metric. Applied here as
 * well as through parseFeed's options because those reach only the next parse: a changed attribute counts at once.
 */
function withDirections(board: Leaderboard, { named, bare }: DirectionOverride, chosen: Metric | undefined): Leaderboard {
  const byName = new Map(Object.entries(named).map(([name, direction]) => [comparable(name), direction]));
  if (!byName.size && !(bare && chosen)) return board;
  const metrics = board.metrics.map((metric) => {
    const direction = (metric === chosen && bare) || byName.get(comparable(metric.name));
    return direction && direction !== metric.direction ? { ...metric, direction, directionSource: 'option' as const } : metric;
  });
  return { ...board, metrics };
}

/** A result is highlighted when a name given is its model, its paper's title, its paper's id or its arXiv id. */
export function highlighter(names: string[]): (result: Result) => boolean {
  const wanted = new Set(names.map(comparable));
  if (!wanted.size) return () => false;
  return ({ model, paper }) => [model, paper?.title, paper?.id, paper?.arxivId].some((text) => !!text && wanted.has(comparable(text)));
}

/**
 * The board the query names, as findLeaderboard reads task and dataset (either alone, or both); with neither, the
 * feed's first board. A metric the board lacks gives way to its first score metric, reported in `unknownMetric`.
 * `missing` carries the nearest boards when nothing matches.
 */
export function selectBoard(feed: Feed, query: BoardQuery): BoardSelection {
  const task = query.task?.trim() || undefined;
  const dataset = query.dataset?.trim() || undefined;
  const found = task || dataset ? findLeaderboard(feed, { task, dataset }) : feed.leaderboards[0];
  if (!found) return { kind: 'missing', nearest: nearestLeaderboards(feed, { task, dataset }, 5) };
  const asked = query.metric?.trim() || null;
  const named = asked ? findMetric(found.metrics, asked) : undefined;
  const chosen = named ?? defaultMetric(found);
  const board = withDirections(found, query.directions, chosen);
  const results = query.hideExtraData ? board.results.filter((result) => result.extraData !== true) : board.results;
  return {
    kind: 'board',
    board,
    // The same metric with its direction as overridden (withDirections keeps the metrics' order).
    metric: chosen && board.metrics[found.metrics.indexOf(chosen)],
    unknownMetric: asked && !named ? asked : null,
    results,
    hiddenExtra: board.results.length - results.length,
    extraCount: board.results.filter((result) => result.extraData === true).length,
    isHighlighted: highlighter(query.highlight),
  };
}
