// Our own format (schema/sota-feed.schema.json): {version: 1, source, updated, leaderboards, papers}. It is the
// one format that states metric directions and units, and the one whose readers we control, so unknown fields
// are reported rather than passed over.
import { FeedError } from '../feed-error.js';
import { rawValuesAt, type BoardBuilder, type ResultDraft } from '../internal/board-builder.js';
import { codeLinkList } from '../internal/code-links.js';
import { dateFields, optionalDate } from '../internal/dates.js';
import { paperId, paperRef } from '../internal/paper-ids.js';
import type { PaperSet } from '../internal/paper-set.js';
import {
  describe, expectArray, expectObject, field, isObject, optionalBoolean, optionalNumber, optionalText, pointer, requiredText, textList,
  warnUnknownFields, type JsonObject, type WarningLog,
} from '../internal/read.js';
import { arxivIdIn, optionalUrl } from '../internal/urls.js';
import type { Direction, Paper, PaperRef, Source } from '../types.js';

export const FORMAT_VERSION = 1;

const FEED_FIELDS = new Set(['$schema', '$comment', '_comment', 'version', 'source', 'updated', 'leaderboards', 'papers']);
const BOARD_FIELDS = new Set(['id', 'task', 'dataset', 'description', 'source', 'cut', 'metrics', 'results', '$comment', '_comment']);
const METRIC_FIELDS = new Set(['name', 'direction', 'unit', 'description', 'descriptor']);
const RESULT_FIELDS = new Set([
  'id', 'model', 'date', 'values', 'intervals', 'extraData', 'paper', 'code', 'rank', 'modelUrl', 'verified', 'community', 'notes', '$comment', '_comment',
]);
const REF_FIELDS = new Set(['id', 'title', 'url', 'date', 'arxivId']);
const PAPER_FIELDS = new Set(['id', 'title', 'authors', 'date', 'venue', 'abstract', 'url', 'pdf', 'code', 'tasks', 'arxivId', 'bibtex', '$comment', '_comment']);
const SOURCE_FIELDS = new Set(['name', 'url', 'license']);

export interface OwnFeedHeader {
  source: Source | null;
  updated: string | null;
}

export function readOwnFormat(input: unknown, builder: BoardBuilder, papers: PaperSet, log: WarningLog): OwnFeedHeader {
  const feed = expectObject(input, '', 'a sota-widgets feed object ({version, leaderboards, papers})');
  warnUnknownFields(feed, FEED_FIELDS, '', log);
  const version = field(feed, 'version');
  if (version === undefined) log.add('missing-field', '/version', `The feed has no "version"; read it as version ${FORMAT_VERSION}.`);
  else if (version !== FORMAT_VERSION) {
    throw new FeedError(`This feed is format version ${String(version)}; this sota-widgets reads version ${FORMAT_VERSION}.`, '/version');
  }
  const source = readSource(feed, '', log);
  for (const [index, board] of optionalList(feed, 'leaderboards', '', 'a list of leaderboards').entries()) {
    readBoard(board, pointer('/leaderboards', index), builder, log);
  }
  for (const [index, paper] of optionalList(feed, 'papers', '', 'a list of papers').entries()) {
    const path = pointer('/papers', index);
    papers.add(readPaper(paper, path, log), path);
  }
  return { source, updated: optionalDate(feed, 'updated', '', log)?.date ?? null };
}

function readBoard(input: unknown, path: string, builder: BoardBuilder, log: WarningLog): void {
  const object = expectObject(input, path, 'a leaderboard ({task, dataset, metrics, results})');
  warnUnknownFields(object, BOARD_FIELDS, path, log);
  const board = builder.board(requiredText(object, 'task', path, 'a task name'), requiredText(object, 'dataset', path, 'a dataset name'), path, {
    id: optionalText(object, 'id', path, log),
    description: optionalText(object, 'description', path, log),
    source: readSource(object, path, log),
  });
  const cut = field(object, 'cut');
  const [read, total] = isObject(cut) ? [Number(field(cut, 'read')), Number(field(cut, 'total'))] : [];
  if (total! > read!) board.cut = { read: read!, total: total! }; // NaN (a missing or odd count) compares false
  builder.addMetricList(board, optionalList(object, 'metrics', path, 'a list of metrics').map((metric, index) => {
    const at = pointer(pointer(path, 'metrics'), index);
    if (typeof metric === 'string' && metric.trim()) return { name: metric.trim(), path: at };
    const spec = expectObject(metric, at, 'a metric ({name, direction, unit})');
    warnUnknownFields(spec, METRIC_FIELDS, at, log);
    const descriptor = optionalBoolean(spec, 'descriptor', at, log);
    return {
      name: requiredText(spec, 'name', at, 'a metric name'), direction: readDirection(spec, at, log), unit: optionalText(spec, 'unit', at, log),
      ...(descriptor === null ? {} : { descriptor }), path: at,
    };
  }));
  for (const [index, result] of optionalList(object, 'results', path, 'a list of results').entries()) {
    const at = pointer(pointer(path, 'results'), index);
    const row = expectObject(result, at, 'a result ({model, values})');
    warnUnknownFields(row, RESULT_FIELDS, at, log);
    const values = rawValuesAt(row, 'values', at);
    // An interval "±" cannot say, beside the values ({metric: [lower, upper]}), so a reader that predates it still
    // reads every value; one that is not two numbers, or is beside no value, is reported and ignored.
    const intervals = field(row, 'intervals');
    if (isObject(intervals)) {
      const where = pointer(at, 'intervals');
      warnUnknownFields(intervals, new Set(values.map((value) => value.metric)), where, log);
      for (const value of values) {
        const pair = field(intervals, value.metric);
        if (Array.isArray(pair) && pair.length === 2 && pair.every(Number.isFinite)) value.interval = pair as [number, number];
        else if (pair !== undefined) log.add('unreadable-value', pointer(where, value.metric), 'Expected an interval, [lower, upper]; ignored it.', pair);
      }
    }
    const model = optionalText(row, 'model', at, log);
    if (model === null) log.add('missing-field', pointer(at, 'model'), 'A result has no model name; shown as "Unnamed model".');
    builder.addResult(board, {
      id: optionalText(row, 'id', at, log),
      model: model ?? 'Unnamed model',
      ...dateFields(optionalDate(row, 'date', at, log)),
      values,
      extraData: optionalBoolean(row, 'extraData', at, log),
      paper: readRef(row, at, log),
      code: codeLinkList(row, 'code', at, log),
      marks: readMarks(row, at, log),
    });
  }
}

