// The leaderboard a command's --task, --dataset and --metric name, chosen by board-selection exactly as the
// elements' attributes choose it; but where an element shows a note and carries on, a file made for a README must
// not quietly show another board or metric, so those become errors that say what the feed has.
import type { Feed } from '../feed/types.js';
import { boardName, selectBoard, type ChosenBoard } from '../internal/board-selection.js';

export interface BoardQuery {
  task?: string;
  dataset?: string;
  /** The metric that ranks or is plotted; the board's first score metric when not given. */
  metric?: string;
  /** Names to mark, as the elements' `highlight` reads them (model, paper title, paper id or arXiv id). */
  highlight?: string[];
  hideExtraData?: boolean;
}

/** The query names no board, metric or result in the feed; the message says what there is instead. */
export class QueryError extends Error {
  override name = 'QueryError';
}

export function chooseBoard(feed: Feed, query: BoardQuery): ChosenBoard {
  const chosen = selectBoard(feed, {
    task: query.task ?? null, dataset: query.dataset ?? null, metric: query.metric ?? null,
    directions: { named: {}, bare: null }, hideExtraData: query.hideExtraData ?? false, highlight: query.highlight ?? [],
  });
  if (chosen.kind === 'missing') {
    const asked = [query.task, query.dataset].filter(Boolean).join(' on ');
    const nearest = chosen.nearest.map(boardName);
    throw new QueryError(`No leaderboard matches "${asked}".${nearest.length ? ` Nearest: ${nearest.join('; ')}.` : ''}`);
  }
  if (chosen.unknownMetric) {
    throw new QueryError(`The ${chosen.board.dataset} leaderboard has no metric "${chosen.unknownMetric}"; it has ${chosen.board.metrics.map((m) => m.name).join(', ')}.`);
  }
  if (!chosen.metric) throw new QueryError(`The ${boardName(chosen.board)} leaderboard has no metrics.`);
  return chosen;
}
