// sota-widgets/feed: the pure data layer. No DOM, no Lit: runs in browsers and in Node.
export type * from './types.js';
export { FeedError } from './feed-error.js';
export { parseFeed, detectFormat } from './parse-feed.js';
export { loadFeedFormats, feedFormatsLoaded } from './load-feed-formats.js';
export type { ColumnMapping, ColumnRole } from './column-mapping.js';
export { parseMetricValue, formatMetricValue } from './metric-value.js';
export { metricDirection, isDescriptorMetric } from './metric-direction.js';
export { rankResults, defaultMetric } from './rank-results.js';
export { stateOfTheArt } from './state-of-the-art.js';
export { findLeaderboard, nearestLeaderboards, normalizeName } from './find-leaderboard.js';
export { paperResults, findPaper, nearestPapers, arxivIdFrom } from './paper-results.js';
export { mergeFeeds } from './merge-feeds.js';
export { formatFeedDate } from './format-date.js';
