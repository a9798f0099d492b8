import { MetricTrend } from './metric-trend.js';

MetricTrend.define();

export { MetricTrend };

declare global {
  interface HTMLElementTagNameMap {
    'metric-trend': MetricTrend;
  }
}
