// The chart's data as a table: what the "Table" toggle shows, for readers who would rather read rows than
// dots, and for screen-reader users who want every value rather than the summary.
import { html, nothing, type TemplateResult } from 'lit';
import { formatPointDate } from '../../chart/trend-format.js';
import type { TrendPoint } from '../../chart/trend-points.js';
import { safeUrl } from '../../internal/safe-url.js';

export interface TrendTableOptions {
  caption: string;
  metric: string;
  valueText: (point: TrendPoint) => string;
}

function paperCell(point: TrendPoint): TemplateResult | string {
  const paper = point.result.paper;
  const title = paper?.title ?? '';
  const url = safeUrl(paper?.url);
  return url ? html`<a href=${url}>${title || url}</a>` : title;
}

export function trendTable(points: readonly TrendPoint[], options: TrendTableOptions): TemplateResult {
  const anyExtra = points.some((p) => p.extra);
  return html`<div class="table-wrap" part="table-wrap">
    <table part="table">
      <caption>${options.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Model</th>
          <th scope="col" class="numeric">${options.metric}</th>
          <th scope="col">Record</th>
          ${anyExtra ? html`<th scope="col">Extra data</th>` : nothing}
          <th scope="col">Paper</th>
        </tr>
      </thead>
      <tbody>
        ${points.map((p) => html`<tr class=${p.record ? 'record' : ''}>
          <td data-label="Date">${formatPointDate(p)}</td>
          <th scope="row" data-label="Model">${p.result.model}</th>
          <td class="numeric" data-label=${options.metric}>${options.valueText(p)}</td>
          <td data-label="Record">${p.record ? 'New best' : nothing}</td>
          ${anyExtra ? html`<td data-label="Extra data">${p.extra ? 'Yes' : nothing}</td>` : nothing}
          <td data-label="Paper">${paperCell(p) || nothing}</td>
        </tr>`)}
      </tbody>
    </table>
  </div>`;
}
