// sota-widgets/feed: the pure data layer. No DOM, no Lit: runs in browsers and in Node (its entry, all-formats.ts,
// installs every format's reader).
export * from './core.js';
// Column mappings belong to the records reader, a chunk of its own in the browser; Node reads them here.
export {
  buildBoardIndex, boardsByTask, indexEntry, parseBoardIndex, parseFeedOrIndex, isBoardIndex, nameSlug, boardSlugs, boardFile, fillBoardTemplate,
  INDEX_FORMAT, INDEX_VERSION,
} from './board-index.js';
export type { BoardIndex, BoardIndexTask, BoardIndexEntry, BoardIndexBest, BuildBoardIndexOptions } from './board-index.js';
// Writing a feed in our own format is for Node tools (the command line), not the script-tag file: it stays out of core.
export { toOwnFormat } from './to-own-format.js';
export type { OwnFormatOptions } from './to-own-format.js';
export { parseColumnMapping, COLUMN_ROLES, type ColumnMapping, type ColumnRole } from './column-mapping.js';
