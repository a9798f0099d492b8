// sota-widgets/feed: the pure data layer. No DOM, no Lit: runs in browsers and in Node. Its parseFeed and
// detectFormat also read tables (CSV/TSV text, JSON lists of flat records); the main entry's read the JSON formats
// only, so the script-tag file need not carry the table reader, which the elements load on demand.
export * from './api.js';
export { parseFeed, detectFormat } from './parse-any-feed.js';
export { parseTableFeed } from './table-feed.js';
export { parseColumnMapping, COLUMN_ROLES, type ColumnMapping, type ColumnRole } from './column-mapping.js';
