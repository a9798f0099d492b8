// sota-widgets/feed: the pure data layer. No DOM, no Lit: runs in browsers and in Node.
export * from './core.js';
export {
  buildBoardIndex, boardsByTask, indexEntry, parseBoardIndex, parseFeedOrIndex, isBoardIndex, nameSlug, boardSlugs, boardFile, fillBoardTemplate,
  INDEX_FORMAT, INDEX_VERSION,
} from './board-index.js';
export type { BoardIndex, BoardIndexTask, BoardIndexEntry, BoardIndexBest, BuildBoardIndexOptions } from './board-index.js';
