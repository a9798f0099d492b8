// The last check before a Feed made by hand reaches an element. parseFeed trusts a Feed handed back to it (elements
// accept parsed feeds through `.feed`), so a hand-made object whose lists hold null or numbers would crash
// rendering: checkParsedFeed refuses it with a readable error instead. (A Feed parseFeed made is checked and its
// text bounded already: see madeByParseFeed.)
import { FeedError } from '../feed/feed-error.js';
import { isObject } from '../feed/internal/read.js';
import type { Feed } from '../feed/types.js';

type Plain = Record<string, unknown>;

/** Throws FeedError (with a JSON pointer) when a parsed Feed's lists hold something other than what types.ts says. */
export function checkParsedFeed(feed: Feed): void {
  // Runs on every Feed handed to an element, 10,000 results at a time: the JSON pointer is only built on failure.
  const fail = (path: string, what: string): never => {
    throw new FeedError(`The parsed Feed given to the element is malformed: expected ${what}`, path);
  };
  const text = (value: unknown) => typeof value === 'string';
  const list = (value: unknown): value is unknown[] => Array.isArray(value);
  feed.leaderboards.forEach((board: unknown, b) => {
    const at = `/leaderboards/${b}`;
    if (!isObject(board)) fail(at, 'a leaderboard object');
    const { id, task, dataset, metrics, results } = board as Plain;
    if (!(text(id) && text(task) && text(dataset))) fail(at, 'text id, task and dataset');
    if (!list(metrics) || !list(results)) return fail(at, 'lists of metrics and results');
    metrics.forEach((metric, m) => isObject(metric) && text(metric.name) || fail(`${at}/metrics/${m}`, 'a metric with a name'));
    for (let r = 0; r < results.length; r++) {
      const result = results[r];
      if (!isObject(result) || !text(result.id) || !text(result.model)) fail(`${at}/results/${r}`, 'a result with a text id and model');
      const { values, code } = result as Plain;
      if (!isObject(values) || !everyValue(values, isObject)) fail(`${at}/results/${r}/values`, 'an object of metric values');
      if (!list(code) || !code.every(isObject)) fail(`${at}/results/${r}/code`, 'a list of code links');
    }
  });
  feed.papers.forEach((paper: unknown, p) => {
    const at = `/papers/${p}`;
    if (!isObject(paper) || !text(paper.id) || !text(paper.title)) fail(at, 'a paper with a text id and title');
    const { authors, code, tasks } = paper as Plain;
    if (!(list(authors) && list(code) && list(tasks))) fail(at, 'lists of authors, code links and tasks');
  });
  if (!feed.warnings.every(isObject)) fail('/warnings', 'a list of warning objects');
}

function everyValue(object: Plain, test: (value: unknown) => boolean): boolean {
  for (const key in object) if (!test(object[key])) return false;
  return true;
}
