// One entry point for every feed shape: detect the format from the data itself (or take options.format), run
// its adapter, and hand back one Feed. Adapters throw FeedError for structure they cannot do without and log
// everything else as warnings; this file only refuses input that yields nothing to show.
import { FeedError } from './feed-error.js';
import { readEvaluationTables } from './formats/pwc-evaluation-tables.js';
import { hasModelIndex, readHfModelIndex } from './formats/hf-model-index.js';
import { looksLikeApiPage, readPwcApi } from './formats/pwc-api.js';
import { readPwcLinks } from './formats/pwc-links.js';
import { readPwcPapers } from './formats/pwc-papers.js';
import { readOwnFormat } from './formats/sota-widgets.js';
import { BoardBuilder } from './internal/board-builder.js';
import { PaperSet } from './internal/paper-set.js';
import { describe, field, has, isObject, WarningLog, type JsonObject } from './internal/read.js';
import type { Feed, FeedFormat, ParseOptions, Source } from './types.js';

export type InputFormat = Exclude<FeedFormat, 'merged'>;
type BoardFormat = Exclude<InputFormat, 'sota-widgets-index'>;

const FORMATS: readonly BoardFormat[] = ['sota-widgets', 'pwc-evaluation-tables', 'pwc-papers', 'pwc-links', 'pwc-api', 'hf-model-index'];
/** The board index's format key (board-index.ts owns the format; its reader stays out of this file, see parseFeed). */
const INDEX_FORMAT = 'sota-widgets-index';

/**
 * The format `input` is in, judged by its shape alone, or null when it matches none. An already parsed Feed
 * is not an input format: parseFeed passes it through.
 */
export function detectFormat(input: unknown): InputFormat | null {
  if (Array.isArray(input)) {
    const first = input.find(isObject);
    if (!first) return null;
    if (hasModelIndex(first)) return 'hf-model-index';
    if (has(first, 'task') && (has(first, 'datasets') || has(first, 'subtasks'))) return 'pwc-evaluation-tables';
    if (has(first, 'repo_url')) return 'pwc-links';
    if (has(first, 'paper_url') || has(first, 'url_abs') || has(first, 'arxiv_id')) return 'pwc-papers';
    return null;
  }
  if (!isObject(input)) return null;
  if (field(input, 'format') === INDEX_FORMAT) return INDEX_FORMAT; // before 'version', which an index also has
  if (hasModelIndex(input)) return 'hf-model-index';
  if (has(input, 'version') || Array.isArray(field(input, 'leaderboards')) || (Array.isArray(field(input, 'papers')) && !has(input, 'results'))) {
    return 'sota-widgets';
  }
  if (looksLikeApiPage(input)) return 'pwc-api';
  return null;
}

/** Reads parsed JSON in any supported format into one Feed. Throws FeedError when nothing usable is there. */
export function parseFeed(input: unknown, options: ParseOptions = {}): Feed {
  if (isParsedFeed(input)) return input;
  const format = options.format ?? detectFormat(input);
  if (format === null) throw new FeedError(unknownShape(input), '');
  // An index lists boards without holding them. Reading one here would put its reader into every element (and
  // the script-tag file, which has no room): <sota-index> reads it, and Node code calls parseBoardIndex.
  if (format === INDEX_FORMAT) {
    throw new FeedError('This is a board index, not a feed of results: <sota-index> shows it (parseBoardIndex reads it).', '/format');
  }
  if (!FORMATS.includes(format)) throw new FeedError(`Unknown feed format "${String(format)}"; expected one of ${FORMATS.join(', ')}.`, '');
  const log = new WarningLog();
  const builder = new BoardBuilder(log, options.directions);
  const papers = new PaperSet(log);
  let source: Source | null = null;
  let updated: string | null = null;
  switch (format) {
    case 'sota-widgets':
      ({ source, updated } = readOwnFormat(input, builder, papers, log));
      break;
    case 'pwc-evaluation-tables':
      readEvaluationTables(input, builder, log);
      break;
    case 'pwc-papers':
      readPwcPapers(input, papers, log);
      break;
    case 'pwc-links':
      readPwcLinks(input, papers, log);
      break;
    case 'pwc-api':
      readPwcApi(input, options.pwcApi, builder, papers, log);
      break;
    case 'hf-model-index':
      readHfModelIndex(input, builder, log);
      break;
  }
  const feed: Feed = { format, leaderboards: builder.leaderboards(), papers: papers.list(), warnings: log.warnings, source, updated };
  if (feed.leaderboards.length === 0 && feed.papers.length === 0) {
    throw new FeedError(`The ${format} feed holds no leaderboards and no papers: there is nothing to show.`, '');
  }
  return feed;
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
    + 'a PWC API page ({count, results}), a Hugging Face model-index or a board index ({"format": "sota-widgets-index", tasks}).';
  if (Array.isArray(input)) {
    const first = input.find(isObject);
    if (input.length === 0) return `The feed is an empty list: there is nothing to show. ${expected}`;
    if (!first) return `Could not tell the feed format: a list whose first item is ${describe(input[0])}, not an object. ${expected}`;
    return `Could not tell the feed format: a list whose first item has the keys ${keyList(first)}. ${expected}`;
  }
  if (isObject(input)) return `Could not tell the feed format: an object with the keys ${keyList(input)}. ${expected}`;
  return `Expected a feed (a JSON object or list), found ${describe(input)}. ${expected}`;
}

function keyList(object: JsonObject): string {
  const keys = Object.keys(object);
  if (keys.length === 0) return '(none)';
  return keys.slice(0, 8).map((key) => `"${key}"`).join(', ') + (keys.length > 8 ? ', …' : '');
}
