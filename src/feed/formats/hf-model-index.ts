// Hugging Face model cards carry results as `model-index` in their YAML front matter; this reads its JSON form:
// {"model-index": [{name, results: [{task: {type, name}, dataset: {type, name, config, split}, metrics:
// [{type, value, name}]}]}]}, or a list of such cards. Each (task, dataset) pair becomes one leaderboard with one
// result per model. Other card metadata (license, tags, ...) is not ours to judge and is passed over quietly.
import type { BoardBuilder, RawValue } from '../internal/board-builder.js';
import {
  describe, expectArray, expectObject, field, isObject, optionalText, pointer, warnUnknownFields, type JsonObject, type WarningLog,
} from '../internal/read.js';
import { FeedError } from '../feed-error.js';

const ENTRY_FIELDS = new Set(['name', 'results']);
const RESULT_FIELDS = new Set(['task', 'dataset', 'metrics', 'source']);
const METRIC_FIELDS = new Set(['type', 'value', 'name', 'config', 'args', 'verified', 'verifyToken']);

export function readHfModelIndex(input: unknown, builder: BoardBuilder, log: WarningLog): void {
  if (Array.isArray(input)) {
    input.forEach((card, index) => readCard(card, pointer('', index), builder, log));
  } else {
    readCard(input, '', builder, log);
  }
}

function readCard(input: unknown, path: string, builder: BoardBuilder, log: WarningLog): void {
  const card = expectObject(input, path, 'a model card ({"model-index": [...]})');
  const indexPath = pointer(path, 'model-index');
  expectArray(field(card, 'model-index'), indexPath, 'a model-index list').forEach((item, index) => {
    const entryPath = pointer(indexPath, index);
    const entry = expectObject(item, entryPath, 'a model-index entry ({name, results})');
    warnUnknownFields(entry, ENTRY_FIELDS, entryPath, log);
    const model = optionalText(entry, 'name', entryPath, log);
    if (model === null) log.add('missing-field', pointer(entryPath, 'name'), 'A model-index entry has no model name; shown as "Unnamed model".');
    const resultsPath = pointer(entryPath, 'results');
    expectArray(field(entry, 'results') ?? [], resultsPath, 'a list of results').forEach((result, resultIndex) => {
      readResult(result, pointer(resultsPath, resultIndex), model ?? 'Unnamed model', builder, log);
    });
  });
}

function readResult(input: unknown, path: string, model: string, builder: BoardBuilder, log: WarningLog): void {
  const result = expectObject(input, path, 'a result ({task, dataset, metrics})');
  warnUnknownFields(result, RESULT_FIELDS, path, log);
  const task = namedPart(result, 'task', path, log);
  const dataset = namedPart(result, 'dataset', path, log);
  if (!dataset) throw new FeedError(`Expected a dataset with a name or type at ${pointer(path, 'dataset')}, found ${describe(field(result, 'dataset'))}.`, pointer(path, 'dataset'));
  const board = builder.board(task ?? 'Unknown task', dataset, path, { shared: true });
  const metricsPath = pointer(path, 'metrics');
  const values: RawValue[] = [];
  expectArray(field(result, 'metrics'), metricsPath, 'a list of metrics ({type, value})').forEach((item, index) => {
    const at = pointer(metricsPath, index);
    const metric = expectObject(item, at, 'a metric ({type, value, name})');
    warnUnknownFields(metric, METRIC_FIELDS, at, log);
    const name = optionalText(metric, 'name', at, log) ?? optionalText(metric, 'type', at, log);
    if (name === null) {
      log.add('missing-field', at, 'A metric has neither a name nor a type; skipped it.', metric);
      return;
    }
    values.push({ metric: name, raw: field(metric, 'value'), path: pointer(at, 'value') });
  });
  if (task === null) log.add('missing-field', pointer(path, 'task'), 'A result does not say its task; shown as "Unknown task".');
  builder.addResult(board, { model, date: null, values, extraData: null, paper: null, code: [] });
}

/** The readable name of a task or dataset: its `name`, else its `type` with the config ("glue (mrpc)"). */
function namedPart(result: JsonObject, key: string, path: string, log: WarningLog): string | null {
  const part = field(result, key);
  if (!isObject(part)) return typeof part === 'string' && part.trim() ? part.trim() : null;
  const at = pointer(path, key);
  const name = optionalText(part, 'name', at, log);
  if (name) return name;
  const type = optionalText(part, 'type', at, log);
  const config = optionalText(part, 'config', at, log);
  return type && config && config !== 'default' ? `${type} (${config})` : type;
}
