// Every adapter ends the same way: leaderboards keyed by task and dataset, metric columns with a direction and
// where it came from, and results whose values went through parseMetricValue. Doing that here keeps the
// precedence of directions (caller's option > feed > inference), the duplicate handling and the "unreadable
// value" warnings identical across formats.
import { isDescriptorMetric, metricDirection } from '../metric-direction.js';
import { parseMetricValue } from '../metric-value.js';
import type { CodeLink, DatePrecision, Direction, Leaderboard, Metric, MetricValue, PaperRef, Result, Source } from '../types.js';
import { expectObject, field, pointer, rawText, type JsonObject, type WarningLog } from './read.js';
import { slugify } from './paper-ids.js';

export interface MetricSpec {
  name: string;
  /** The direction the feed states (our format's field, the API's is_loss), if any. */
  direction?: Direction | null;
  unit?: string | null;
}

export interface ResultDraft {
  id?: string | null;
  model: string;
  date: string | null;
  /** Only for a month or a year alone (see dateFields). */
  datePrecision?: DatePrecision;
  /** Metric name → the value exactly as the feed gave it, and where. */
  values: ReadonlyArray<RawValue>;
  extraData: boolean | null;
  paper: PaperRef | null;
  code: CodeLink[];
}

export interface RawValue {
  metric: string;
  raw: unknown;
  path: string;
}

/** The values of an object of metric values ({name: value}) under `key`: none when missing or null, throws when not an object. */
export function rawValuesAt(object: JsonObject, key: string, path: string): RawValue[] {
  const value = field(object, key);
  if (value === undefined || value === null) return [];
  const at = pointer(path, key);
  const values = expectObject(value, at, 'an object of metric values ({name: value})');
  return Object.keys(values).map((name) => ({ metric: name, raw: values[name], path: pointer(at, name) }));
}

export interface BoardExtra {
  id?: string | null;
  description?: string | null;
  source?: Source | null;
  shared?: boolean;
}

export class BoardBuilder {
  readonly #log: WarningLog;
  readonly #directions: Map<string, Direction>;
  /** Boards by their [task, dataset] key, and each board's metric columns by name. */
  readonly #boards = new Map<string, Leaderboard>();
  readonly #metrics = new Map<Leaderboard, Map<string, Metric>>();
  readonly #ids = new Set<string>();

  constructor(log: WarningLog, directions: Readonly<Record<string, Direction>> | undefined) {
    this.#log = log;
    this.#directions = new Map();
    for (const [name, direction] of Object.entries(directions ?? {})) {
      if (direction === 'higher' || direction === 'lower') this.#directions.set(name.trim().toLowerCase(), direction);
    }
  }

  /**
   * The board for this task and dataset. A second table for the same pair is merged into the first, with a
   * warning, unless `shared` says the format spreads one board over many records (model cards).
   */
  board(task: string, dataset: string, path: string, extra: BoardExtra = {}): Leaderboard {
    const key = JSON.stringify([task, dataset]);
    const existing = this.#boards.get(key);
    if (existing) {
      if (!extra.shared) this.#log.add('duplicate', path, `A second table for "${task}" / "${dataset}"; its rows were added to the first.`, `${task} / ${dataset}`);
      return existing;
    }
    const board: Leaderboard = {
      id: this.#uniqueId(extra.id || `${slugify(task) || 'task'}--${slugify(dataset) || 'dataset'}`),
      task,
      dataset,
      metrics: [],
      results: [],
      description: extra.description ?? null,
      source: extra.source ?? null,
    };
    this.#boards.set(key, board);
    this.#metrics.set(board, new Map());
    return board;
  }

  /** Adds a metric column unless the board has it already (merged tables list their metrics again). */
  addMetric(board: Leaderboard, spec: MetricSpec): Metric {
    const byName = this.#metricsOf(board);
    const known = byName.get(spec.name);
    if (known) return known;
    const option = this.#directions.get(spec.name.trim().toLowerCase());
    const metric: Metric = {
      name: spec.name,
      direction: option ?? spec.direction ?? metricDirection(spec.name),
      directionSource: option ? 'option' : spec.direction ? 'feed' : 'inferred',
      unit: spec.unit ?? null,
      descriptor: isDescriptorMetric(spec.name),
    };
    board.metrics.push(metric);
    byName.set(spec.name, metric);
    return metric;
  }

  hasMetric(board: Leaderboard, name: string): boolean {
    return this.#metricsOf(board).has(name);
  }

  /** Adds a result; every value is kept, unreadable ones with value null and a warning. */
  addResult(board: Leaderboard, draft: ResultDraft): Result {
    const values: Record<string, MetricValue> = Object.create(null);
    for (const { metric, raw, path } of draft.values) {
      this.addMetric(board, { name: metric });
      const value = parseMetricValue(raw);
      if (value.value === null) {
        const text = rawText(raw).trim();
        this.#log.add('unreadable-value', path, text === ''
          ? `No value for "${metric}" (model "${draft.model}"); the row is kept without it.`
          : `Could not read a number in "${text}" for "${metric}" (model "${draft.model}"); the row is kept without it.`, rawText(raw));
      }
      values[metric] = value;
    }
    const result: Result = {
      id: draft.id || String(board.results.length),
      model: draft.model,
      date: draft.date,
      ...(draft.datePrecision ? { datePrecision: draft.datePrecision } : {}),
      values,
      extraData: draft.extraData,
      paper: draft.paper,
      code: draft.code,
    };
    board.results.push(result);
    return result;
  }

  /** Adds a table's metric list, reporting a name the same list repeats. */
  addMetricList(board: Leaderboard, specs: ReadonlyArray<MetricSpec & { path: string | null }>): void {
    const seen = new Set<string>();
    for (const spec of specs) {
      if (seen.has(spec.name)) {
        if (spec.path !== null) this.#log.add('duplicate', spec.path, `Metric "${spec.name}" is listed twice; kept the first.`, spec.name);
        continue;
      }
      seen.add(spec.name);
      this.addMetric(board, spec);
    }
  }

  leaderboards(): Leaderboard[] {
    return [...this.#boards.values()];
  }

  #metricsOf(board: Leaderboard): Map<string, Metric> {
    const byName = this.#metrics.get(board);
    if (!byName) throw new Error('BoardBuilder: board was not made by this builder');
    return byName;
  }

  #uniqueId(base: string): string {
    let id = base;
    for (let n = 2; this.#ids.has(id); n++) id = `${base}-${n}`;
    this.#ids.add(id);
    return id;
  }
}
