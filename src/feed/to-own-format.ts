// A Feed written back as our own format (schema/sota-feed.schema.json), so a feed read from any format can be
// saved and read again by parseFeed with the same boards, values and papers. Values keep the text they were
// given ("93.3%", "-"), so nothing a reader warned about is lost or silently "fixed"; dates keep their precision;
// a direction is written only where the feed or the caller stated it, so an inferred one stays inferred.
import { isoDateAtPrecision } from './internal/dates.js';
import { isDescriptorMetric } from './metric-direction.js';
import type { CodeLink, DatePrecision, Feed, Leaderboard, Metric, Paper, PaperRef, Result, Source } from './types.js';

export interface OwnFormatOptions {
  /** Attribution for the whole file; default the feed's own source. */
  source?: Source | null;
  /** A note for readers of the file, written as `$comment`. */
  comment?: string;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const dateText = (date: string | null, precision?: DatePrecision): string | null => (date === null ? null : isoDateAtPrecision(date, precision));

function sourceJson(source: Source): Json {
  return { name: source.name, url: source.url, license: source.license };
}

function metricJson(metric: Metric): Json {
  const json: Record<string, Json> = { name: metric.name };
  if (metric.directionSource !== 'inferred') json.direction = metric.direction;
  if (metric.unit !== null) json.unit = metric.unit;
  // Written only where the name would say otherwise (a text column "organization", a mapped "vote_count").
  if (metric.descriptor !== isDescriptorMetric(metric.name)) json.descriptor = metric.descriptor;
  return json;
}

function codeJson(code: CodeLink): Json {
  const json: Record<string, Json> = { url: code.url };
  if (code.title !== null) json.title = code.title;
  if (code.official) json.official = true;
  if (code.framework !== null) json.framework = code.framework;
  if (code.stars !== null) json.stars = code.stars;
  return json;
}

function refJson(ref: PaperRef): Json {
  const json: Record<string, Json> = {};
  if (ref.id !== null) json.id = ref.id;
  if (ref.title !== null) json.title = ref.title;
  if (ref.url !== null) json.url = ref.url;
  const date = dateText(ref.date, ref.datePrecision);
  if (date !== null) json.date = date;
  if (ref.arxivId !== null) json.arxivId = ref.arxivId;
  return json;
}

function resultJson(result: Result, position: number): Json {
  const json: Record<string, Json> = {};
  // A result's id is its position unless the feed gave one; only a given id needs writing.
  if (result.id !== String(position)) json.id = result.id;
  json.model = result.model;
  const date = dateText(result.date, result.datePrecision);
  if (date !== null) json.date = date;
  const values: Record<string, Json> = {};
  for (const [name, value] of Object.entries(result.values)) values[name] = value.raw === '' ? null : value.raw;
  json.values = values;
  // An interval "±" cannot say (LMArena's rating_lower/rating_upper), beside the values so every reader keeps them.
  const intervals: Record<string, Json> = {};
  for (const [name, value] of Object.entries(result.values)) if (value.interval) intervals[name] = [...value.interval];
  if (Object.keys(intervals).length) json.intervals = intervals;
  if (result.extraData !== null) json.extraData = result.extraData;
  if (result.paper) json.paper = refJson(result.paper);
  if (result.code.length) json.code = result.code.map(codeJson);
  // What the source says beside the values (the Hub's rank, badges and notes), so a fetched board keeps them.
  if (result.rank !== undefined) json.rank = result.rank;
  if (result.modelUrl !== undefined) json.modelUrl = result.modelUrl;
  if (result.verified !== undefined) json.verified = result.verified;
  if (result.community !== undefined) json.community = { pullRequest: result.community.pullRequest };
  if (result.notes !== undefined) json.notes = result.notes;
  return json;
}

function boardJson(board: Leaderboard): Json {
  const json: Record<string, Json> = { id: board.id, task: board.task, dataset: board.dataset };
  if (board.description !== null) json.description = board.description;
  if (board.source) json.source = sourceJson(board.source);
  if (board.cut) json.cut = { read: board.cut.read, total: board.cut.total };
  json.metrics = board.metrics.map(metricJson);
  json.results = board.results.map(resultJson);
  return json;
}

function paperJson(paper: Paper): Json {
  const json: Record<string, Json> = { id: paper.id, title: paper.title };
  if (paper.authors.length) json.authors = paper.authors;
  const date = dateText(paper.date, paper.datePrecision);
  if (date !== null) json.date = date;
  for (const key of ['venue', 'abstract', 'url', 'pdf'] as const) if (paper[key] !== null) json[key] = paper[key];
  if (paper.code.length) json.code = paper.code.map(codeJson);
  if (paper.tasks.length) json.tasks = paper.tasks;
  if (paper.arxivId !== null) json.arxivId = paper.arxivId;
  if (paper.bibtex !== null) json.bibtex = paper.bibtex;
  return json;
}

/**
 * The feed as a sota-widgets format object (version 1), ready for JSON.stringify. Keys come in a fixed order and
 * nothing depends on the clock, so the same feed always gives the same text.
 */
export function toOwnFormat(feed: Feed, options: OwnFormatOptions = {}): Record<string, Json> {
  const json: Record<string, Json> = {};
  if (options.comment) json.$comment = options.comment;
  json.version = 1;
  const source = options.source === undefined ? feed.source : options.source;
  if (source) json.source = sourceJson(source);
  if (feed.updated) json.updated = feed.updated;
  json.leaderboards = feed.leaderboards.map(boardJson);
  json.papers = feed.papers.map(paperJson);
  return json;
}
