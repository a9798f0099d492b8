// The one model every feed format is read into. Plain data: JSON-serialisable, no classes, no DOM.
import type { ColumnMapping } from './column-mapping.js';
import type { BoardIndex } from './board-index.js';

/** Which way a metric improves. */
export type Direction = 'higher' | 'lower';

/** Where a metric's direction came from: the feed itself, the caller's options, or the metric's name. */
export type DirectionSource = 'feed' | 'option' | 'inferred';

export interface Metric {
  name: string;
  direction: Direction;
  directionSource: DirectionSource;
  /** Unit as the feed gives it ("%", "ms"), or null. */
  unit: string | null;
  /** True for columns that describe a model rather than score it ("Number of params", "Extra Training Data"). */
  descriptor: boolean;
}

/** How much of a date the feed knew: "2021-04" is known to the month. Day precision is the default and is not written. */
export type DatePrecision = 'year' | 'month';

/** A metric value as written in a feed, and the number it stands for. */
export interface MetricValue {
  /** The number, scale suffix applied ("2440M" → 2.44e9, "93.3%" → 93.3); null when there is none to read. */
  value: number | null;
  /** The text exactly as the feed gave it (numbers stringified); "" for null or missing. */
  raw: string;
  /** The "±" / "+-" half-width, in the same units as value, or null. */
  uncertainty: number | null;
  /** The text carried a percent sign. */
  percent: boolean;
  /** Scale suffix as written ("k", "M", "B", "T"), or "". */
  suffix: string;
  /** Footnote marks as written ("*", "†", "‡"), or "". */
  marks: string;
  /** The text was wrapped in markdown emphasis ("**70.3**"), which PWC used to mark the best value. */
  emphasis: boolean;
  /** Cleaned text for display: number, uncertainty, percent and suffix, without markdown or marks ("0.8428 ± 0.0014"). */
  text: string;
  /** The source's interval around the value (lower, upper) when it is not symmetric, so "±" cannot say it. */
  interval?: [number, number];
}

export interface CodeLink {
  url: string;
  title: string | null;
  official: boolean;
  framework: string | null;
  stars: number | null;
}

/** How a result points at its paper. Any field may be missing in real data; the join in `paperResults` uses all of them. */
export interface PaperRef {
  id: string | null;
  title: string | null;
  url: string | null;
  date: string | null;
  /** Set when the feed gave only a month or a year; absent for a full date. */
  datePrecision?: DatePrecision;
  arxivId: string | null;
}

export interface Result {
  /** Stable within its leaderboard (feed id, else the position it had in the feed). */
  id: string;
  model: string;
  /** YYYY-MM-DD, or null when the feed has no (readable) date. A month or year alone reads as its first day. */
  date: string | null;
  /** Set when the feed gave only a month or a year; absent for a full date. */
  datePrecision?: DatePrecision;
  /** Metric name → value. A metric the result has no entry for is absent (not null). */
  values: Record<string, MetricValue>;
  /** Trained with extra data; null where the feed does not say. */
  extraData: boolean | null;
  paper: PaperRef | null;
  code: CodeLink[];
  /** The rank the source itself published (the Hub, LMArena), kept as given; absent when it gives none. */
  rank?: number;
  /** The model's own page (a Hub model repository), when the source names one. */
  modelUrl?: string;
  /** The source vouches for the result (the Hub's "verified": a valid verifyToken). Absent when it does not say. */
  verified?: boolean;
  /** Submitted by someone else and not yet merged (the Hub's "community": an open pull request, with its number). */
  community?: { pullRequest: number | null };
  /** How the result was obtained, as the source words it ("With tools", "no-tools"). */
  notes?: string;
}

/** Where a leaderboard's facts come from, for attribution. */
export interface Source {
  name: string | null;
  url: string | null;
  license: string | null;
}

export interface Leaderboard {
  /** "task--dataset" slug, unique within a feed. */
  id: string;
  task: string;
  dataset: string;
  metrics: Metric[];
  results: Result[];
  description: string | null;
  source: Source | null;
  /** Set when the source holds more rows than were read (a capped page walk): how many were read, of how many. */
  cut?: { read: number; total: number };
}