/** The source's own rank, model page, verified and community marks and notes, where the file has them. */
function readMarks(row: JsonObject, path: string, log: WarningLog): ResultDraft['marks'] {
  const community = field(row, 'community');
  const marks = {
    rank: optionalNumber(row, 'rank', path, log),
    modelUrl: optionalUrl(row, 'modelUrl', path, log),
    verified: optionalBoolean(row, 'verified', path, log),
    community: isObject(community) ? { pullRequest: optionalNumber(community, 'pullRequest', pointer(path, 'community'), log) } : null,
    notes: optionalText(row, 'notes', path, log),
  };
  // A mark the file does not give stays absent (results are compared deeply).
  return Object.fromEntries(Object.entries(marks).filter(([, value]) => value !== null));
}

function readDirection(spec: JsonObject, path: string, log: WarningLog): Direction | null {
  const value = field(spec, 'direction');
  if (value === undefined || value === null) return null;
  if (value === 'higher' || value === 'lower') return value;
  log.add('unreadable-value', pointer(path, 'direction'), `Direction must be "higher" or "lower", found ${describe(value)}; inferred it from the name instead.`, value);
  return null;
}

/** A result's paper: a paper id (string) or a reference object. */
function readRef(row: JsonObject, path: string, log: WarningLog): PaperRef | null {
  const value = field(row, 'paper');
  if (value === undefined || value === null) return null;
  const at = pointer(path, 'paper');
  if (typeof value === 'string') return paperRef(null, null, { date: null }, value.trim() || null); // a bare paper id
  const ref = expectObject(value, at, 'a paper id or reference ({id, title, url, date})');
  warnUnknownFields(ref, REF_FIELDS, at, log);
  const url = optionalUrl(ref, 'url', at, log);
  const made = paperRef(optionalText(ref, 'title', at, log), url, dateFields(optionalDate(ref, 'date', at, log)), optionalText(ref, 'id', at, log));
  const arxivId = arxivIdIn(optionalText(ref, 'arxivId', at, log));
  return made && arxivId ? { ...made, arxivId } : made;
}

function readPaper(input: unknown, path: string, log: WarningLog): Paper {
  const paper = expectObject(input, path, 'a paper ({id, title, ...})');
  warnUnknownFields(paper, PAPER_FIELDS, path, log);
  const url = optionalUrl(paper, 'url', path, log);
  const title = requiredText(paper, 'title', path, 'a paper title');
  const arxivId = arxivIdIn(optionalText(paper, 'arxivId', path, log)) ?? arxivIdIn(url);
  return {
    id: optionalText(paper, 'id', path, log) ?? paperId({ url, arxivId, title }) ?? title,
    title,
    authors: textList(paper, 'authors', path, log),
    ...dateFields(optionalDate(paper, 'date', path, log)),
    venue: optionalText(paper, 'venue', path, log),
    abstract: optionalText(paper, 'abstract', path, log),
    url,
    pdf: optionalUrl(paper, 'pdf', path, log),
    code: codeLinkList(paper, 'code', path, log),
    tasks: textList(paper, 'tasks', path, log),
    arxivId,
    bibtex: optionalText(paper, 'bibtex', path, log),
  };
}

function readSource(object: JsonObject, path: string, log: WarningLog): Source | null {
  const value = field(object, 'source');
  if (value === undefined || value === null) return null;
  const at = pointer(path, 'source');
  if (!isObject(value)) {
    log.add('unreadable-value', at, `Expected a source object ({name, url, license}), found ${describe(value)}; ignored it.`, value);
    return null;
  }
  warnUnknownFields(value, SOURCE_FIELDS, at, log);
  return { name: optionalText(value, 'name', at, log), url: optionalUrl(value, 'url', at, log), license: optionalText(value, 'license', at, log) };
}

function optionalList(object: JsonObject, key: string, path: string, what: string): unknown[] {
  const value = field(object, key);
  return value === undefined || value === null ? [] : expectArray(value, pointer(path, key), what);
}
