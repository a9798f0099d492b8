// A table (CSV/TSV text, or a JSON list of flat records) into a Feed, through the one records reader. Kept out of
// parseFeed's core so the script-tag file does not carry it (nor d3-dsv): the elements import() it the first time
// a feed is table text, and sota-widgets/feed's parseFeed calls it for tables.
import { BoardBuilder } from './internal/board-builder.js';
import { readDelimitedText } from './internal/delimited-text.js';
import { WarningLog } from './internal/read.js';
import { FeedError } from './feed-error.js';
import { readRecords } from './formats/records.js';
import type { Feed, ParseOptions } from './types.js';

/** CSV/TSV text (format 'csv') or parsed records (format 'records') into a Feed; throws FeedError when there is nothing to show. */
export function parseTableFeed(input: unknown, options: ParseOptions = {}): Feed {
  const log = new WarningLog();
  const builder = new BoardBuilder(log, options.directions);
  const text = typeof input === 'string';
  readRecords(text ? readDelimitedText(input, log).rows : input, builder, log, options.records);
  const format = text ? 'csv' : 'records';
  const leaderboards = builder.leaderboards();
  if (leaderboards.length === 0) throw new FeedError(`The ${format === 'csv' ? 'CSV/TSV' : 'records'} table has no rows: there is nothing to show.`, '');
  return { format, leaderboards, papers: [], warnings: log.warnings, source: options.records?.source ?? null, updated: null };
}
