// A table of flat records, one result per row: what a CSV or TSV parse gives, and what JSON APIs of leaderboards
// serve ([{"model": …, "score": …}, …]). Both arrive here as the same list of objects, so a spreadsheet and an
// API are read by one set of rules: columns matched forgivingly (record-columns.ts) or by the caller's mapping,
// one board per task and dataset, every other column a metric, nothing dropped. A row whose model cell says
// "direction" holds the metrics' directions rather than a result.
import { parseColumnMapping } from '../column-mapping.js';
import type { BoardBuilder, RawValue } from '../internal/board-builder.js';
import { dateFields, readDate, type FeedDate } from '../internal/dates.js';
import { paperRef } from '../internal/paper-ids.js';
import { field, optionalText, rawText, type JsonObject, type WarningLog } from '../internal/read.js';
import { isRecord, loose, pointer } from '../internal/record-shape.js';
import { planColumns, type ColumnPlan, type MetricColumn } from '../internal/record-columns.js';
import { urlFromText } from '../internal/urls.js';
import { FeedError } from '../feed-error.js';
import { parseMetricValue } from '../metric-value.js';
import type { CodeLink, Direction, Leaderboard, RecordsOptions } from '../types.js';

/** Counts beside a score ("votes", "vote_count", "num_samples"): they say how a result was measured, never rank. */
const COUNT_COLUMN = /(^|[^a-z])(votes?|count|samples|battles)([^a-z]|$)/i;
const DIRECTION_ROW = new Set(['direction', 'directions', 'better', 'isbetter']);
/** What spreadsheets write for "no value": such cells do not make a column text. */
const NO_VALUE = new Set(['', '-', '–', '—', 'na', 'n/a', 'none', 'null', 'nan', '?', 'tbd', 'x']);
const YES = new Set(['true', 'yes', 'y', '1', 'x', '✓', '✔']);
const NO = new Set(['false', 'no', 'n', '0', '']);
const UNKNOWN_TASK = 'Unknown task';
const UNKNOWN_DATASET = 'Unknown dataset';

/** Reads a list of records into `builder`'s boards. */
export function readRecords(input: unknown, builder: BoardBuilder, log: WarningLog, options: RecordsOptions = {}): void {
  if (!Array.isArray(input)) throw new FeedError('Expected a list of records (one object per result).', '');
  const rows: unknown[] = input;
  const records: { row: JsonObject; path: string }[] = [];
  rows.forEach((row, index) => {
    if (isRecord(row)) records.push({ row, path: pointer('', index) });
    else log.add('unreadable-value', pointer('', index), `Expected a record (an object of columns), found ${rawText(row) || 'nothing'}; skipped it.`, row);
  });
  const mapping = typeof options.columns === 'string' ? parseColumnMapping(options.columns) : options.columns ?? {};
  const plan = planColumns(headersOf(records.map((r) => r.row)), mapping, log);
  const directions = new Map<string, Direction>();
  const results = records.filter(({ row, path }) => !readDirectionRow(row, path, plan, directions, log));
  const textColumns = findTextColumns(results.map((r) => r.row), plan.metrics, log);
  warnMissingColumns(plan, options, results.length, log);
  const names = metricNames(plan.metrics);
  const order = new Map(plan.metrics.map((column, index) => [names.get(column) as string, index]));
  const touched = new Set<Leaderboard>();
  for (const { row, path } of results) {
    const board = boardFor(row, path, plan, options, builder, log);
    touched.add(board);
    const values: RawValue[] = [];
    const texts: [string, unknown][] = [];
    for (const column of plan.metrics) {
      const raw = field(row, column.header);
      if (!isPresent(raw)) continue;
      const name = names.get(column) as string;
      const metric = builder.addMetric(board, { name, direction: column.direction ?? directions.get(column.header) ?? null });
      if (COUNT_COLUMN.test(name)) metric.descriptor = true;
      if (textColumns.has(column.header)) {
        metric.descriptor = true;
        texts.push([name, raw]); // reported once for the whole column, so added below without a warning per cell
      } else values.push({ metric: name, raw, path: pointer(path, column.header) });
    }
    const rank = plan.fields.rank;
    if (rank !== undefined && isPresent(field(row, rank))) {
      // The source's own rank: kept and shown, ranked the right way round, never the board's ranking metric.
      builder.addMetric(board, { name: rank, direction: 'lower' }).descriptor = true;
      values.unshift({ metric: rank, raw: field(row, rank), path: pointer(path, rank) });
    }
    const model = textOf(row, plan.fields.model, path, log);
    if (model === null) log.add('missing-field', plan.fields.model ? pointer(path, plan.fields.model) : path, 'A row has no model name; shown as "Unnamed model".');
    const date = dateOf(row, plan.fields.date, path, log);
    const result = builder.addResult(board, {
      model: model ?? 'Unnamed model',
      ...dateFields(date),
      values,
      extraData: extraDataOf(row, plan.fields['extra-data'], path, log),
      paper: paperOf(row, plan, path, date, log),
      code: codeOf(row, plan.fields.code, path, log),
    });
    for (const [name, raw] of texts) result.values[name] = parseMetricValue(raw);
  }
  // Metrics join a board as its rows first give them values; put them back in the table's column order.
  for (const board of touched) board.metrics.sort((a, b) => (order.get(a.name) ?? -1) - (order.get(b.name) ?? -1));
}

