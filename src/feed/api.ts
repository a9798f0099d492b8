// The feed layer's public API as the main entry re-exports it: parseFeed reads the JSON formats. sota-widgets/feed
// (index.ts) adds tables (CSV/TSV text, JSON records), which the elements load on demand (table-feed.ts).
export type * from './types.js';
export { FeedError } from './feed-error.js';
export { parseFeed, detectFormat } from './parse-feed.js';
export { parseMetricValue, formatMetricValue } from './metric-value.js';
export { metricDirection, isDescriptorMetric } from './metric-direction.js';
export { rankResults, defaultMetric } from './rank-results.js';
export { stateOfTheArt } from './state-of-the-art.js';
export { findLeaderboard, nearestLeaderboards, normalizeName } from './find-leaderboard.js';
export { paperResults, findPaper, nearestPapers, arxivIdFrom } from './paper-results.js';
export { mergeFeeds } from './merge-feeds.js';
export { formatFeedDate } from './format-date.js';
