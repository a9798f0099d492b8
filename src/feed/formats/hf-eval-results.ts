// A model's own eval results on the Hub, in any of the three shapes they are published in:
// - `GET {endpoint}/api/models/{id}?expand[]=evalResults` → {id, evalResults: [item, …]};
// - those items alone: {filename, verified, pullRequest?, data: {dataset: {id, task_id}, value, date?, source?, notes?}}
//   (huggingface_hub tests/test_eval_results.py, "API format");
// - the `.eval_results/*.yaml` list itself, once parsed from YAML: [{dataset: {id, task_id}, value, …}]
//   (hub-docs docs/hub/eval-results.md and eval_results.yaml; the YAML is read in Node only).
// Each item is one result on the board of its benchmark (and task, when not the default one), dated where `date` is
// given, with the Hub's verified and community badges, notes and source kept.
import type { BoardBuilder } from '../internal/board-builder.js';
import { dateFields, optionalDate } from '../internal/dates.js';
import { definedFields, hubModelUrl, hubSource } from '../internal/hugging-face.js';
import {
  expectArray, expectObject, field, isObject, optionalBoolean, optionalNumber, optionalText, pointer, warnUnknownFields,
  type WarningLog,
} from '../internal/read.js';
import type { ParseOptions } from '../types.js';
import { HUB_SCORE, hubSourceRef } from './hf-leaderboard.js';

const ITEM_FIELDS = new Set(['filename', 'verified', 'pullRequest', 'data']);
const DATA_FIELDS = new Set(['dataset', 'value', 'verifyToken', 'date', 'source', 'notes', 'evaluation_framework']);
const DATASET_FIELDS = new Set(['id', 'task_id', 'config', 'split', 'revision']);

export function readHfEvalResults(input: unknown, options: ParseOptions, builder: BoardBuilder, log: WarningLog): void {
  let items: unknown[];
  let path = '';
  let model = options.model?.trim() || null;
  if (Array.isArray(input)) items = input;
  else {
    const answer = expectObject(input, '', 'a model with evalResults ({id, evalResults})');
    model ??= optionalText(answer, 'id', '', log) ?? optionalText(answer, 'modelId', '', log);
    path = '/evalResults';
    items = expectArray(field(answer, 'evalResults'), path, 'a list of eval results');
  }
  if (model === null) log.add('missing-field', '', 'The eval results do not name their model; shown as "This model".');
  items.forEach((item, index) => readItem(item, pointer(path, index), model, builder, log));
}

function readItem(input: unknown, path: string, model: string | null, builder: BoardBuilder, log: WarningLog): void {
  const item = expectObject(input, path, 'an eval result ({dataset, value} or {filename, data})');
  const wrapped = isObject(field(item, 'data'));
  const dataPath = wrapped ? pointer(path, 'data') : path;
  const data = wrapped ? expectObject(field(item, 'data'), dataPath, 'an eval result') : item;
  if (wrapped) warnUnknownFields(item, ITEM_FIELDS, path, log);
  warnUnknownFields(data, DATA_FIELDS, dataPath, log);
  const datasetPath = pointer(dataPath, 'dataset');
  const dataset = expectObject(field(data, 'dataset'), datasetPath, 'a benchmark ({id, task_id})');
  warnUnknownFields(dataset, DATASET_FIELDS, datasetPath, log);
  const datasetId = optionalText(dataset, 'id', datasetPath, log);
  if (datasetId === null) log.add('missing-field', pointer(datasetPath, 'id'), 'An eval result does not name its benchmark dataset; shown as "Unknown benchmark".');
  const taskId = optionalText(dataset, 'task_id', datasetPath, log) ?? optionalText(dataset, 'config', datasetPath, log);
  const benchmark = datasetId ?? 'Unknown benchmark';
  const board = builder.board(benchmark, taskId && taskId !== 'default' ? taskId : benchmark, path, { shared: true, source: hubSource(datasetId) });
  const pullRequest = wrapped ? optionalNumber(item, 'pullRequest', path, log) : null;
  builder.addResult(board, {
    model: model ?? 'This model',
    ...dateFields(optionalDate(data, 'date', dataPath, log)),
    values: [{ metric: HUB_SCORE, raw: field(data, 'value'), path: pointer(dataPath, 'value') }],
    extraData: null,
    paper: hubSourceRef(data, dataPath, log),
    code: [],
    marks: definedFields({
      modelUrl: model ? hubModelUrl(model) : undefined,
      // Only the Hub can check a verifyToken: a YAML file's own token is not a verified mark.
      verified: wrapped ? optionalBoolean(item, 'verified', path, log) ?? undefined : undefined,
      community: pullRequest === null ? undefined : { pullRequest },
      notes: optionalText(data, 'notes', dataPath, log) ?? undefined,
    }),
  });
}
