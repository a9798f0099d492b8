// The feed layer's public API, re-exported by the main entry and, with the table reader in place, by
// sota-widgets/feed (index.ts). No DOM, no Lit: runs in browsers and in Node.
export type * from './types.js';
export { FeedError } from './feed-error.js';
export { parseFeed, detectFormat } from './parse-feed.js';
export { loadTableReader } from './load-table-reader.js';
export { parseMetricValue, formatMetricValue } from './metric-value.js';
export { metricDirection, isDescriptorMetric } from './metric-direction.js';
export { rankResults, defaultMetric } from './rank-results.js';
export { stateOfTheArt } from './state-of-the-art.js';
export { findLeaderboard, nearestLeaderboards, normalizeName } from './find-leaderboard.js';
export { paperResults, findPaper, nearestPapers, arxivIdFrom } from './paper-results.js';
export { mergeFeeds } from './merge-feeds.js';
export { formatFeedDate } from './format-date.js';
