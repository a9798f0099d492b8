// sota-widgets/feed: the pure data layer. No DOM, no Lit: runs in browsers and in Node. Its parseFeed and
// detectFormat also read tables (CSV/TSV text, JSON lists of flat records, table-feed.ts); the main entry's
// (core.ts) read the JSON formats only, as the script-tag file has no room for the table reader and d3-dsv.
export * from './core.js';
export { feedFormatsLoaded } from './load-feed-formats.js';
// Column mappings belong to the records reader, a chunk of its own in the browser; Node reads them here.
export {
  buildBoardIndex, boardsByTask, indexEntry, parseBoardIndex, parseFeedOrIndex, isBoardIndex, nameSlug, boardSlugs, boardFile, fillBoardTemplate,
  INDEX_FORMAT, INDEX_VERSION,
} from './board-index.js';
export type { BoardIndex, BoardIndexTask, BoardIndexEntry, BoardIndexBest, BuildBoardIndexOptions } from './board-index.js';
// Writing a feed in our own format is for Node tools (the command line), not the script-tag file: it stays out of core.
export { toOwnFormat } from './to-own-format.js';
export type { OwnFormatOptions } from './to-own-format.js';
export { parseFeed, detectFormat } from './parse-any-feed.js';
export { parseTableFeed } from './table-feed.js';
export { parseColumnMapping, COLUMN_ROLES, type ColumnMapping, type ColumnRole } from './column-mapping.js';
