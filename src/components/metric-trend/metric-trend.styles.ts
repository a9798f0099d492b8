// Every --metric-trend-* property defaults to a shared --sota-* token (through the --_ aliases of
// hostStyles), so one theme reaches all three elements and each can still be tuned alone.
import { css } from 'lit';
import { dataTableRules, stackedTableRules } from '../../styles/data-table.js';

export const metricTrendStyles = css`
  ${dataTableRules}
  :host {
    --_point: var(--metric-trend-point-color, var(--_muted));
    --_record: var(--metric-trend-record-color, var(--_accent));
    --_frontier: var(--metric-trend-frontier-color, var(--_accent));
    --_extra: var(--metric-trend-extra-color, light-dark(#bc4c00, #f0883e));
    --_emphasis: var(--metric-trend-highlight-color, light-dark(#8250df, #ab7df8));
    --_grid: var(--metric-trend-grid-color, var(--_border));
    --_label: var(--metric-trend-label-color, var(--_text));
    --_font-size: var(--metric-trend-font-size, 11px);
    --_tooltip-bg: var(--metric-trend-tooltip-background, var(--sota-color-surface, light-dark(#ffffff, #161b22)));
  }
  .toolbar {
    gap: 0.25em 0.5em;
    margin-block-end: 0.4em;
    font-size: 0.875em;
  }
  .title {
    font-weight: 600;
    margin-inline-end: auto;
  }
  .direction {
    font-weight: normal;
    color: var(--_muted);
  }
  .toolbar button,
  .toolbar label {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    min-height: 24px;
    padding: 0.15em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
    cursor: pointer;
  }
  .toolbar button[aria-pressed='true'] {
    border-color: var(--_accent);
    color: var(--_accent);
  }
  .plot {
    position: relative;
    outline-offset: 0;
    border-radius: var(--_radius);
    touch-action: manipulation;
  }
  svg {
    display: block;
    overflow: visible;
    font-size: var(--_font-size);
  }
  /*
   * Narrower than the chart's narrowest drawing width (a tiny sidebar, 200% zoom on a phone), the drawing shrinks
   * to fit. Only then: a height that followed every width change would make each resize report a second one.
   */
  svg.shrunk {
    max-width: 100%;
    height: auto;
  }
  .grid {
    stroke: var(--_grid);
  }
  .domain,
  .tick {
    stroke: var(--_muted);
  }
  .tick-label {
    fill: var(--_muted);
  }
  .point {
    fill: var(--_point);
    fill-opacity: 0.55;
    stroke: none;
  }
  .point.extra {
    fill: none;
    stroke: var(--_extra);
    stroke-width: 1.25;
  }
  .point.record {
    fill: var(--_record);
    fill-opacity: 1;
    stroke: var(--_tooltip-bg);
    stroke-width: 1;
  }
  .point.record.extra {
    fill: var(--_extra);
  }
  .point.highlight {
    fill: var(--_emphasis);
    fill-opacity: 1;
    stroke: var(--_tooltip-bg);
    stroke-width: 1;
  }
  .error-bars {
    stroke: var(--_point);
    stroke-opacity: 0.7;
    fill: none;
  }
  .frontier {
    fill: none;
    stroke: var(--_frontier);
    stroke-width: 2;
    stroke-linejoin: round;
  }
  .label {
    fill: var(--_label);
    paint-order: stroke;
    stroke: var(--_tooltip-bg);
    stroke-width: 3;
    stroke-linejoin: round;
  }
  .focus-ring {
    fill: none;
    stroke: var(--_text);
    stroke-width: 2;
  }
  [part~='tooltip'] {
    position: absolute;
    z-index: 1;
    max-width: min(18em, 70%);
    padding: 0.4em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_tooltip-bg);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.15);
    font-size: 0.8125em;
    line-height: 1.35;
    pointer-events: none;
    transform: translate(12px, -50%);
  }
  [part~='tooltip'].flip {
    transform: translate(calc(-100% - 12px), -50%);
  }
  [part~='tooltip'] strong {
    display: block;
  }
  [part~='tooltip'] .muted {
    color: var(--_muted);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 1em;
    margin: 0.3em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
  }
  .summary,
  .notes {
    margin: 0.4em 0 0;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .notes {
    padding: 0;
    list-style: none;
  }
  .table-wrap {
    /* The table's layout follows the element's width, not the viewport's: charts sit in sidebars too. */
    container: metric-trend-table / inline-size;
    max-height: var(--metric-trend-table-height, 24em);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  table {
    font-size: 0.875em;
  }
  caption {
    text-align: start;
    padding: 0.4em 0.6em;
    font-weight: 600;
  }
  th,
  td {
    padding: 0.3em 0.6em;
    border-block-start: 1px solid var(--_border);
  }
  thead th {
    position: sticky;
    top: 0;
    background: var(--_tooltip-bg);
  }
  tbody th {
    font-weight: normal;
  }
  /* A date split over two lines reads badly; the paper title wraps instead. */
  td[data-label='Date'],
  td[data-label='Record'] {
    white-space: nowrap;
  }
  tr.record th {
    font-weight: 600;
  }
  /* Narrow: the table stacks (see styles/data-table.ts), empty cells left out. */
  @container metric-trend-table (max-width: 32rem) {
    ${stackedTableRules}
    tr {
      padding: 0.35em 0.6em;
      border-block-start: 1px solid var(--_border);
    }
    tbody th,
    td {
      padding: 0.05em 0;
    }
    tbody th::before,
    td::before {
      flex: 0 0 5em;
      color: var(--_muted);
    }
    td:empty {
      display: none;
    }
  }
`;
