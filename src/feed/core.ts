// The feed layer as the script-tag file carries it: everything but the board index (board-index.ts), which only
// <sota-index> and Node code need and the script-tag file has no room for. sota-widgets/feed exports both.
export type * from './types.js';
export { FeedError } from './feed-error.js';
export { parseFeed, detectFormat } from './parse-feed.js';
export { loadFeedFormats } from './load-feed-formats.js';
export type { ColumnMapping, ColumnRole } from './column-mapping.js';
export { parseMetricValue, formatMetricValue } from './metric-value.js';
export { metricDirection, isDescriptorMetric } from './metric-direction.js';
export { rankResults, defaultMetric } from './rank-results.js';
export { stateOfTheArt } from './state-of-the-art.js';
export { findLeaderboard, nearestLeaderboards, normalizeName } from './find-leaderboard.js';
export { paperResults, findPaper, nearestPapers, arxivIdFrom } from './paper-results.js';
export { modelResults, nearestModels } from './model-results.js';
export { mergeFeeds } from './merge-feeds.js';
export { formatFeedDate } from './format-date.js';
