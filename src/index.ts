// The whole library: defines all three elements and re-exports their classes and the feed layer (less the board
// index, which sota-widgets/feed and <sota-index> carry: this is the script-tag file's entry, which has no room).
export * from './feed/core.js';
export * from './events/events.js';
export { SotaTable } from './components/sota-table/define.js';
export { MetricTrend } from './components/metric-trend/define.js';
export { PaperCard } from './components/paper-card/define.js';
