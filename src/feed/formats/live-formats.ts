// Where results are published now: Hugging Face leaderboards and eval results, the dataset viewer's /rows pages
// (LMArena) and any JSON table of records, with the shape sniffs that tell them apart (asked only for shapes the
// built-in sniffs of detect-format.ts do not match). A chunk of their own in the browser, installed by
// load-feed-formats.ts (and by sota-widgets/feed as it loads).
import type { FormatReaders, InstalledFormat } from '../format-readers.js';
import { has, isObject, field, type JsonObject } from '../internal/read.js';
import { isFlatRecordList, isRecordList, recordListIn } from '../internal/record-sniff.js';
import type { ParseOptions } from '../types.js';
import { readDatasetViewerRows } from './dataset-viewer-rows.js';
import { readHfEvalResults } from './hf-eval-results.js';
import { readHfLeaderboard } from './hf-leaderboard.js';
import { readRecords } from './records.js';

export const liveReaders: FormatReaders = {
  'hf-leaderboard': (input, options, { builder, log }) => readHfLeaderboard(input, options, builder, log),
  'hf-eval-results': (input, options, { builder, log }) => readHfEvalResults(input, options, builder, log),
  'dataset-viewer-rows': (input, options, { builder, log }) => readDatasetViewerRows(input, options, builder, log),
  records: (input, options, { builder, log }) => {
    readRecords(input, builder, log, options.records);
    return options.records?.source ?? undefined;
  },
};

export function detectLiveFormat(input: unknown, options: ParseOptions): InstalledFormat | null {
  if (Array.isArray(input)) {
    const first = input.find(isObject);
    if (first && has(first, 'modelId') && has(first, 'value') && has(first, 'rank')) return 'hf-leaderboard';
    if (first && isEvalResult(first)) return 'hf-eval-results';
    if (isRecordList(input)) return 'records';
  } else if (isObject(input)) {
    if (Array.isArray(field(input, 'evalResults'))) return 'hf-eval-results';
    if (isRowsPage(input)) return 'dataset-viewer-rows';
    if (recordListIn(input)) return 'records';
  }
  // A column mapping says the caller expects a table of records, whatever its headers are called.
  if (options.records?.columns && (isFlatRecordList(input) || (isObject(input) && recordListIn(input, true)))) return 'records';
  return null;
}

/** A page of the dataset viewer's /rows: {rows: [{row_idx, row}]}. */
function isRowsPage(input: JsonObject): boolean {
  const rows = field(input, 'rows');
  const first = Array.isArray(rows) ? rows[0] : undefined;
  return isObject(first) && has(first, 'row_idx') && isObject(field(first, 'row'));
}

/** An eval result in the Hub's API form ({filename, data: {dataset, value}}) or its YAML form ({dataset: {id}, value}). */
function isEvalResult(item: JsonObject): boolean {
  const data = field(item, 'data');
  const entry = isObject(data) ? data : item;
  return isObject(field(entry, 'dataset')) && has(entry, 'value');
}
