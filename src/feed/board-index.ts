// The board index (`index.json`): one line per leaderboard (its task, dataset, ranking metric, best result, result
// count and frontier), for a page that lists many boards without loading them all. The splitter and the Hugging
// Face fetcher write it, <sota-index> reads it, and computes the same thing from feeds when given no index. One
// module owns the shape, and best and frontier come from rankResults and stateOfTheArt, so an index never disagrees
// with the board it summarises.
import { FeedError } from './feed-error.js';
import { isDescriptorMetric, metricDirection } from './metric-direction.js';
import { parseMetricValue } from './metric-value.js';
import { defaultMetric, rankResults } from './rank-results.js';
import { stateOfTheArt } from './state-of-the-art.js';
import { normalizeName } from './find-leaderboard.js';
import { metricValueOf } from './internal/resolve-metric.js';
import { slugify } from './internal/paper-ids.js';
import { optionalDate, readDate } from './internal/dates.js';
import { optionalUrl } from './internal/urls.js';
import {
  describe, expectArray, expectObject, field, isObject, optionalText, pointer, requiredText, warnUnknownFields,
  WarningLog, type JsonObject,
} from './internal/read.js';
import { parseFeed } from './parse-feed.js';
import type { Direction, Feed, FeedWarning, Leaderboard, ParseOptions, Source } from './types.js';

export const INDEX_FORMAT = 'sota-widgets-index';
export const INDEX_VERSION = 1;

/** The board's best result by its ranking metric: rank 1 of rankResults (the first of a tie, in feed order). */
export interface BoardIndexBest {
  model: string;
  /** The number ranked by, or null when the index gives only text. */
  value: number | null;
  /** The value as shown ("89.1", "0.8428 ± 0.0014"). */
  text: string;
  /** YYYY-MM-DD, or null. */
  date: string | null;
  /** The paper's title (else its id), or null. */
  paper: string | null;
}

/** One leaderboard of the index. */
export interface BoardIndexEntry {
  dataset: string;
  /** Where the board's own feed is, relative to the index ("named-entity-recognition/ncbi-disease.json"). */
  file?: string;
  /** How many results the board has. */
  results?: number;
  /** The ranking metric (the board's first score metric) and which way it improves. */
  metric?: string;
  direction?: Direction;
  best?: BoardIndexBest;
  /** The best-so-far records in date order, as [YYYY-MM-DD, value]. */
  frontier?: [string, number][];
}

export interface BoardIndexTask {
  task: string;
  /** The task this one is a subtask of, when the source says. */
  parent?: string;
  datasets: BoardIndexEntry[];
}

export interface BoardIndex {
  format: typeof INDEX_FORMAT;
  version: typeof INDEX_VERSION;
  source?: Source;
  /** When the boards were last updated (YYYY-MM-DD). */
  updated?: string;
  tasks: BoardIndexTask[];
}

export interface BuildBoardIndexOptions {
  /** The file each board is written to (the splitter's), or null for none; default none. */
  fileFor?: (board: Leaderboard) => string | null | undefined;
  source?: Source | null;
  updated?: string | null;
}

/**
 * The index of `boards`: grouped by task (boards whose task names match as findLeaderboard compares them share a
 * group, named as the first one spells it), tasks and boards in the order they first appear.
 */
export function buildBoardIndex(boards: readonly Leaderboard[], options: BuildBoardIndexOptions = {}): BoardIndex {
  const index = new BoardIndexBuilder();
  for (const board of boards) index.add(board.task, indexEntry(board, options.fileFor?.(board) ?? null));
  return index.build(options);
}

/**
 * An index built one board's line at a time, grouped as buildBoardIndex groups them, for a writer that must not
 * hold every board at once (split streams the whole archive): only the lines are kept.
 */
export class BoardIndexBuilder {
  readonly #tasks = new Map<string, BoardIndexTask>();

  /** Adds a board's line (indexEntry) under its task; `parent` is kept from the task's first line. */
  add(task: string, entry: BoardIndexEntry, parent: string | null = null): void {
    const key = normalizeName(task) || task;
    let group = this.#tasks.get(key);
    if (!group) {
      group = parent ? { task, parent, datasets: [] } : { task, datasets: [] };
      this.#tasks.set(key, group);
    }
    group.datasets.push(entry);
  }