export interface Paper {
  /** Slug or feed id, unique within a feed. */
  id: string;
  title: string;
  authors: string[];
  /** YYYY-MM-DD (a month or year alone reads as its first day), or null. */
  date: string | null;
  /** Set when the feed gave only a month or a year; absent for a full date. */
  datePrecision?: DatePrecision;
  /** Venue without PWC's trailing month number ("NAACL (BioNLP) 2021 6" → "NAACL (BioNLP) 2021"). */
  venue: string | null;
  abstract: string | null;
  url: string | null;
  pdf: string | null;
  code: CodeLink[];
  tasks: string[];
  /** arXiv id without version ("2104.10344"), or null. */
  arxivId: string | null;
  /** The feed's own BibTeX entry, if it has one. */
  bibtex: string | null;
}

export type FeedFormat =
  | 'sota-widgets'
  | 'pwc-evaluation-tables'
  | 'pwc-papers'
  | 'pwc-links'
  | 'pwc-api'
  | 'hf-model-index'
  | 'hf-leaderboard'
  | 'hf-eval-results'
  | 'dataset-viewer-rows'
  | 'records'
  | 'csv'
  | 'sota-widgets-index'
  | 'merged';

export type WarningKind =
  | 'unreadable-value'
  | 'unreadable-date'
  | 'missing-field'
  | 'ignored-field'
  | 'duplicate'
  | 'unsafe-url'
  | 'other';

/** Something odd in a feed that was tolerated: never thrown, never silent. */
export interface FeedWarning {
  kind: WarningKind;
  /** JSON pointer into the input ("/0/datasets/3/sota/rows/12/metrics/PPL"). */
  path: string;
  message: string;
  /** The offending text, as given. */
  raw: string | null;
}

export interface Feed {
  format: FeedFormat;
  leaderboards: Leaderboard[];
  papers: Paper[];
  warnings: FeedWarning[];
  /** Attribution for the whole feed, when it carries one. */
  source: Source | null;
  /** When the feed says it was last updated (ISO date), or null. */
  updated: string | null;
  /** A board index file (format "sota-widgets-index") read as it is: such a feed has no leaderboards or papers of its own. */
  index?: BoardIndex;
}

export interface ParseOptions {
  /** Skip detection and read the input as this format. */
  format?: Exclude<FeedFormat, 'merged'>;
  /** Metric name (case-insensitive) → direction; wins over the feed and over inference. */
  directions?: Record<string, Direction>;
  /** What a PWC API results page does not say about itself; wins over the same keys on the page. */
  pwcApi?: PwcApiContext;
  /**
   * Where the data came from. A Hub leaderboard names its board after the dataset id in this URL's path
   * (`/api/datasets/{namespace}/{name}/leaderboard`).
   */
  url?: string;
  /** The benchmark's name where the data does not say it (a Hub leaderboard's dataset id); wins over the URL. */
  dataset?: string;
  /** The model a list of eval results belongs to, where the data does not say it (a `.eval_results` YAML list). */
  model?: string;
  /** Which board of a table with a `category` column (LMArena's): "overall" by default. */
  category?: string;
  /** How to read a table of records (CSV/TSV text, or a JSON list of flat objects). */
  records?: RecordsOptions;
  /**
   * Keep text longer than 10,000 characters whole. By default it is cut, with a warning, as the elements would
   * freeze laying it out; tools that write feeds (convert, split, fetch) keep it.
   */
  keepLongText?: boolean;
}

/** How to read a table of records: which column is which, and what rows that name no task or dataset belong to. */
export interface RecordsOptions {
  /** Which column plays which part: mapping text ("model: Model version; value: mean_score") or a parsed mapping. */
  columns?: string | ColumnMapping | null;
  /** The task of rows that name none (no task column, or a blank cell). */
  task?: string | null;
  /** The dataset of rows that name none. */
  dataset?: string | null;
  /** Attribution for every board made, and for the feed. */
  source?: Source | null;
}

/** Context for a PWC API v1 results page (`/evaluations/{id}/results/`). */
export interface PwcApiContext {
  task?: string;
  dataset?: string;
  /** The table's metrics: a `/evaluations/{id}/metrics/` page or its list of `{name, is_loss}`. */
  metrics?: unknown;
}

export interface RankedResult {
  result: Result;
  /** 1-based; ties share a rank (1, 2, 2, 4); null when the result has no value for the metric. */
  rank: number | null;
}

export interface PaperResultRow {
  leaderboard: Leaderboard;
  result: Result;
  metric: Metric;
  value: MetricValue;
  rank: number | null;
  /** How many results on the leaderboard have a value for this metric. */
  of: number;
}
