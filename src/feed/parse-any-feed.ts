// parseFeed and detectFormat as sota-widgets/feed has them: the core's JSON formats, plus JSON text, CSV/TSV text
// and JSON lists of flat records (table-feed.ts), told apart by shape or by options.format.
import { detectFormat as detectJsonFormat, parseFeed as parseJsonFeed, type InputFormat } from './parse-feed.js';
import { isRecordList } from './internal/record-shape.js';
import { looksLikeJson, withoutBom } from './internal/text-shape.js';
import { parseTableFeed } from './table-feed.js';
import type { Feed, ParseOptions } from './types.js';

/** A comma, tab or semicolon on the first line: text that may be a table. */
const TABLE_TEXT = /^[^\n]*[,;\t]/;

/**
 * The format `input` is in, judged by its shape alone, or null when it matches none. Text is JSON (judged once
 * parsed) or, with a comma, tab or semicolon on its first line, a table ('csv').
 */
export function detectFormat(input: unknown): InputFormat | null {
  if (typeof input === 'string') return looksLikeJson(input) ? detectFormat(JSON.parse(withoutBom(input))) : TABLE_TEXT.test(input) ? 'csv' : null;
  const format = detectJsonFormat(input);
  // Records may have a paper_url column; the archive's paper records hold lists (authors, tasks) and no model.
  return (format === null || format === 'pwc-papers') && isRecordList(input) ? 'records' : format;
}

/**
 * Reads any supported feed into one Feed: parsed JSON, JSON text, or CSV/TSV text (one result per row). Throws
 * FeedError when nothing usable is there (and JSON.parse's SyntaxError for text that starts like JSON but is not).
 */
export function parseFeed(input: unknown, options: ParseOptions = {}): Feed {
  if (typeof input === 'string' && looksLikeJson(input)) return parseFeed(JSON.parse(withoutBom(input)), options);
  const format = options.format ?? detectFormat(input);
  if (format === 'csv' || format === 'records') return parseTableFeed(input, options);
  return parseJsonFeed(input, options);
}
