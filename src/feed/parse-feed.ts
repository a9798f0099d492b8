// One entry point for every feed shape: detect the format from the data itself (or take options.format), run
// its reader, and hand back one Feed. Readers throw FeedError for structure they cannot do without and log
// everything else as warnings; this file only refuses input that yields nothing to show. Our own format is read
// here; every other format's reader is installed (format-readers.ts): on demand in the browser, up front in Node.
import { FeedError } from './feed-error.js';
import { boundText } from './bound-text.js';
import { detectFormat, type InputFormat } from './detect-format.js';
import { formatReader, type InstalledFormat } from './format-readers.js';
import { readOwnFormat } from './formats/sota-widgets.js';
import { BoardBuilder } from './internal/board-builder.js';
import { PaperSet } from './internal/paper-set.js';
import { describe, field, isObject, WarningLog, type JsonObject } from './internal/read.js';
import { looksLikeJson, withoutBom } from './internal/text-shape.js';
import type { Feed, ParseOptions, Source } from './types.js';

export { detectFormat, type InputFormat };

const FORMATS: readonly InputFormat[] = [
  'sota-widgets', 'pwc-evaluation-tables', 'pwc-papers', 'pwc-links', 'pwc-api', 'hf-model-index', 'records', 'csv', 'hf-leaderboard',
  'hf-eval-results', 'dataset-viewer-rows',
];

/**
 * Reads a feed in any supported format into one Feed: parsed JSON, JSON text, or CSV/TSV text (one result per
 * row). Throws FeedError when nothing usable is there (and JSON.parse's SyntaxError for text that starts like JSON
 * but is not). In the browser, formats other than our own need `await loadFeedFormats()` first (the elements do it).
 */
export function parseFeed(input: unknown, options: ParseOptions = {}): Feed {
  if (typeof input === 'string' && looksLikeJson(input)) return parseFeed(JSON.parse(withoutBom(input)), options);
  if (isParsedFeed(input)) return input;
  const format = options.format ?? detectFormat(input, options);
  // A board index lists boards without holding them: <sota-index> reads it, Node code parseBoardIndex (board-index.ts).
  if (format === 'sota-widgets-index') throw new FeedError('A board index: <sota-index> shows it.', '/format');
  if (format === null) throw new FeedError(unknownShape(input), '');
  if (!FORMATS.includes(format)) throw new FeedError(`Unknown feed format "${String(format)}"; expected one of ${FORMATS.join(', ')}.`, '');
  const log = new WarningLog();
  const builder = new BoardBuilder(log, options.directions);
  const papers = new PaperSet(log);
  let source: Source | null = null;
  let updated: string | null = null;
  if (format === 'sota-widgets') {
    ({ source, updated } = readOwnFormat(input, builder, papers, log));
  } else {
    const read = formatReader(format as InstalledFormat);
    if (!read) {
      throw new FeedError(`The ${format} reader is loaded on demand: call loadFeedFormats() and wait for it before parseFeed.`, '');
    }
    source = read(input, options, { builder, papers, log }) ?? null;
  }
  const feed: Feed = { format, leaderboards: builder.leaderboards(), papers: papers.list(), warnings: log.warnings, source, updated };
  if (feed.leaderboards.length === 0 && feed.papers.length === 0) {
    throw new FeedError(`The ${format} feed holds no leaderboards and no papers: there is nothing to show.`, '');
  }
  if (options.keepLongText) return feed;
  const bounded = boundText(feed);
  made.add(bounded);
  return bounded;
}

/** Feeds parseFeed made and bounded: well formed and no text too long to lay out, so an element need not walk them again. */
const made = new WeakSet<Feed>();

/** True for a Feed parseFeed made with its text bounded (and nobody has copied since); false for one made by hand. */
export function madeByParseFeed(feed: Feed): boolean {
  return made.has(feed);
}

/** A Feed from parseFeed or mergeFeeds, handed back in (elements accept both raw JSON and parsed feeds). */
function isParsedFeed(input: unknown): input is Feed {
  return isObject(input)
    && typeof field(input, 'format') === 'string'
    && Array.isArray(field(input, 'leaderboards'))
    && Array.isArray(field(input, 'papers'))
    && Array.isArray(field(input, 'warnings'));
}

function unknownShape(input: unknown): string {
  const expected = 'Expected a sota-widgets feed ({version, leaderboards}), a PWC archive list (evaluation tables, papers or links), '
    + 'a PWC API page ({count, results}), Hugging Face results, a table of records or CSV/TSV text.';
  if (Array.isArray(input)) {
    const first = input.find(isObject);
    if (input.length === 0) return `The feed is an empty list: there is nothing to show. ${expected}`;
    if (!first) return `Could not tell the feed format: a list whose first item is ${describe(input[0])}, not an object. ${expected}`;
    return `Could not tell the feed format: a list whose first item has the keys ${keyList(first)}. ${expected}`;
  }
  if (isObject(input)) return `Could not tell the feed format: an object with the keys ${keyList(input)}. ${expected}`;
  if (typeof input === 'string') {
    const start = input.trimStart();
    const what = start === '' ? 'empty' : start.startsWith('<') ? 'HTML (a web page)' : 'neither JSON nor a table';
    return `The text is ${what}: expected JSON, or CSV/TSV with a header line of column names (model, dataset, metrics…).`;
  }
  return `Expected a feed (a JSON object or list), found ${describe(input)}. ${expected}`;
}

function keyList(object: JsonObject): string {
  const keys = Object.keys(object);
  if (keys.length === 0) return '(none)';
  return keys.slice(0, 8).map((key) => `"${key}"`).join(', ') + (keys.length > 8 ? ', …' : '');
}
