// The formats loaded on demand (see format-readers.ts), their shape sniffs with them: importing this module
// installs nothing by itself; installOnDemandFormats does.
import { installFormats, type OnDemandFormat } from '../format-readers.js';
import { has, isObject, field, type JsonObject } from '../internal/read.js';
import { isFlatRecordList, isRecordList, recordListIn } from '../internal/record-sniff.js';
import type { ParseOptions } from '../types.js';
import { readDatasetViewerRows } from './dataset-viewer-rows.js';
import { readHfEvalResults } from './hf-eval-results.js';
import { readHfLeaderboard } from './hf-leaderboard.js';
import { readRecords } from './records.js';

export function installOnDemandFormats(): void {
  installFormats({
    detect,
    readers: {
      'hf-leaderboard': readHfLeaderboard,
      'hf-eval-results': readHfEvalResults,
      'dataset-viewer-rows': readDatasetViewerRows,
      records: (input, options, builder, log) => {
        readRecords(input, builder, log, options.records);
        return options.records?.source ?? undefined;
      },
    },
  });
}

/** Asked only for shapes the core formats did not match. */
function detect(input: unknown, options: ParseOptions): OnDemandFormat | null {
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
