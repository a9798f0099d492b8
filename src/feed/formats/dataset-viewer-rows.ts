// A page (or the pages, joined) of the Hugging Face dataset viewer's `/rows` endpoint:
// {features, rows: [{row_idx, row, truncated_cells}], num_rows_total, num_rows_per_page, partial}
// (dataset-viewer docs/source/rows.md). Each `row` is a flat record, read by the records reader. A `category`
// column (LMArena's leaderboard dataset: one table of many boards) selects the board: "overall" unless the caller
// names another. A table cut short of num_rows_total says so, so the element can say so on screen.
import { FeedError } from '../feed-error.js';
import type { BoardBuilder } from '../internal/board-builder.js';
import { HUB, isRepoId } from '../internal/hugging-face.js';
import { loose } from '../internal/record-columns.js';
import { expectArray, expectObject, field, isObject, pointer, rawText, type JsonObject, type WarningLog } from '../internal/read.js';
import type { ParseOptions, Source } from '../types.js';
import { readRecords } from './records.js';

const DEFAULT_CATEGORY = 'overall';

export function readDatasetViewerRows(input: unknown, options: ParseOptions, builder: BoardBuilder, log: WarningLog): Source {
  const page = expectObject(input, '', 'a dataset viewer page ({features, rows})');
  const records: JsonObject[] = [];
  expectArray(field(page, 'rows'), '/rows', 'a list of rows ({row_idx, row})').forEach((item, index) => {
    const row = isObject(item) ? field(item, 'row') : undefined;
    if (isObject(row)) records.push(row);
    else log.add('unreadable-value', pointer('/rows', index), 'Expected a row ({row_idx, row}); skipped it.', item);
  });
  const total = Number(field(page, 'num_rows_total'));
  const cut = Number.isFinite(total) && total > records.length;
  if (cut) log.add('other', '/rows', `Shows the first ${records.length} of ${total} rows: the source has more than were read.`, String(total));
  if (field(page, 'partial') === true) log.add('other', '/partial', 'The dataset viewer read only part of this dataset (partial: true).');
  const query = queryOf(options.url);
  const dataset = query.get('dataset') ?? null;
  const config = query.get('config') ?? null;
  const { rows, category } = selectCategory(records, options.category);
  const source = sourceOf(dataset);
  readRecords(rows, builder, log, {
    ...options.records,
    task: options.records?.task ?? dataset ?? 'Hugging Face dataset',
    dataset: options.records?.dataset ?? ([config, category].filter(Boolean).join(' · ') || dataset || 'rows'),
    source,
  });
  if (cut) for (const board of builder.leaderboards()) board.cut = { read: records.length, total };
  return source;
}

/** The rows of one category (the caller's, else "overall") when the table has a category column; all rows otherwise. */
function selectCategory(records: JsonObject[], wanted: string | undefined): { rows: JsonObject[]; category: string | null } {
  const header = records.length ? Object.keys(records[0]).find((key) => loose(key) === 'category') : undefined;
  if (header === undefined) return { rows: records, category: null };
  const category = wanted?.trim() || DEFAULT_CATEGORY;
  const rows = records.filter((row) => loose(rawText(field(row, header))) === loose(category));
  if (rows.length === 0) {
    const known = [...new Set(records.map((row) => rawText(field(row, header))))].slice(0, 20);
    throw new FeedError(`No rows of category "${category}"; this table's categories are: ${known.join(', ')}. Name one with the category attribute.`, '/rows');
  }
  // The column said which board; on the board it would repeat one word in every row.
  return { rows: rows.map((row) => Object.fromEntries(Object.entries(row).filter(([key]) => key !== header))), category };
}

/** The query of a URL as a map (the feed layer has no URL class: it type-checks against ES alone). */
function queryOf(url: string | undefined): Map<string, string> {
  const query = new Map<string, string>();
  const at = url?.indexOf('?') ?? -1;
  if (!url || at < 0) return query;
  for (const pair of url.slice(at + 1).split('#')[0].split('&')) {
    const [key, value = ''] = pair.split('=');
    try {
      query.set(decodeURIComponent(key.replace(/\+/g, ' ')), decodeURIComponent(value.replace(/\+/g, ' ')));
    } catch {
      // a malformed escape names nothing we can use
    }
  }
  return query;
}

// LMArena's dataset card was not readable from here to confirm its licence, so none is claimed (see README).
function sourceOf(dataset: string | null): Source {
  const url = dataset && isRepoId(dataset) ? `${HUB}/datasets/${dataset}` : null;
  if (dataset?.startsWith('lmarena-ai/')) return { name: 'LMArena', url, license: null };
  return { name: dataset ? `Hugging Face dataset ${dataset}` : 'Hugging Face dataset viewer', url, license: null };
}
