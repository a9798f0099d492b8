// Lit templates for the index's rows: a task's group row (its collapse button) and a board's row. Feed text only
// goes into text bindings and checked hrefs; every row is one line high, so the row window can count in rows.
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Direction } from '../../feed/types.js';
import { fillBoardTemplate } from '../../feed/board-index.js';
import { formatFeedDate } from '../../feed/format-date.js';
import { sparkline } from '../../chart/sparkline.js';
import { safeUrl } from '../../internal/safe-url.js';
import type { HighlightPlace, IndexGroup, IndexRow, IndexSort, IndexSortColumn } from './index-model.js';

export interface IndexColumn {
  id: 'task' | 'dataset' | 'metric' | 'model' | 'value' | 'date' | 'results' | 'frontier' | 'place';
  label: string;
  /** The sort its heading's button applies; none for columns that do not sort. */
  sort?: IndexSortColumn;
  numeric?: boolean;
}

/** The columns: the task only in a flat list (groups name it otherwise), the highlight's rank only with one. */
export function indexColumns(flat: boolean, highlight: string): IndexColumn[] {
  return [
    ...(flat ? [{ id: 'task', label: 'Task' } as const] : []),
    { id: 'dataset', label: 'Dataset', sort: 'name' },
    // Beside the name, not after the sparkline: on a lab's page where its model stands is what the reader came for.
    ...(highlight ? [{ id: 'place', label: `Rank of ${highlight}`, numeric: true } as const] : []),
    { id: 'metric', label: 'Metric' },
    { id: 'model', label: 'Best model' },
    { id: 'value', label: 'Best value', numeric: true },
    { id: 'date', label: 'Last record', sort: 'date' },
    { id: 'results', label: 'Results', sort: 'results', numeric: true },
    { id: 'frontier', label: 'Progress' },
  ];
}

