// One model's results across a feed, for a card that shows "my model's results" as a paper card shows a paper's:
// the Hub's eval results of one model, or a lab's feed with its model on many boards. A model is named as loosely
// as a board is (case, spaces and punctuation aside), and a Hub id matches its name without the owner
// ("Qwen3.5-397B-A17B" finds "Qwen/Qwen3.5-397B-A17B").
import type { Feed, PaperResultRow } from './types.js';
import { normalizeName } from './find-leaderboard.js';
import { resultRows } from './internal/result-rows.js';
import { closest, diceSimilarity } from './internal/similarity.js';

/** The names a model is found by: its whole name, and without a Hub owner ("org/"). */
function modelKeys(model: string): string[] {
  const keys = [normalizeName(model)];
  const slash = model.indexOf('/');
  if (slash > 0) keys.push(normalizeName(model.slice(slash + 1)));
  return keys.filter(Boolean);
}

/** Every result of the model `query` names, as results-table rows (see paperResults). */
export function modelResults(feed: Feed, query: string): PaperResultRow[] {
  const wanted = normalizeName(query);
  if (!wanted) return [];
  return resultRows(feed, (result) => modelKeys(result.model).includes(wanted));
}

/** The feed's model names that read most like `query` (best first, at most `n`), for "did you mean". */
export function nearestModels(feed: Feed, query: string, n = 3): string[] {
  const names = [...new Set(feed.leaderboards.flatMap((board) => board.results.map((result) => result.model)))];
  const wanted = normalizeName(query);
  return closest(names, (name) => Math.max(...modelKeys(name).map((key) => diceSimilarity(wanted, key))), n);
}
