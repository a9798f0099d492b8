// The whole library: defines all three elements and re-exports their classes and the feed layer.
export * from './feed/api.js';
export * from './events/events.js';
export { SotaTable } from './components/sota-table/define.js';
export { MetricTrend } from './components/metric-trend/define.js';
export { PaperCard } from './components/paper-card/define.js';