export function renderHeader(columns: IndexColumn[], sort: IndexSort, onSort: (column: IndexSortColumn) => void): TemplateResult {
  return html`<tr aria-rowindex="1">${columns.map((column) => {
    const sorted = column.sort && column.sort === sort.column ? sort.order : null;
    const className = `${column.id}${column.numeric ? ' num' : ''}`;
    return html`<th scope="col" part="header-cell" class=${className} aria-sort=${sorted ?? nothing}>${column.sort
      ? html`<button type="button" part="sort-button" @click=${() => onSort(column.sort!)}><span class="label">${column.label}</span><span
          class="sort-indicator" aria-hidden="true">${sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '⇅'}</span></button>`
      : html`<span class="label">${column.label}</span>`}</th>`;
  })}</tr>`;
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** A task's row: a button that collapses or expands its boards, with how many there are (and how many match). */
export function renderGroupRow(
  group: IndexGroup, matching: number, index: number, columnCount: number, expanded: boolean, onToggle: () => void,
): TemplateResult {
  const count = matching === group.rows.length
    ? plural(group.rows.length, 'benchmark', 'benchmarks')
    : `${matching.toLocaleString()} of ${plural(group.rows.length, 'benchmark', 'benchmarks')} match`;
  return html`<tr part="group" class="group" aria-rowindex=${index + 2}>
    <th scope="rowgroup" colspan=${columnCount}><button type="button" part="group-toggle" aria-expanded=${expanded ? 'true' : 'false'}
      @click=${onToggle}><span class="chevron" aria-hidden="true">${expanded ? '▾' : '▸'}</span><span class="task-name" title=${group.task}>${group.task}</span>${
      group.parent ? html`<span class="parent"> (${group.parent})</span>` : nothing}<span class="count">${count}</span></button></th>
  </tr>`;
}

function directionText(direction: Direction | undefined): TemplateResult | typeof nothing {
  if (!direction) return nothing;
  const lower = direction === 'lower';
  return html` <span class="direction" aria-hidden="true" title=${lower ? 'Lower is better' : 'Higher is better'}>${lower ? '↓' : '↑'}</span><span
    class="visually-hidden">(${lower ? 'lower' : 'higher'} is better)</span>`;
}

const SPARK_WIDTH = 64;
const SPARK_HEIGHT = 18;

/** The frontier's step line, with a sentence saying what it shows for screen readers (and as a tooltip). */
function frontierCell(item: IndexRow, lang: string): TemplateResult {
  const frontier = item.entry.frontier ?? [];
  const line = sparkline(frontier, SPARK_WIDTH, SPARK_HEIGHT);
  if (!line) return html`<td part="cell frontier" class="frontier"><span class="missing" aria-label="No dated records" role="img">—</span></td>`;
  const [firstDate, firstValue] = frontier[0];
  const [lastDate, lastValue] = frontier[frontier.length - 1];
  const metric = item.entry.metric ?? 'the metric';
  const when = (date: string) => formatFeedDate(date, undefined, lang);
  const label = frontier.length === 1
    ? `One record of ${metric}: ${lastValue} (${when(lastDate)}).`
    : `${plural(frontier.length, 'record', 'records')} of ${metric}, from ${firstValue} (${when(firstDate)}) to ${lastValue} (${when(lastDate)}).`;
  // The tooltip is the cell's title: @lit-labs/ssr cannot pre-render a binding inside an SVG <title>.
  return html`<td part="cell frontier" class="frontier" title=${label}><svg part="sparkline" role="img" aria-label=${label}
    width=${SPARK_WIDTH} height=${SPARK_HEIGHT} viewBox="0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}">${svg`<path d=${line.d}></path><circle
    cx=${line.end.x} cy=${line.end.y} r="2"></circle>`}</svg></td>`;
}

function placeCell(place: HighlightPlace | undefined): TemplateResult {
  if (!place) return html`<td part="cell place" class="place num"></td>`;
  const text = place.rank === null ? 'unranked' : `${place.rank} of ${place.of.toLocaleString()}`;
  return html`<td part="cell place" class="place num"><span title=${place.model}>${text}</span></td>`;
}

/** One board's row; `index` is its 0-based place among the rows shown (for aria-rowindex). */
export function renderBoardRow(
  item: IndexRow, index: number, columns: IndexColumn[], href: string | null, place: HighlightPlace | undefined, lang: string,
): TemplateResult {
  const { entry, task } = item;
  const link = href ? safeUrl(fillBoardTemplate(href, task, entry.dataset, entry.file ?? null)) : null;
  const best = entry.best;
  const cell = (column: IndexColumn): TemplateResult => {
    switch (column.id) {
      case 'task': return html`<td part="cell task" class="task"><span class="clip" title=${task}>${task}</span></td>`;
      case 'dataset': return html`<th scope="row" part="cell dataset" class="dataset"><span class="clip" title=${entry.dataset}>${link
        ? html`<a href=${link}>${entry.dataset}</a>` : entry.dataset}</span></th>`;
      case 'metric': return html`<td part="cell metric" class="metric">${entry.metric
        ? html`<span class="clip metric-name" title=${entry.metric}>${entry.metric}</span>${directionText(entry.direction)}` : html`<span class="missing">—</span>`}</td>`;
      case 'model': return html`<td part="cell model" class="model">${best
        ? html`<span class="clip" title=${best.paper ? `${best.model}: ${best.paper}` : best.model}>${best.model}</span>` : ''}</td>`;
      case 'value': return html`<td part="cell value" class="value num">${best
        ? (best.value === null ? html`<span class="raw" title="Not a number: shown as written">${best.text}</span>` : best.text)
        : html`<span class="missing">—</span>`}</td>`;
      case 'date': return html`<td part="cell date" class="date">${item.latest
        ? html`<time datetime=${item.latest}>${formatFeedDate(item.latest, undefined, lang)}</time>` : ''}</td>`;
      case 'results': return html`<td part="cell results" class="results num">${entry.results?.toLocaleString() ?? ''}</td>`;
      case 'frontier': return frontierCell(item, lang);
      case 'place': return placeCell(place);
    }
  };
  return html`<tr part=${place ? 'row highlighted' : 'row'} class=${place ? 'highlighted' : ''} aria-rowindex=${index + 2}>${columns.map(cell)}</tr>`;
}
