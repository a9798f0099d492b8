// The order a written feed lists a board's metrics in: scores first, then the columns that describe a model (a text
// column, the source's rank, vote counts). The elements show metrics in feed order, and a reader of the file sees
// what ranks before what describes; the descriptor flag itself is written by toOwnFormat where names do not tell.
import type { Feed } from '../feed/types.js';

export function scoresFirst(feed: Feed): Feed {
  return {
    ...feed,
    leaderboards: feed.leaderboards.map((board) => ({
      ...board, metrics: [...board.metrics.filter((m) => !m.descriptor), ...board.metrics.filter((m) => m.descriptor)],
    })),
  };
}
