// The paper's results, one row per (leaderboard, metric): Task · Dataset · Metric · Value · Model · Rank. The dataset
// leads to its leaderboard: a link when the page gives a template, else a button that fires `sota-select`.
import { html, nothing, type TemplateResult } from 'lit';
import type { PaperResultRow } from '../../feed/types.js';
import { formatMetricValue } from '../../feed/metric-value.js';
import { boardName } from '../../internal/board-selection.js';
import { leaderboardHref } from './leaderboard-link.js';

export interface ResultsOptions {
  hrefTemplate: string | null;
  /** Called on a click on a leaderboard link or button; returns false when the host cancelled the event. */
  onSelect: (row: PaperResultRow, event: Event) => void;
}

/** The paper's place on the board ("#6 of 18"; "#1 of 1" when it is the board's only result); null without a value. */
export function rankLabel(row: PaperResultRow): string | null {
  return row.rank !== null ? `#${row.rank} of ${row.of}` : null;
}

export function valueText(row: PaperResultRow): string {
  const text = formatMetricValue(row.value);
  return text || row.value.text || row.value.raw || '—';
}

function leaderboardControl(row: PaperResultRow, options: ResultsOptions, label: TemplateResult | string): TemplateResult {
  const href = leaderboardHref(options.hrefTemplate, row.leaderboard, row.metric);
  const name = boardName(row.leaderboard);
  if (href) {
    return html`<a part="leaderboard-link" href=${href} title=${`Leaderboard: ${name}`}
      @click=${(event: Event) => options.onSelect(row, event)}>${label}</a>`;
  }
  return html`<button type="button" part="leaderboard-link" class="link-button" title=${`Leaderboard: ${name}`}
    @click=${(event: Event) => options.onSelect(row, event)}>${label}</button>`;
}

export function renderResultsTable(rows: readonly PaperResultRow[], options: ResultsOptions): TemplateResult {
  const showRank = rows.some((row) => rankLabel(row) !== null);
  return html`<div class="table-scroll" part="table-scroll">
    <table part="table">
      <thead>
        <tr part="header-row">
          <th scope="col" part="header">Task</th>
          <th scope="col" part="header">Dataset</th>
          <th scope="col" part="header">Metric</th>
          <th scope="col" part="header" class="numeric">Value</th>
          <th scope="col" part="header">Model</th>
          ${showRank ? html`<th scope="col" part="header">Rank</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${rows.map((row) => {
          const rank = rankLabel(row);
          return html`<tr part="row">
            <td part="cell" data-label="Task">${row.leaderboard.task}</td>
            <td part="cell" data-label="Dataset">${leaderboardControl(row, options, row.leaderboard.dataset)}</td>
            <td part="cell" data-label="Metric">${row.metric.name}</td>
            <td part="cell" class="numeric" data-label="Value">${valueText(row)}</td>
            <td part="cell" data-label="Model">${row.result.model}</td>
            ${showRank ? html`<td part="cell rank" data-label="Rank">${rank ?? '—'}</td>` : nothing}
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

/** The compact card's few best results: best relative rank first, unranked last, feed order among equals. */
export function topResults(rows: readonly PaperResultRow[], count: number): PaperResultRow[] {
  // Share of results ahead of this one; unranked rows (and a rank among one) go last.
  const position = (row: PaperResultRow) => (row.rank !== null && row.of > 1 ? (row.rank - 1) / row.of : 2);
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => position(a.row) - position(b.row) || b.row.of - a.row.of || a.index - b.index)
    .slice(0, count)
    .map(({ row }) => row);
}

export function renderTopResults(rows: readonly PaperResultRow[], options: ResultsOptions): TemplateResult {
  return html`<ul part="top-results" class="top-results" aria-label="Top results">
    ${rows.map((row) => {
      const rank = rankLabel(row);
      return html`<li part="top-result">
        ${leaderboardControl(row, options, row.leaderboard.dataset)}
        <span class="muted">${row.metric.name}</span> <strong>${valueText(row)}</strong>${rank
          ? html` <span part="rank" class="muted">${rank}</span>`
          : nothing}
      </li>`;
    })}
  </ul>`;
}
