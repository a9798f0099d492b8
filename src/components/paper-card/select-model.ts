// Which model the card shows, for a `model` query: its results across the feed's boards (the Hub's eval results of
// one model, or a lab's model on many boards), its name as the feed writes it and its own page when the source
// names one.
import type { Feed, PaperResultRow } from '../../feed/types.js';
import { modelResults, nearestModels } from '../../feed/model-results.js';

export type ModelSelection =
  | { kind: 'found'; name: string; url: string | undefined; rows: PaperResultRow[] }
  | { kind: 'not-found'; query: string; suggestions: string[] };

export function selectModel(feed: Feed, query: string): ModelSelection {
  const rows = modelResults(feed, query);
  if (rows.length === 0) return { kind: 'not-found', query, suggestions: nearestModels(feed, query, 3) };
  const first = rows.find((row) => row.result.modelUrl)?.result ?? rows[0].result;
  return { kind: 'found', name: first.model, url: first.modelUrl, rows };
}

/** The one model every result of the feed belongs to (a model's eval results), or null. */
export function soleModel(feed: Feed): string | null {
  const models = new Set(feed.leaderboards.flatMap((board) => board.results.map((result) => result.model)));
  return models.size === 1 ? [...models][0] : null;
}
