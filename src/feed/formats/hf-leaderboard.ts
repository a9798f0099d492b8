// A Hugging Face benchmark leaderboard: `GET {endpoint}/api/datasets/{id}/leaderboard` answers a list of
// {rank, modelId, value, filename, verified, source?, author, pullRequest?, notes?} (hub-docs
// docs/hub/leaderboard-data-guide.md; huggingface_hub hf_api.py DatasetLeaderboardEntry, which also notes that some
// real entries have no `source`). The answer names no metric, direction or date: one "Score" column, higher is
// better unless the caller's directions say otherwise, and the board is named after the dataset id in the URL
// (or the caller's `dataset`). The Hub's own rank, its verified and community badges and the notes are kept.
import type { BoardBuilder } from '../internal/board-builder.js';
import { dateFields, optionalDate } from '../internal/dates.js';
import { datasetIdFromUrl, definedFields, hubModelUrl, hubSource } from '../internal/hugging-face.js';
import {
  expectArray, expectObject, field, isObject, optionalBoolean, optionalNumber, optionalText, pointer, warnUnknownFields,
  type JsonObject, type WarningLog,
} from '../internal/read.js';
import { optionalUrl } from '../internal/urls.js';
import type { PaperRef, ParseOptions } from '../types.js';

export const HUB_SCORE = 'Score';
// `date` is not in the Hub's answer: `sota-widgets fetch --dates` adds it from each entry's .eval_results file.
const ENTRY_FIELDS = new Set(['rank', 'modelId', 'value', 'filename', 'verified', 'source', 'author', 'pullRequest', 'notes', 'date']);
const SOURCE_FIELDS = new Set(['url', 'name', 'isExternal', 'user', 'org']);

export function readHfLeaderboard(input: unknown, options: ParseOptions, builder: BoardBuilder, log: WarningLog): void {
  const datasetId = options.dataset?.trim() || datasetIdFromUrl(options.url) || null;
  if (!datasetId) log.add('missing-field', '', 'A Hugging Face leaderboard does not name its benchmark; give its URL or the dataset attribute. Shown as "Hugging Face benchmark".');
  const name = datasetId ?? 'Hugging Face benchmark';
  const board = builder.board(name, name, '', { source: hubSource(datasetId) });
  builder.addMetric(board, { name: HUB_SCORE });
  expectArray(input, '', 'a list of leaderboard entries').forEach((item, index) => {
    const path = pointer('', index);
    const entry = expectObject(item, path, 'a leaderboard entry ({rank, modelId, value})');
    warnUnknownFields(entry, ENTRY_FIELDS, path, log);
    const modelId = optionalText(entry, 'modelId', path, log);
    if (modelId === null) log.add('missing-field', pointer(path, 'modelId'), 'A leaderboard entry has no modelId; shown as "Unnamed model".');
    const rank = optionalNumber(entry, 'rank', path, log);
    const pullRequest = optionalNumber(entry, 'pullRequest', path, log);
    builder.addResult(board, {
      model: modelId ?? 'Unnamed model',
      ...dateFields(optionalDate(entry, 'date', path, log)),
      values: [{ metric: HUB_SCORE, raw: field(entry, 'value'), path: pointer(path, 'value') }],
      extraData: null,
      paper: hubSourceRef(entry, path, log),
      code: [],
      marks: definedFields({
        rank: rank ?? undefined,
        modelUrl: modelId ? hubModelUrl(modelId) : undefined,
        verified: optionalBoolean(entry, 'verified', path, log) ?? undefined,
        community: pullRequest === null ? undefined : { pullRequest },
        notes: optionalText(entry, 'notes', path, log) ?? undefined,
      }),
    });
  });
}

/**
 * An entry's `source` ({url, name?, ...}) as the result's reference: a paper, evaluation logs or a page. The table
 * links it where it shows papers. Missing on some real entries; null then.
 */
export function hubSourceRef(entry: JsonObject, path: string, log: WarningLog): PaperRef | null {
  const source = field(entry, 'source');
  if (source === undefined || source === null) return null;
  const at = pointer(path, 'source');
  if (!isObject(source)) {
    log.add('unreadable-value', at, 'Expected a source object ({url, name}); ignored it.', source);
    return null;
  }
  warnUnknownFields(source, SOURCE_FIELDS, at, log);
  const url = optionalUrl(source, 'url', at, log);
  const title = optionalText(source, 'name', at, log);
  if (!url && !title) return null;
  return { id: null, title: title ?? 'Source', url, date: null, arxivId: null };
}
