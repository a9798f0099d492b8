// sota-widgets/feed: the pure data layer. No DOM, no Lit: runs in browsers and in Node. Unlike the main entry
// (which keeps the script-tag file small and loads it on demand), it reads CSV/TSV and tables of records at once.
import { tableReader } from './table-reader.js';
import { useTableReader } from './parse-feed.js';

export * from './api.js';
// Column mappings are for tables, whose reader this entry carries; the main entry stays without either.
export { parseColumnMapping, COLUMN_ROLES, type ColumnMapping, type ColumnRole } from './column-mapping.js';

useTableReader(tableReader);
