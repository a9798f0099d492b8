// The PWC archive's evaluation-tables.json: a list of tasks, each with datasets (which may have subdatasets) and
// subtasks of the same shape, nested to any depth. One leaderboard per (task, dataset); a subtask's boards carry
// the subtask's own name as their task. Synonyms are not used: matching names is findLeaderboard's job.
import type { Leaderboard, Source } from '../types.js';
import { rawValuesAt, type BoardBuilder } from '../internal/board-builder.js';
import { codeLinkList } from '../internal/code-links.js';
import { dateFields, optionalDate } from '../internal/dates.js';
import { paperRef } from '../internal/paper-ids.js';
import {
  describe, expectArray, expectObject, field, has, isObject, optionalBoolean, optionalText, pointer, requiredText,
  warnUnknownFields, type JsonObject, type WarningLog,
} from '../internal/read.js';
import { optionalUrl, urlFromText } from '../internal/urls.js';

const TASK_FIELDS = new Set(['task', 'description', 'categories', 'datasets', 'subtasks', 'synonyms', 'source_link']);
const DATASET_FIELDS = new Set(['dataset', 'description', 'sota', 'subdatasets', 'dataset_links', 'dataset_citations']);
const SOTA_FIELDS = new Set(['metrics', 'rows']);
const ROW_FIELDS = new Set(['model_name', 'paper_title', 'paper_url', 'paper_date', 'code_links', 'model_links', 'metrics', 'uses_additional_data']);

export function readEvaluationTables(input: unknown, builder: BoardBuilder, log: WarningLog): void {
  expectArray(input, '', 'a list of tasks').forEach((task, index) => readTask(task, pointer('', index), null, builder, log));
}

function readTask(input: unknown, path: string, parentSource: Source | null, builder: BoardBuilder, log: WarningLog): void {
  const task = expectObject(input, path, 'a task ({task, datasets, subtasks})');
  const name = requiredText(task, 'task', path, 'a task name');
  warnUnknownFields(task, TASK_FIELDS, path, log);
  const source = readSourceLink(task, path, log) ?? parentSource;
  for (const [index, dataset] of listAt(task, 'datasets', path, 'a list of datasets', log).entries()) {
    readDataset(dataset, pointer(pointer(path, 'datasets'), index), name, source, builder, log);
  }
  for (const [index, subtask] of listAt(task, 'subtasks', path, 'a list of subtasks', log).entries()) {
    readTask(subtask, pointer(pointer(path, 'subtasks'), index), source, builder, log);
  }
}

function readDataset(input: unknown, path: string, task: string, source: Source | null, builder: BoardBuilder, log: WarningLog): void {
  const dataset = expectObject(input, path, 'a dataset ({dataset, sota})');
  const name = requiredText(dataset, 'dataset', path, 'a dataset name');
  warnUnknownFields(dataset, DATASET_FIELDS, path, log);
  if (has(dataset, 'sota') && field(dataset, 'sota') !== null) {
    const board = builder.board(task, name, path, { description: optionalText(dataset, 'description', path, log), source });
    readSota(field(dataset, 'sota'), pointer(path, 'sota'), board, builder, log);
  } else {
    log.add('missing-field', pointer(path, 'sota'), `Dataset "${name}" has no results table ("sota"); no leaderboard made for it.`);
  }
  for (const [index, subdataset] of listAt(dataset, 'subdatasets', path, 'a list of subdatasets', log).entries()) {
    readDataset(subdataset, pointer(pointer(path, 'subdatasets'), index), task, source, builder, log);
  }
}

function readSota(input: unknown, path: string, board: Leaderboard, builder: BoardBuilder, log: WarningLog): void {
  const sota = expectObject(input, path, 'a results table ({metrics, rows})');
  warnUnknownFields(sota, SOTA_FIELDS, path, log);
  const metricsPath = pointer(path, 'metrics');
  const specs: { name: string; path: string }[] = [];
  listAt(sota, 'metrics', path, 'a list of metric names', log).forEach((metric, index) => {
    const at = pointer(metricsPath, index);
    if (typeof metric === 'string' && metric.trim() !== '') specs.push({ name: metric.trim(), path: at });
    else log.add('unreadable-value', at, `Expected a metric name, found ${describe(metric)}; skipped it.`, metric);
  });
  builder.addMetricList(board, specs);
  listAt(sota, 'rows', path, 'a list of rows', log).forEach((row, index) => readRow(row, pointer(pointer(path, 'rows'), index), board, builder, log));
}

function readRow(input: unknown, path: string, board: Leaderboard, builder: BoardBuilder, log: WarningLog): void {
  const row = expectObject(input, path, 'a row ({model_name, metrics, ...})');
  warnUnknownFields(row, ROW_FIELDS, path, log);
  const model = optionalText(row, 'model_name', path, log);
  if (model === null) log.add('missing-field', pointer(path, 'model_name'), 'A row has no model name; shown as "Unnamed model".');
  const metrics = field(row, 'metrics');
  if (metrics === undefined || metrics === null) log.add('missing-field', pointer(path, 'metrics'), 'A row has no metric values; it is kept without any.');
  const values = rawValuesAt(row, 'metrics', path);
  for (const { metric, path: at } of values) {
    if (!builder.hasMetric(board, metric)) {
      log.add('other', at, `Metric "${metric}" is not in the table's metric list; added it.`, metric);
      builder.addMetric(board, { name: metric });
    }
  }
  if (!has(row, 'uses_additional_data')) {
    log.add('missing-field', pointer(path, 'uses_additional_data'), 'The row does not say whether it used extra training data.');
  }
  const title = optionalText(row, 'paper_title', path, log);
  const url = optionalUrl(row, 'paper_url', path, log);
  const date = optionalDate(row, 'paper_date', path, log);
  builder.addResult(board, {
    model: model ?? 'Unnamed model',
    ...dateFields(date),
    values,
    extraData: optionalBoolean(row, 'uses_additional_data', path, log),
    paper: paperRef(title, url, dateFields(date)),
    code: codeLinkList(row, 'code_links', path, log),
  });
}

/** A list under `key`: missing or null reads as empty (with a warning); any other non-list throws. */
function listAt(object: JsonObject, key: string, path: string, what: string, log: WarningLog): unknown[] {
  const value = field(object, key);
  if (value === undefined || value === null) {
    if (key !== 'subdatasets' && key !== 'subtasks') log.add('missing-field', pointer(path, key), `Expected ${what} under "${key}"; read as none.`);
    return [];
  }
  return expectArray(value, pointer(path, key), what);
}

function readSourceLink(task: JsonObject, path: string, log: WarningLog): Source | null {
  const link = field(task, 'source_link');
  if (!isObject(link)) return null;
  const at = pointer(path, 'source_link');
  const url = typeof field(link, 'url') === 'string' ? urlFromText(String(field(link, 'url')), pointer(at, 'url'), log) : null;
  const name = optionalText(link, 'title', at, log);
  return name || url ? { name, url, license: null } : null;
}