  build(options: Pick<BuildBoardIndexOptions, 'source' | 'updated'> = {}): BoardIndex {
    // Written in this key order, so a reader of the file meets what it is and where it comes from first.
    return {
      format: INDEX_FORMAT,
      version: INDEX_VERSION,
      ...(options.source ? { source: options.source } : {}),
      ...(options.updated ? { updated: options.updated } : {}),
      tasks: [...this.#tasks.values()],
    };
  }
}

/** Boards grouped as buildBoardIndex groups them: by task name compared as findLeaderboard does, in first-seen order. */
export function boardsByTask(boards: readonly Leaderboard[]): { task: string; boards: Leaderboard[] }[] {
  const tasks = new Map<string, { task: string; boards: Leaderboard[] }>();
  for (const board of boards) {
    const key = normalizeName(board.task) || board.task;
    let group = tasks.get(key);
    if (!group) {
      group = { task: board.task, boards: [] };
      tasks.set(key, group);
    }
    group.boards.push(board);
  }
  return [...tasks.values()];
}

/** One board's line of the index. */
export function indexEntry(board: Leaderboard, file: string | null = null): BoardIndexEntry {
  const entry: BoardIndexEntry = { dataset: board.dataset };
  if (file) entry.file = file;
  entry.results = board.results.length;
  const metric = defaultMetric(board);
  if (!metric) return entry;
  entry.metric = metric.name;
  entry.direction = metric.direction;
  const top = rankResults(board, metric)[0];
  if (top && top.rank !== null) {
    const value = metricValueOf(top.result, metric.name);
    entry.best = {
      model: top.result.model,
      value: value?.value ?? null,
      text: value?.text || value?.raw || '',
      date: top.result.date,
      paper: top.result.paper?.title ?? top.result.paper?.id ?? null,
    };
  }
  const frontier = stateOfTheArt(board, metric);
  if (frontier.length) {
    entry.frontier = frontier.map((result) => [result.date as string, metricValueOf(result, metric.name)?.value as number]);
  }
  return entry;
}

/** A name as a file or URL segment: slugify's, else (a name with no ASCII letter or digit) its code points. */
export function nameSlug(name: string): string {
  const slug = slugify(name);
  if (slug) return slug;
  const codes = [...String(name ?? '').trim()].map((char) => char.codePointAt(0)!.toString(16));
  return codes.length ? `u-${codes.join('-')}` : 'unnamed';
}

/** The slugs a splitter names a board's file with: `{task}/{dataset}.json`. */
export function boardSlugs(task: string, dataset: string): { task: string; dataset: string } {
  return { task: nameSlug(task), dataset: nameSlug(dataset) };
}

/** The file a splitter writes a board to, relative to its index: "named-entity-recognition/ncbi-disease.json". */
export function boardFile(task: string, dataset: string): string {
  const slugs = boardSlugs(task, dataset);
  return `${slugs.task}/${slugs.dataset}.json`;
}

/**
 * A link template filled in for one board: `{task}` and `{dataset}` become the slugs boardSlugs gives, `{file}` the
 * index's file for it ("" when it has none). "boards/{task}/{dataset}.html" → "boards/language-modelling/wikitext-103.html".
 */
export function fillBoardTemplate(template: string, task: string, dataset: string, file: string | null = null): string {
  const slugs = boardSlugs(task, dataset);
  return template.replace(/\{(task|dataset|file)\}/g, (_, key: string) => (key === 'file' ? file ?? '' : slugs[key as 'task' | 'dataset']));
}

// ---- Reading an index file ------------------------------------------------------------------------------------

const INDEX_FIELDS = new Set(['$schema', '$comment', 'format', 'version', 'source', 'updated', 'tasks']);
const TASK_FIELDS = new Set(['task', 'parent', 'datasets']);
const ENTRY_FIELDS = new Set(['dataset', 'file', 'results', 'metric', 'direction', 'best', 'frontier']);
const BEST_FIELDS = new Set(['model', 'value', 'text', 'date', 'paper']);
const SOURCE_FIELDS = new Set(['name', 'url', 'license']);

/** True for JSON that says it is a board index (its `format` key). */
export function isBoardIndex(input: unknown): boolean {
  return isObject(input) && field(input, 'format') === INDEX_FORMAT;
}

/**
 * Reads and checks an index file. Throws FeedError (with a JSON pointer) for what it cannot do without: not an
 * index, a later version, no list of tasks, a task or board without a name. Everything else odd is kept or left
 * out with a warning.
 */
export function parseBoardIndex(input: unknown): { index: BoardIndex; warnings: FeedWarning[] } {
  const log = new WarningLog();
  const object = expectObject(input, '', `a board index ({"format": "${INDEX_FORMAT}", "tasks": [...]})`);
  if (field(object, 'format') !== INDEX_FORMAT) {
    throw new FeedError(`Expected "format": "${INDEX_FORMAT}", found ${describe(field(object, 'format'))}.`, '/format');
  }
  warnUnknownFields(object, INDEX_FIELDS, '', log);
  const version = field(object, 'version');
  if (version === undefined) log.add('missing-field', '/version', `The index has no "version"; read it as version ${INDEX_VERSION}.`);
  else if (version !== INDEX_VERSION) {
    throw new FeedError(`This index is version ${String(version)}; this sota-widgets reads version ${INDEX_VERSION}.`, '/version');
  }
  const index: BoardIndex = { format: INDEX_FORMAT, version: INDEX_VERSION, tasks: [] };
  const source = readSource(object, log);
  if (source) index.source = source;
  const updated = optionalDate(object, 'updated', '', log)?.date;
  if (updated) index.updated = updated;
  expectArray(field(object, 'tasks'), '/tasks', 'a list of tasks').forEach((task, t) => {
    const at = pointer('/tasks', t);
    const spec = expectObject(task, at, 'a task ({task, datasets})');
    warnUnknownFields(spec, TASK_FIELDS, at, log);
    const group: BoardIndexTask = { task: requiredText(spec, 'task', at, 'a task name'), datasets: [] };
    const parent = optionalText(spec, 'parent', at, log);
    if (parent) group.parent = parent;
    const datasets = field(spec, 'datasets');
    if (datasets === undefined || datasets === null) log.add('missing-field', pointer(at, 'datasets'), `The task "${group.task}" lists no datasets.`);
    else expectArray(datasets, pointer(at, 'datasets'), 'a list of datasets').forEach((entry, d) => {
      group.datasets.push(readEntry(entry, pointer(pointer(at, 'datasets'), d), log));
    });
    index.tasks.push(group);
  });
  return { index, warnings: log.warnings };
}

function readSource(object: JsonObject, log: WarningLog): Source | null {
  const value = field(object, 'source');
  if (value === undefined || value === null) return null;
  if (!isObject(value)) {
    log.add('unreadable-value', '/source', `Expected a source object ({name, url, license}), found ${describe(value)}; ignored it.`, value);
    return null;
  }
  warnUnknownFields(value, SOURCE_FIELDS, '/source', log);
  return { name: optionalText(value, 'name', '/source', log), url: optionalUrl(value, 'url', '/source', log), license: optionalText(value, 'license', '/source', log) };
}

// An index names a few metrics thousands of times: each name is judged once per process.
const descriptorNames = new Map<string, boolean>();
function isDescriptor(metric: string): boolean {
  let descriptor = descriptorNames.get(metric);
  if (descriptor === undefined) {
    descriptor = isDescriptorMetric(metric);
    if (descriptorNames.size > 1000) descriptorNames.clear();
    descriptorNames.set(metric, descriptor);
  }
  return descriptor;
}

function readEntry(input: unknown, path: string, log: WarningLog): BoardIndexEntry {
  const spec = expectObject(input, path, 'a board ({dataset, results, metric, best, frontier})');
  warnUnknownFields(spec, ENTRY_FIELDS, path, log);
  const entry: BoardIndexEntry = { dataset: requiredText(spec, 'dataset', path, 'a dataset name') };
  const file = optionalText(spec, 'file', path, log);
  if (file) entry.file = file;
  const results = field(spec, 'results');
  if (typeof results === 'number' && Number.isInteger(results) && results >= 0) entry.results = results;
  else if (results !== undefined && results !== null) {
    log.add('unreadable-value', pointer(path, 'results'), `Expected a count of results, found ${describe(results)}; left it out.`, results);
  }
  const metric = optionalText(spec, 'metric', path, log);
  if (metric) {
    entry.metric = metric;
    entry.direction = readDirection(spec, path, log) ?? metricDirection(metric);
    if (isDescriptor(metric)) log.add('other', pointer(path, 'metric'), `"${metric}" describes models rather than scores them; it is shown as the ranking metric anyway.`, metric);
  }
  const best = readBest(spec, path, log);
  if (best) entry.best = best;
  const frontier = readFrontier(spec, path, log);
  if (frontier.length) entry.frontier = frontier;
  return entry;
}

function readDirection(spec: JsonObject, path: string, log: WarningLog): Direction | null {
  const value = field(spec, 'direction');
  if (value === undefined || value === null) return null;
  if (value === 'higher' || value === 'lower') return value;
  log.add('unreadable-value', pointer(path, 'direction'), `Direction must be "higher" or "lower", found ${describe(value)}; inferred it from the metric's name instead.`, value);
  return null;
}

function readBest(spec: JsonObject, path: string, log: WarningLog): BoardIndexBest | null {
  const value = field(spec, 'best');
  if (value === undefined || value === null) return null;
  const at = pointer(path, 'best');
  if (!isObject(value)) {
    log.add('unreadable-value', at, `Expected the best result ({model, value, text, date, paper}), found ${describe(value)}; ignored it.`, value);
    return null;
  }
  warnUnknownFields(value, BEST_FIELDS, at, log);
  const model = optionalText(value, 'model', at, log);
  if (model === null) log.add('missing-field', pointer(at, 'model'), 'The best result has no model name; shown as "Unnamed model".');
  // The number as parseMetricValue reads any feed's values ("89.1%", "2.4M"), the text kept as written.
  const raw = field(value, 'value');
  const read = raw === undefined || raw === null ? null : parseMetricValue(raw);
  if (read && read.value === null) log.add('unreadable-value', pointer(at, 'value'), `Could not read ${JSON.stringify(read.raw)} as a number; shown as written.`, raw);
  const text = optionalText(value, 'text', at, log);
  return {
    model: model ?? 'Unnamed model',
    value: read?.value ?? null,
    text: text ?? (read ? read.text || read.raw : ''),
    date: optionalDate(value, 'date', at, log)?.date ?? null,
    paper: optionalText(value, 'paper', at, log),
  };
}

function readFrontier(spec: JsonObject, path: string, log: WarningLog): [string, number][] {
  const value = field(spec, 'frontier');
  if (value === undefined || value === null) return [];
  const at = pointer(path, 'frontier');
  if (!Array.isArray(value)) {
    log.add('unreadable-value', at, `Expected the frontier as a list of [date, value] pairs, found ${describe(value)}; ignored it.`, value);
    return [];
  }
  const points: [string, number][] = [];
  value.forEach((point, p) => {
    const date = Array.isArray(point) && typeof point[0] === 'string' ? readDate(point[0]) : null;
    const number = Array.isArray(point) ? parseMetricValue(point[1]).value : null;
    if (date && number !== null) points.push([date.date, number]);
    else log.add('unreadable-value', pointer(at, p), `Expected a [YYYY-MM-DD, number] pair, found ${JSON.stringify(point) ?? describe(point)}; the sparkline leaves it out.`, point);
  });
  // A hand-made index may list its records out of order; the sparkline draws them in time order.
  return points.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/**
 * Any feed or an index, as a Feed: an index file becomes a Feed that carries it in `index` and has no boards of its
 * own; everything else goes through parseFeed. What <sota-index> reads its `src` with.
 */
export function parseFeedOrIndex(input: unknown, options?: ParseOptions): Feed {
  if (!isBoardIndex(input)) return parseFeed(input, options);
  const { index, warnings } = parseBoardIndex(input);
  return { format: INDEX_FORMAT, leaderboards: [], papers: [], warnings, source: index.source ?? null, updated: index.updated ?? null, index };
}
