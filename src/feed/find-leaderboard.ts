import type { Feed, Leaderboard } from './types.js';
import { closest, diceSimilarity } from './internal/similarity.js';
import { plainLetters } from './internal/paper-ids.js';

export interface LeaderboardQuery {
  task?: string;
  /** Without it, the task alone chooses. */
  dataset?: string;
}

const TRAILING_PARENS = /^(.*\S)\s*\(\s*([^()\s]+)\s*\)\s*$/s;

/**
 * The abbreviation in a trailing "(NER)" when it abbreviates the words before it (its letters appear in order,
 * starting with the first), so "Named Entity Recognition (NER)" loses it but "ImageNet (ReaL)" keeps its variant.
 */
function trailingAbbreviation(name: string): { stem: string; abbreviation: string } | null {
  const match = TRAILING_PARENS.exec(name);
  if (!match) return null;
  const [, stem, abbreviation] = match;
  if ((abbreviation.match(/[A-Z]/g) ?? []).length < 2) return null;
  const short = plainLetters(abbreviation);
  const long = plainLetters(stem);
  if (short.length < 2 || short[0] !== long[0]) return null;
  let at = 0;
  for (const letter of short) {
    at = long.indexOf(letter, at) + 1;
    if (at === 0) return null;
  }
  return { stem, abbreviation };
}

/**
 * A task or dataset name in a comparable form: lower case, accents, punctuation, "-" and "_" gone, words single
 * spaced, letters joined to the digits after them, and a trailing abbreviation of the name dropped:
 * "Named Entity Recognition (NER)", "named-entity-recognition" → "named entity recognition";
 * "Species-800", "Species 800", "Species800" → "species800".
 */
export function normalizeName(name: string): string {
  const text = String(name ?? '');
  const stem = trailingAbbreviation(text)?.stem ?? text;
  return stem
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/([a-z]) (?=\d)/g, '$1');
}

/**
 * Every spelling a name answers to, as space-free keys: the name itself, its trailing abbreviation, and all its
 * letters and digits (so the slug a splitter names a file with, "named-entity-recognition-ner", finds its board).
 */
export function nameKeys(name: string): string[] {
  const keys = [normalizeName(name).replace(/ /g, ''), plainLetters(String(name ?? ''))];
  const abbreviation = trailingAbbreviation(String(name ?? ''))?.abbreviation;
  if (abbreviation) keys.push(plainLetters(abbreviation));
  return keys.filter((key) => key !== '');
}

/** True when a task or dataset name answers to `query` as findLeaderboard compares them ("ner" is "Named Entity Recognition (NER)"). */
export function sameName(query: string, name: string): boolean {
  const wanted = nameKeys(query);
  return nameKeys(name).some((key) => wanted.includes(key));
}

function matches(board: Leaderboard, query: LeaderboardQuery): boolean {
  const task = query.task?.trim();
  const dataset = query.dataset?.trim();
  if (!task && !dataset) return false; // nothing asked
  if (dataset && plainLetters(dataset) === plainLetters(board.id)) return true;
  if (dataset && !sameName(dataset, board.dataset)) return false;
  return !task || sameName(task, board.task);
}

/**
 * The leaderboard for a dataset (and task, when given), or for a task alone, forgiving of case, punctuation,
 * "-"/"_", spaces before digits and trailing abbreviations; the board's id ("task--dataset") also matches a dataset.
 * When several boards match (a task alone, one dataset under several tasks and no task given, or boards a merge
 * could not tell apart) the one with the most results wins, then the first in the feed. undefined when none
 * matches, or nothing is asked: see nearestLeaderboards.
 */
export function findLeaderboard(feed: Feed, query: LeaderboardQuery): Leaderboard | undefined {
  let found: Leaderboard | undefined;
  for (const board of feed.leaderboards) {
    if (matches(board, query) && (!found || board.results.length > found.results.length)) found = board;
  }
  return found;
}

/**
 * Leaderboards whose "task dataset" reads most like the query's (best first, at most `n`), for "did you mean";
 * a query of a task alone is compared with the boards' tasks.
 */
export function nearestLeaderboards(feed: Feed, { task = '', dataset = '' }: LeaderboardQuery, n = 5): Leaderboard[] {
  const wanted = plainLetters(task + dataset);
  return closest(feed.leaderboards, (board) => {
    if (!dataset) return diceSimilarity(wanted, plainLetters(board.task));
    const datasetScore = diceSimilarity(plainLetters(dataset), plainLetters(board.dataset));
    return task ? Math.max(diceSimilarity(wanted, plainLetters(board.task + board.dataset)), datasetScore * 0.9) : datasetScore;
  }, n);
}
