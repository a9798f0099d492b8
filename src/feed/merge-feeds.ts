import type { CodeLink, DirectionSource, Feed, Leaderboard, Metric, Paper, Result } from './types.js';
import { normalizeName } from './find-leaderboard.js';
import { adoptMergedDate } from './internal/dates.js';
import { mergeCodeLinks } from './internal/code-links.js';
import { fillMissingFields } from './internal/paper-set.js';
import { paperIdentities, refIdentities } from './internal/paper-identity.js';

const DIRECTION_TRUST: Record<DirectionSource, number> = { inferred: 0, feed: 1, option: 2 };

const nameKey = (name: string): string => normalizeName(name).replace(/ /g, '');

/** `id`, or `id~2`, `id~3`… when another record already took it: ids stay unique within the merged feed. */
function uniqueId(id: string, taken: Set<string>): string {
  let unique = id;
  for (let n = 2; taken.has(unique); n++) unique = `${id}~${n}`;
  taken.add(unique);
  return unique;
}

function mergeCode(a: CodeLink[], b: CodeLink[]): CodeLink[] {
  const merged = [...a];
  mergeCodeLinks(merged, b);
  return merged;
}

function mergeMetric(metrics: Metric[], incoming: Metric): void {
  const index = metrics.findIndex((metric) => metric.name.trim().toLowerCase() === incoming.name.trim().toLowerCase());
  if (index < 0) {
    metrics.push(incoming);
    return;
  }
  const known = metrics[index];
  const trusted = DIRECTION_TRUST[incoming.directionSource] > DIRECTION_TRUST[known.directionSource] ? incoming : known;
  metrics[index] = { ...known, direction: trusted.direction, directionSource: trusted.directionSource, unit: known.unit ?? incoming.unit };
}

/** Same model, same values (as numbers, else as text) and, when both name a paper, the same paper. */
function resultSignature(result: Result): string {
  const values = Object.keys(result.values)
    .map((name) => {
      const value = result.values[name];
      return `${name.trim().toLowerCase()}=${value.value ?? `"${value.raw.trim()}"`}`;
    })
    .sort();
  return `${result.model.trim().toLowerCase()}\u0000${values.join('\u0000')}`;
}

function samePaper(a: Result, b: Result): boolean {
  if (!a.paper || !b.paper) return a.paper === b.paper;
  const theirs = new Set(refIdentities(b.paper));
  return refIdentities(a.paper).some((identity) => theirs.has(identity));
}

interface BoardBuilder {
  board: Leaderboard;
  resultIds: Set<string>;
  bySignature: Map<string, number[]>;
  /** For each merged result, the input feeds that contributed a row to it. */
  origins: Set<number>[];
}

// A row folds into an equal row only when no row of its own feed went there yet: two equal rows inside one feed
// are that feed's own data (the PWC archive has some), and a merge must not drop them silently.
function addResult(builder: BoardBuilder, result: Result, origin: number): void {
  const signature = resultSignature(result);
  const results = builder.board.results;
  const twins = builder.bySignature.get(signature) ?? [];
  const twin = twins.find((index) => !builder.origins[index].has(origin) && samePaper(results[index], result));
  if (twin !== undefined) {
    builder.origins[twin].add(origin);
    const known = results[twin];
    const merged: Result = {
      ...known,
      extraData: known.extraData ?? result.extraData,
      paper: known.paper ?? result.paper,
      code: mergeCode(known.code, result.code),
    };
    adoptMergedDate(merged, result);
    results[twin] = merged;
    return;
  }
  builder.bySignature.set(signature, [...twins, results.length]);
  builder.origins.push(new Set([origin]));
  results.push({ ...result, id: uniqueId(result.id, builder.resultIds) });
}

/** The first feed's record of a paper with what it lacks filled in from the other's; neither input changes. */
function mergePaper(known: Paper, incoming: Paper): Paper {
  const merged: Paper = { ...known, tasks: [...known.tasks], code: [...known.code] };
  fillMissingFields(merged, incoming);
  return merged;
}

// Feed-local ids ("0", "1") say nothing across feeds: papers are the same when they share an arXiv id, URL
// (PWC page, abstract or PDF) or title.
const paperMatchIdentities = (paper: Paper): string[] => paperIdentities(paper).filter((identity) => !identity.startsWith('id:'));

function mergePapers(feeds: Feed[]): Paper[] {
  const papers: Paper[] = [];
  const byIdentity = new Map<string, number>();
  const ids = new Set<string>();
  for (const paper of feeds.flatMap((feed) => feed.papers)) {
    const identities = paperMatchIdentities(paper);
    const index = identities.map((identity) => byIdentity.get(identity)).find((i) => i !== undefined);
    if (index === undefined) {
      identities.forEach((identity) => byIdentity.set(identity, papers.length));
      papers.push({ ...paper, id: uniqueId(paper.id, ids) });
    } else {
      papers[index] = mergePaper(papers[index], paper);
      paperMatchIdentities(papers[index]).forEach((identity) => byIdentity.set(identity, index));
    }
  }
  return papers;
}

/**
 * One feed from several (papers from one file, tables from another, boards from several). Leaderboards whose task
 * and dataset normalise alike (normalizeName) become one: metrics are united by name (a direction from the feed
 * or options beats an inferred one), results that repeat one another (same model, values and paper) are kept
 * once with missing date, paper and code filled in (equal rows within one feed are all kept). Papers sharing an arXiv id, URL or title become one, each
 * field taken from the first feed that has it. Ids stay unique (a clash gets "~2"); warnings are concatenated
 * (their paths point into their own input); source and updated come from the first feed that has them.
 * Inputs are not modified.
 */
export function mergeFeeds(...feeds: Feed[]): Feed {
  const builders = new Map<string, BoardBuilder>();
  const boardIds = new Set<string>();
  const boards = feeds.flatMap((feed, origin) => feed.leaderboards.map((board) => ({ board, origin })));
  for (const { board, origin } of boards) {
    const key = `${nameKey(board.task)}\u0000${nameKey(board.dataset)}`;
    let builder = builders.get(key);
    if (!builder) {
      builder = {
        board: { ...board, id: uniqueId(board.id, boardIds), metrics: [], results: [] },
        resultIds: new Set(),
        bySignature: new Map(),
        origins: [],
      };
      builders.set(key, builder);
    }
    const merged = builder.board;
    merged.description ??= board.description;
    merged.source ??= board.source;
    board.metrics.forEach((metric) => mergeMetric(merged.metrics, metric));
    board.results.forEach((result) => addResult(builder, result, origin));
  }
  return {
    format: 'merged',
    leaderboards: [...builders.values()].map((builder) => builder.board),
    papers: mergePapers(feeds),
    warnings: feeds.flatMap((feed) => feed.warnings),
    source: feeds.find((feed) => feed.source !== null)?.source ?? null,
    updated: feeds.find((feed) => feed.updated !== null)?.updated ?? null,
  };
}
