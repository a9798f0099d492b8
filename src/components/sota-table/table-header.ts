// The header row: a real <button> in each sortable <th> (click, Enter and Space sort), aria-sort on the sorted
// column only, and each score metric's direction shown as an arrow with a text alternative.
import { html, nothing, type TemplateResult } from 'lit';
import type { Metric } from '../../feed/types.js';
import { tableColumns } from './table-columns.js';
import type { SortOrder } from './table-sort.js';
import type { TableModel } from './table-model.js';

function directionMark(metric: Metric | undefined): TemplateResult | typeof nothing {
  if (!metric || metric.descriptor) return nothing;
  const lower = metric.direction === 'lower';
  return html`<span class="direction" aria-hidden="true" title=${lower ? 'Lower is better' : 'Higher is better'}>${lower ? '↓' : '↑'}</span><span
    class="visually-hidden">(${lower ? 'lower' : 'higher'} is better)</span>`;
}

export function renderHeaderRow(
  model: TableModel,
  sort: { column: string; order: SortOrder },
  onSort: (column: string) => void,
): TemplateResult {
  return html`<tr aria-rowindex="1">${tableColumns(model).map(({ column, label, className, metric }) => {
    const sorted = column !== null && sort.column === column ? sort.order : null;
    const ranking = metric !== undefined && metric === model.rankingMetric;
    const content = html`<span class="label">${column === 'rank' ? html`<span aria-hidden="true">#</span><span class="visually-hidden">Rank</span>` : label}</span>${directionMark(metric)}`;
    return html`<th scope="col" part="header-cell" class=${`${className}${ranking ? ' ranking' : ''}`} aria-sort=${sorted ?? nothing}>${column === null
      ? content
      : html`<button type="button" part="sort-button" @click=${() => onSort(column)}>${content}<span class="sort-indicator" aria-hidden="true">${
        sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '⇅'}</span></button>`}</th>`;
  })}</tr>`;
}
