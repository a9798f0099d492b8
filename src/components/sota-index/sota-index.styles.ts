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
    --_max-height: var(--sota-index-max-height, 36rem);
    font-size: var(--sota-index-font-size, 0.9375em);
    /* A task's row is as wide as the table; its label must fit the part of it in view (100cqi below). */
    container-type: inline-size;
  }
  .search input {
    min-width: min(18em, 100%);
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
  th,
  td {
    line-height: 1.4;
  }
  thead th {
    /* Long labels ("Rank of KeBioLM") take two lines rather than push the last columns out of view. */
    white-space: normal;
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
  tr.highlighted .dataset {
    box-shadow: inset 3px 0 0 var(--_index-accent);
  }
`;
