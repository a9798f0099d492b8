// Papers with Code REST API v1 pages. A results page (/evaluations/{id}/results/) is
// {count, next, previous, results: [{id, best_rank, metrics: {name: value}, methodology, uses_additional_data,
// paper, best_metric, evaluated_on, external_source_url}]} and says neither its task, its dataset nor which
// metrics are losses: those come from options.pwcApi ({task, dataset, metrics}), from the same keys on the page,
// or from an evaluation-table object {task, dataset, metrics: [{name, is_loss}], results}. Papers pages
// (/papers/) become papers. Metric-only and table-list pages hold no results and are refused with a hint.
import { FeedError } from '../feed-error.js';
import { rawValuesAt, type BoardBuilder } from '../internal/board-builder.js';
import { dateFields, optionalDate } from '../internal/dates.js';
import { paperRef } from '../internal/paper-ids.js';
import type { PaperSet } from '../internal/paper-set.js';
import {
  describe, expectArray, expectObject, field, has, isObject, optionalBoolean, optionalText, pointer,
  warnUnknownFields, type JsonObject, type WarningLog,
} from '../internal/read.js';
import type { Direction, PaperRef, PwcApiContext } from '../types.js';
import { readPwcPaper } from './pwc-papers.js';

const PAGE_FIELDS = new Set(['count', 'next', 'previous', 'results', 'id', 'task', 'dataset', 'description', 'mirror_url', 'metrics']);
const RESULT_FIELDS = new Set(['id', 'best_rank', 'metrics', 'methodology', 'uses_additional_data', 'paper', 'best_metric', 'evaluated_on', 'external_source_url']);

export function readPwcApi(input: unknown, context: PwcApiContext | undefined, builder: BoardBuilder, papers: PaperSet, log: WarningLog): void {
  const page = expectObject(input, '', 'a PWC API page ({count, next, previous, results})');
  warnUnknownFields(page, PAGE_FIELDS, '', log);
  let resultsPath = '/results';
  let results = field(page, 'results');
  if (isObject(results)) {
    // An evaluation table with its results page nested inside.
    results = field(results, 'results');
    resultsPath = '/results/results';
  }
  const items = expectArray(results, resultsPath, 'a list of results');
  const kind = pageKind(items);
  if (kind === 'papers') {
    items.forEach((item, index) => papers.add(readPwcPaper(item, pointer(resultsPath, index), log), pointer(resultsPath, index)));
    return;
  }
  if (kind === 'metrics') {
    throw new FeedError('This is a page of metrics, not results: pass it as options.pwcApi.metrics together with the results page.', resultsPath);
  }
  if (kind === 'tables') {
    throw new FeedError('This is a list of evaluation tables, not results: fetch /evaluations/{id}/results/ for the one to show.', resultsPath);
  }
  const task = context?.task ?? optionalText(page, 'task', '', log);
  const dataset = context?.dataset ?? optionalText(page, 'dataset', '', log);
  if (!task) log.add('missing-field', '/task', 'The page does not say its task; pass options.pwcApi.task. Shown as "Unknown task".');
  if (!dataset) log.add('missing-field', '/dataset', 'The page does not say its dataset; pass options.pwcApi.dataset. Shown as "Unknown dataset".');
  const board = builder.board(task || 'Unknown task', dataset || 'Unknown dataset', '', {
    id: null,
    description: optionalText(page, 'description', '', log),
  });
  const metricsFromOption = context?.metrics !== undefined;
  builder.addMetricList(board, readMetricList(metricsFromOption ? context?.metrics : field(page, 'metrics'), metricsFromOption ? null : '/metrics', log));
  items.forEach((item, index) => {
    const path = pointer(resultsPath, index);
    const row = expectObject(item, path, 'a result ({methodology, metrics, ...})');
    warnUnknownFields(row, RESULT_FIELDS, path, log);
    const values = rawValuesAt(row, 'metrics', path);
    if (!has(row, 'uses_additional_data')) log.add('missing-field', pointer(path, 'uses_additional_data'), 'The result does not say whether it used extra training data.');
    const model = optionalText(row, 'methodology', path, log);
    if (model === null) log.add('missing-field', pointer(path, 'methodology'), 'A result has no methodology (model name); shown as "Unnamed model".');
    builder.addResult(board, {
      id: optionalText(row, 'id', path, log),
      model: model ?? 'Unnamed model',
      ...dateFields(optionalDate(row, 'evaluated_on', path, log)),
      values,
      extraData: optionalBoolean(row, 'uses_additional_data', path, log),
      paper: readPaperField(row, path, log),
      code: [],
    });
  });
}

type PageKind = 'results' | 'papers' | 'metrics' | 'tables';

function pageKind(items: unknown[]): PageKind {
  const first = items.find(isObject);
  if (!first) return 'results';
  if (has(first, 'methodology') || isObject(field(first, 'metrics'))) return 'results';
  if (has(first, 'is_loss')) return 'metrics';
  if (has(first, 'url_abs') || has(first, 'arxiv_id') || has(first, 'abstract')) return 'papers';
  if (has(first, 'task') && has(first, 'dataset')) return 'tables';
  return 'results';
}

/** Metrics as a list or a page of {name, is_loss}; is_loss true means lower is better. */
function readMetricList(value: unknown, path: string | null, log: WarningLog): { name: string; direction: Direction | null; path: string | null }[] {
  if (value === undefined || value === null) return [];
  const at = path ?? '(options.pwcApi.metrics)';
  const list = isObject(value) && Array.isArray(field(value, 'results')) ? (field(value, 'results') as unknown[]) : value;
  if (!Array.isArray(list)) throw new FeedError(`Expected a list of metrics ({name, is_loss}) at ${at}, found ${describe(value)}.`, path ?? '');
  const metrics: { name: string; direction: Direction | null; path: string | null }[] = [];
  list.forEach((item, index) => {
    const itemPath = path === null ? null : pointer(path, index);
    if (typeof item === 'string' && item.trim()) {
      metrics.push({ name: item.trim(), direction: null, path: itemPath });
      return;
    }
    const metric = expectObject(item, itemPath ?? `${at}/${index}`, 'a metric ({name, is_loss})');
    const name = optionalText(metric, 'name', itemPath ?? at, log);
    if (name === null) {
      log.add('missing-field', itemPath ?? at, 'A metric has no name; skipped it.', metric);
      return;
    }
    const isLoss = field(metric, 'is_loss');
    metrics.push({ name, direction: typeof isLoss === 'boolean' ? (isLoss ? 'lower' : 'higher') : null, path: itemPath });
  });
  return metrics;
}

function readPaperField(row: JsonObject, path: string, log: WarningLog): PaperRef | null {
  const value = field(row, 'paper');
  if (typeof value === 'string') return paperRef(null, null, { date: null }, value.trim() || null); // a bare paper id
  if (isObject(value)) {
    const paper = readPwcPaper(value, pointer(path, 'paper'), log);
    return paperRef(paper.title, paper.url, paper, paper.id);
  }
  return null;
}
