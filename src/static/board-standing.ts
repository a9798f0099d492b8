// Where one model or paper stands on a leaderboard, read by the code the elements use: the board is chosen by
// board-selection (as <sota-table>'s attributes choose it), ranked by the table's own model (rankResults inside
// tableModel), and a paper is found by paperResults. A badge therefore says what the table says, by construction.
import type { Feed, Leaderboard, Metric, Result } from '../feed/types.js';
import { formatMetricValue } from '../feed/metric-value.js';
import { paperResults } from '../feed/paper-results.js';
import { boardName, comparable, type ChosenBoard } from '../internal/board-selection.js';
import { tableModel, type TableRow } from '../components/sota-table/table-model.js';
import { chooseBoard, QueryError, type BoardQuery } from './choose-board.js';

export interface StandingQuery {
  task?: string;
  dataset?: string;
  /** The metric that ranks; the board's first score metric when not given (as the table's `metric`). */
  metric?: string;
  /** A model name (matched as the table's `highlight` matches it). */
  model?: string;
  /** A paper id, arXiv id, URL or title (matched as paperResults matches it). */
  paper?: string;
}

export interface Standing {
  board: Leaderboard;
  metric: Metric;
  /** The result the badge is about: the subject's best-ranked result, or the board's leader without a subject. */
  result: Result;
  /** As the table's rank column shows it; null when the result has no value for the metric. */
  rank: number | null;
  /** How many results on the board are ranked (have a value for the metric). */
  of: number;
  /** The value as the table writes it ("89.1"), or "" without one. */
  valueText: string;
  /** Whether the badge names a model or paper (false: the board's leader). */
  hasSubject: boolean;
}

/** The board query of a standing: the model is the table's highlight. */
const standingBoard = (query: StandingQuery): BoardQuery => ({ ...query, highlight: query.model ? [query.model] : [] });

/** The results on `board` that the paper query names, through paperResults (id, arXiv id, URL or title). */
function paperResultsOn(feed: Feed, board: Leaderboard, paper: string): Set<Result> {
  return new Set(paperResults(feed, paper).filter((row) => row.leaderboard.id === board.id).map((row) => row.result));
}

function standingOn(feed: Feed, chosen: ChosenBoard, query: StandingQuery): Standing {
  const model = tableModel(chosen, null);
  const metric = model.rankingMetric!; // chooseBoard refuses a board without metrics
  const papers = query.paper ? paperResultsOn(feed, chosen.board, query.paper) : null;
  const isSubject = (row: TableRow) => (papers ? papers.has(row.result) : row.highlighted);
  const hasSubject = !!(query.model || query.paper);
  // Rows come best first, unranked last: the first that matches is the subject's best standing.
  const row = hasSubject ? model.rows.find(isSubject) : model.rows[0];
  if (!row) {
    const who = query.model ? `model "${query.model}"` : `paper "${query.paper}"`;
    throw new QueryError(`The ${boardName(chosen.board)} leaderboard has no result for the ${who}.`);
  }
  const value = row.result.values[metric.name];
  return {
    board: chosen.board,
    metric,
    result: row.result,
    rank: row.rank,
    of: model.rows.filter((r) => r.rank !== null).length,
    // The table writes values for the element's lang; a badge is read out of any page, so in plain English digits.
    valueText: value ? formatMetricValue(value, { locale: 'en' }) : '',
    hasSubject,
  };
}

/** Where the query's model or paper (or, without one, the leader) stands on the board the query names. */
export function boardStanding(feed: Feed, query: StandingQuery): Standing {
  return standingOn(feed, chooseBoard(feed, standingBoard(query)), query);
}

/**
 * One standing per board the query's model or paper has a result on, in feed order. `metric` ranks where the
 * board has it, else the board's default. Throws when the model or paper is on no board.
 */
export function allStandings(feed: Feed, query: StandingQuery): Standing[] {
  if (!query.model && !query.paper) throw new QueryError('A badge per board needs a model or a paper to find on them.');
  const onBoard = (board: Leaderboard): StandingQuery => {
    const hasMetric = query.metric && board.metrics.some((m) => comparable(m.name) === comparable(query.metric!));
    return { ...query, task: board.task, dataset: board.id, metric: hasMetric ? query.metric : undefined };
  };
  const boards = query.paper
    ? [...new Set(paperResults(feed, query.paper).map((row) => row.leaderboard))]
    // A model is found as the table's highlight finds it (its name, or its paper's title or ids).
    : feed.leaderboards.filter((board) => {
      const chosen = chooseBoard(feed, standingBoard(onBoard(board)));
      return chosen.results.some(chosen.isHighlighted);
    });
  if (!boards.length) {
    const who = query.model ? `model "${query.model}"` : `paper "${query.paper}"`;
    throw new QueryError(`No leaderboard in the feed has a result for the ${who}.`);
  }
  return boards.map((board) => boardStanding(feed, onBoard(board)));
}