/** Every column any record has, in the order first seen. */
function headersOf(rows: readonly JsonObject[]): string[] {
  const headers = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) headers.add(key);
  return [...headers];
}

/** Each column's metric name, unless another column already goes by it ("PPL" beside "PPL:lower"): then its header. */
function metricNames(columns: readonly MetricColumn[]): Map<MetricColumn, string> {
  const headers = new Set(columns.map((column) => column.header));
  const taken = new Set<string>();
  const names = new Map<MetricColumn, string>();
  for (const column of columns) {
    const name = taken.has(column.name) || (column.name !== column.header && headers.has(column.name)) ? column.header : column.name;
    taken.add(name);
    names.set(column, name);
  }
  return names;
}

/** Reads a "direction" row into `directions` (header → direction); false when the row is a result. */
function readDirectionRow(row: JsonObject, path: string, plan: ColumnPlan, directions: Map<string, Direction>, log: WarningLog): boolean {
  const label = plan.fields.model ?? Object.keys(row)[0];
  const text = label === undefined ? '' : rawText(field(row, label));
  if (!DIRECTION_ROW.has(loose(text))) return false;
  for (const column of plan.metrics) {
    const raw = field(row, column.header);
    if (!isPresent(raw)) continue;
    const word = rawText(raw).trim().toLowerCase();
    const direction: Direction | null = /^(higher|↑)/.test(word) ? 'higher' : /^(lower|↓)/.test(word) ? 'lower' : null;
    if (direction) directions.set(column.header, direction);
    else log.add('unreadable-value', pointer(path, column.header), `Direction must be "higher" or "lower", found "${rawText(raw)}"; inferred it from the name instead.`, raw);
  }
  return true;
}

/**
 * Metric columns with no number in any cell ("Hardware": "8× A100"): kept, shown as written and never ranked,
 * reported once for the column rather than once per cell.
 */
function findTextColumns(rows: readonly JsonObject[], metrics: readonly MetricColumn[], log: WarningLog): Set<string> {
  const text = new Set<string>();
  for (const column of metrics) {
    let written = false;
    let numeric = false;
    for (const row of rows) {
      const raw = field(row, column.header);
      if (!isPresent(raw)) continue;
      if (parseMetricValue(raw).value !== null) {
        numeric = true;
        break;
      }
      written ||= !NO_VALUE.has(rawText(raw).trim().toLowerCase());
    }
    if (written && !numeric) {
      text.add(column.header);
      log.add('other', '', `Column "${column.header}" holds text, not numbers: kept as a descriptor column, shown as written and never used to rank.`, column.header);
    }
  }
  return text;
}

