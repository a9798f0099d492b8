// Every --sota-index-* property defaults to a shared --sota-* token (see src/styles/tokens.ts), so one set of tokens
// themes all elements. Rows are one line high (cells never wrap, long names are cut with a tooltip) so the row
// window can place 10,000 of them by counting; the dataset column is sticky so a narrow screen scrolls the rest.
import { css } from 'lit';

export const styles = css`
  :host {
    --_table-bg: var(--sota-index-background, var(--sota-color-surface, Canvas));
    --_header-bg: var(--sota-index-header-background, var(--_subtle));
    --_line: var(--sota-index-border-color, var(--_border));
    --_mark: var(--sota-index-highlight-background, var(--_highlight));
    --_index-accent: var(--sota-index-accent, var(--_accent));
    --_sort-accent: var(--_index-accent);
    --_pad: var(--sota-index-cell-padding, 0.4em 0.7em);
    font-size: var(--sota-index-font-size, 0.9375em);
    /* A task's row is as wide as the table; its label must fit the part of it in view (100cqi below). */
    container-type: inline-size;
  }
  .toolbar {
    gap: 0.5em 1em;
    margin-block-end: 0.5em;
  }
  .search input {
    font: inherit;
    color: inherit;
    background: var(--_table-bg);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    padding: 0.3em 0.6em;
    min-width: min(18em, 100%);
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  .toolbar .bulk {
    display: inline-flex;
    gap: 0.4em;
  }
  .bulk button {
    background: var(--_table-bg);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    padding: 0.2em 0.6em;
  }
  .caption,
  .summary {
    margin: 0 0 0.35em;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .summary {
    margin: 0.5em 0 0;
  }
  .scroller {
    position: relative; /* contains the visually-hidden text of cells, as in <sota-table> */
    overflow: auto;
    max-height: var(--sota-index-max-height, 36rem);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_table-bg);
    overscroll-behavior-x: contain;
  }
  table {
    border-collapse: separate;
    border-spacing: 0;
    min-width: 100%;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    padding: var(--_pad);
    text-align: start;
    white-space: nowrap;
    border-block-end: 1px solid var(--_line);
    background: var(--_table-bg);
    line-height: 1.4;
  }
  thead th {
    position: sticky;
    top: 0;
    z-index: 2;
    background: var(--_header-bg);
    font-weight: 600;
    /* Long labels ("Rank of KeBioLM") take two lines rather than push the last columns out of view. */
    white-space: normal;
    vertical-align: bottom;
  }
  tbody tr:last-child > * {
    border-block-end: 0;
  }
  .dataset {
    position: sticky;
    left: 0;
    z-index: 1;
    font-weight: 500;
    border-inline-end: 1px solid var(--_line);
  }
  thead .dataset {
    z-index: 3;
    font-weight: 600;
  }
  .clip {
    display: inline-block;
    max-width: var(--sota-index-name-max-width, min(16em, 40vw));
    overflow: hidden;
    text-overflow: ellipsis;
    vertical-align: bottom;
  }
  .metric .clip {
    max-width: 12em;
  }
  .num {
    text-align: end;
  }
  .missing,
  .raw {
    color: var(--_muted);
  }
  .raw {
    font-style: italic;
  }
  tr.group > th {
    position: sticky;
    left: 0;
    padding-block: 0;
    background: var(--_header-bg);
    font-weight: 600;
  }
  tr.group button {
    display: inline-flex;
    align-items: baseline;
    gap: 0.4em;
    max-width: calc(100cqi - 1.5em);
    padding: var(--_pad);
    padding-inline: 0;
    border: 0;
    background: none;
    font-weight: inherit;
    text-align: start;
  }
  .task-name {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .chevron {
    display: inline-block;
    width: 1em;
    color: var(--_index-accent);
  }
  .count,
  .parent {
    font-weight: normal;
    color: var(--_muted);
  }
  .count::before {
    content: '· ';
  }
  .frontier {
    padding-block: 0;
    vertical-align: middle;
  }
  .frontier svg {
    display: block;
    overflow: visible;
  }
  .frontier path {
    fill: none;
    stroke: var(--sota-index-sparkline-color, var(--_index-accent));
    stroke-width: 1.5;
  }
  .frontier circle {
    fill: var(--sota-index-sparkline-color, var(--_index-accent));
  }
  tr.highlighted > * {
    background: var(--_mark);
  }
  tr.highlighted .dataset {
    box-shadow: inset 3px 0 0 var(--_index-accent);
  }
  tbody tr:not(.group):hover > * {
    background-image: linear-gradient(color-mix(in srgb, currentColor 5%, transparent), color-mix(in srgb, currentColor 5%, transparent));
  }
  .spacer td {
    padding: 0;
    border: 0;
  }
  .no-match {
    color: var(--_muted);
  }
  [part~='empty'] {
    text-align: start;
  }
`;
