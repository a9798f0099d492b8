// From a feed (or an index file read as one) to what <sota-index> lists: one row per board, grouped by task, with
// what the search, the sort and `highlight` need. Pure data (no DOM, no Lit): built once per feed and tested directly,
// so a 10,000-board index costs its work on load and each keystroke only filters.
import type { Feed, Leaderboard, Result } from '../../feed/types.js';
import { boardsByTask, indexEntry, type BoardIndexEntry } from '../../feed/board-index.js';
import { nameKeys, normalizeName, sameName } from '../../feed/find-leaderboard.js';
import { plainLetters } from '../../feed/internal/paper-ids.js';
import { defaultMetric, rankResults } from '../../feed/rank-results.js';
import { comparable } from '../../internal/board-selection.js';
import { sortByKey, type SortKey, type SortOrder } from '../sota-table/table-sort.js';

export interface IndexRow {
  task: string;
  entry: BoardIndexEntry;
  /** The board itself when the index was computed from a feed (ranks for `highlight` need its results). */
  board: Leaderboard | null;
  /** When the board's last record was set: its frontier's last date, else its best result's date; null for none. */
  latest: string | null;
  /** Task and dataset in every spelling the search matches, built on the first search. */
  searchText?: string;
}

export interface IndexGroup {
  task: string;
  /** normalizeName of the task: what the collapsed set and the `task` attribute compare. */
  key: string;
  parent: string | null;
  rows: IndexRow[];
}

export interface IndexModel {
  groups: IndexGroup[];
  /** Every board, in index order. */
  rows: IndexRow[];
  /** Read from an index file: each board's best result is known, the rest of its results are not. */
  fromIndex: boolean;
}

export type IndexSortColumn = 'name' | 'results' | 'date';

export interface IndexSort {
  column: IndexSortColumn;
  order: SortOrder;
}

/** Where a highlighted model or paper stands on one board. */
export interface HighlightPlace {
  /** 1-based rank by the board's ranking metric; null: on the board without a value for it. */
  rank: number | null;
  /** How many results the board ranks. */
  of: number;
  model: string;
}

export function indexModel(feed: Feed): IndexModel {
  const groups: IndexGroup[] = feed.index
    ? feed.index.tasks.map((task) => ({
      task: task.task,
      key: normalizeName(task.task),
      parent: task.parent ?? null,
      rows: task.datasets.map((entry) => row(task.task, entry, null)),
    }))
    : boardsByTask(feed.leaderboards).map(({ task, boards }) => ({
      task,
      key: normalizeName(task),
      parent: null,
      rows: boards.map((board) => row(task, indexEntry(board), board)),
    }));
  return { groups, rows: groups.flatMap((group) => group.rows), fromIndex: !!feed.index };
}

function row(task: string, entry: BoardIndexEntry, board: Leaderboard | null): IndexRow {
  const latest = entry.frontier?.length ? entry.frontier[entry.frontier.length - 1][0] : entry.best?.date ?? null;
  const bestDate = entry.best?.date ?? null;
  return { task, entry, board, latest: bestDate && latest && bestDate > latest ? bestDate : latest };
}

/** The groups of the task `task` names (or whose parent it names), matched as findLeaderboard matches names. */
export function groupsOfTask(groups: IndexGroup[], task: string): IndexGroup[] {
  return groups.filter((group) => sameName(task, group.task) || (group.parent !== null && sameName(task, group.parent)));
}

/**
 * Rows whose task or dataset holds every word of the query, compared as board names are (case, accents,
 * punctuation, "-"/"_" and spaces before digits aside; "NER" also finds "Named Entity Recognition (NER)").
 */
export function searchIndex(rows: IndexRow[], query: string): IndexRow[] {
  const words = normalizeName(query).split(' ').filter(Boolean);
  if (!words.length) return rows;
  let task: { name: string; text: string } | undefined; // the rows of a group share their task: read it once
  return rows.filter((item) => {
    if (item.searchText === undefined) {
      if (task?.name !== item.task) task = { name: item.task, text: searchable(item.task) };
      item.searchText = `${task.text} ${searchable(item.entry.dataset)}`;
    }
    return words.every((word) => item.searchText!.includes(word));
  });
}

/**
 * A name in every form the search matches, space-free ("namedentityrecognition", "wikitext103": a query's words are
 * found inside it) with a trailing "(NER)" apart. plainLetters is nameKeys' own key for a name without one, and
 * much cheaper than normalizeName on thousands of names (no Unicode normalisation for ASCII, no pattern to run).
 */
function searchable(name: string): string {
  return name.trimEnd().endsWith(')') ? nameKeys(name).join(' ') : plainLetters(name);
}

/** The order a first click on a column gives: A→Z, the most results and the latest record first. */
export function firstOrder(column: IndexSortColumn): SortOrder {
  return column === 'name' ? 'ascending' : 'descending';
}

function rowKey(column: IndexSortColumn, withTask: boolean): (item: IndexRow) => SortKey {
  if (column === 'results') return (item) => item.entry.results ?? null;
  if (column === 'date') return (item) => item.latest;
  return withTask ? (item) => `${item.entry.dataset}\u0000${item.task}` : (item) => item.entry.dataset;
}

/** Rows sorted by a column (dates compare as text: they are all YYYY-MM-DD). Boards without the key go last. */
export function sortIndexRows(rows: IndexRow[], sort: IndexSort, withTask = false): IndexRow[] {
  return sortByKey(rows, rowKey(sort.column, withTask), sort.order);
}

/** Groups in the sort's order, by their own name, their total results or their latest record. */
export function sortGroups(groups: IndexGroup[], sort: IndexSort): IndexGroup[] {
  const key = (group: IndexGroup): SortKey => {
    if (sort.column === 'name') return group.task;
    if (sort.column === 'results') return group.rows.reduce((sum, item) => sum + (item.entry.results ?? 0), 0);
    return group.rows.reduce<string | null>((last, item) => (item.latest && (!last || item.latest > last) ? item.latest : last), null);
  };
  return sortByKey(groups, key, sort.order);
}

/** Reads "results", "date:ascending", "name:desc"; null when it names no column of the index. */
export function readIndexSort(column: string, order: SortOrder | undefined): IndexSort | null {
  const name = comparable(column);
  const known = (['name', 'results', 'date'] as const).find((candidate) => candidate === name);
  return known ? { column: known, order: order ?? firstOrder(known) } : null;
}

/**
 * Where the results `isHighlighted` picks stand on each board they are on: their best rank by the board's ranking
 * metric, from the board's results; from an index file only a board's best result is known, so only a first place.
 */
export function highlightPlaces(rows: IndexRow[], isHighlighted: (result: Result) => boolean, names: string[]): Map<IndexRow, HighlightPlace> {
  const places = new Map<IndexRow, HighlightPlace>();
  const wanted = new Set(names.map(comparable));
  for (const item of rows) {
    if (item.board) {
      const ranked = rankResults(item.board, defaultMetric(item.board));
      const found = ranked.find(({ result }) => isHighlighted(result));
      if (found) places.set(item, { rank: found.rank, of: ranked.filter(({ rank }) => rank !== null).length, model: found.result.model });
    } else {
      const best = item.entry.best;
      if (best && [best.model, best.paper].some((text) => !!text && wanted.has(comparable(text)))) {
        places.set(item, { rank: 1, of: item.entry.results ?? 1, model: best.model });
      }
    }
  }
  return places;
}