/** One warning for a whole missing task or dataset column, rather than one per row. */
function warnMissingColumns(plan: ColumnPlan, options: RecordsOptions, rows: number, log: WarningLog): void {
  if (rows === 0) return;
  if (plan.fields.task === undefined && !options.task?.trim()) {
    log.add('missing-field', '', `The table has no task column; its rows are shown under "${UNKNOWN_TASK}" (add a "task" column, or name the task).`);
  }
  if (plan.fields.dataset === undefined && !options.dataset?.trim()) {
    log.add('missing-field', '', `The table has no dataset column; its rows are shown under "${UNKNOWN_DATASET}" (add a "dataset" column, or name the dataset).`);
  }
  if (plan.fields.model === undefined) log.add('missing-field', '', 'The table has no model column (model, model_name or name); its rows are shown as "Unnamed model".');
}

function boardFor(row: JsonObject, path: string, plan: ColumnPlan, options: RecordsOptions, builder: BoardBuilder, log: WarningLog): Leaderboard {
  const named = (role: 'task' | 'dataset', fallback: string | null | undefined, unknown: string) => {
    const header = plan.fields[role];
    const text = textOf(row, header, path, log);
    if (text !== null) return text;
    const given = fallback?.trim() || unknown;
    if (header !== undefined) log.add('missing-field', pointer(path, header), `A row names no ${role}; shown under "${given}".`);
    return given;
  };
  const task = named('task', options.task, UNKNOWN_TASK);
  const dataset = named('dataset', options.dataset, UNKNOWN_DATASET);
  return builder.board(task, dataset, path, { shared: true, source: options.source ?? null });
}

function isPresent(raw: unknown): boolean {
  return raw !== undefined && raw !== null && !(typeof raw === 'string' && raw.trim() === '');
}

function textOf(row: JsonObject, header: string | undefined, path: string, log: WarningLog): string | null {
  return header === undefined ? null : optionalText(row, header, path, log);
}

function dateOf(row: JsonObject, header: string | undefined, path: string, log: WarningLog): FeedDate | null {
  if (header === undefined) return null;
  const raw = field(row, header);
  if (!isPresent(raw)) return null;
  const date = typeof raw === 'string' || typeof raw === 'number' ? readDate(String(raw)) : null;
  if (date === null) {
    log.add('unreadable-date', pointer(path, header), `Could not read "${rawText(raw)}" as a date (expected YYYY-MM-DD, YYYY-MM or YYYY); the row is kept undated.`, raw);
  }
  return date;
}

function extraDataOf(row: JsonObject, header: string | undefined, path: string, log: WarningLog): boolean | null {
  if (header === undefined) return null;
  const raw = field(row, header);
  if (raw === undefined || raw === null) return null;
  if (typeof raw === 'boolean') return raw;
  const word = rawText(raw).trim().toLowerCase();
  if (YES.has(word)) return true;
  if (NO.has(word)) return word === '' ? null : false;
  log.add('unreadable-value', pointer(path, header), `Expected yes or no for extra training data, found "${rawText(raw)}"; left unsaid.`, raw);
  return null;
}

/** The paper column may hold a title or a link; a paper-url column holds a link. */
function paperOf(row: JsonObject, plan: ColumnPlan, path: string, date: FeedDate | null, log: WarningLog) {
  const text = textOf(row, plan.fields.paper, path, log);
  const isLink = text !== null && /^https?:\/\/\S+$/i.test(text);
  const urlText = textOf(row, plan.fields['paper-url'], path, log);
  const url = urlText !== null && plan.fields['paper-url'] !== undefined
    ? urlFromText(/^\d{4}\.\d{4,5}(v\d+)?$/.test(urlText) ? `https://arxiv.org/abs/${urlText}` : urlText, pointer(path, plan.fields['paper-url']), log)
    : isLink && plan.fields.paper !== undefined ? urlFromText(text, pointer(path, plan.fields.paper), log) : null;
  return paperRef(isLink ? null : text, url, dateFields(date));
}

/** One or more repository links, separated by spaces, commas, semicolons or "|". */
function codeOf(row: JsonObject, header: string | undefined, path: string, log: WarningLog): CodeLink[] {
  const text = textOf(row, header, path, log);
  if (text === null || header === undefined) return [];
  const links: CodeLink[] = [];
  for (const part of text.split(/[\s,;|]+/)) {
    const url = urlFromText(part, pointer(path, header), log);
    if (url !== null) links.push({ url, title: null, official: false, framework: null, stars: null });
  }
  return links;
}
