// The windowed data grid <sota-table> and <sota-index> both are, written once: a toolbar, a scroller with a sticky
// heading row, one-line cells, highlighted and hovered rows, the window's spacer rows. Each element sets its own
// private properties from its public ones: --_table-bg, --_header-bg, --_line, --_mark, --_pad, --_max-height.
import { css } from 'lit';

export const scrollTableRules = css`
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
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
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
    /* The containing block of the visually-hidden text in cells: without it those 1px boxes sit at their place
       in the wide table, outside the scroller, and widen the host page on a narrow screen. */
    position: relative;
    overflow: auto;
    max-height: var(--_max-height);
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
  }
  thead th {
    position: sticky;
    top: 0;
    z-index: 2;
    background: var(--_header-bg);
    font-weight: 600;
    vertical-align: bottom;
  }
  tbody tr:last-child > * {
    border-block-end: 0;
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
  tr.highlighted > * {
    background: var(--_mark);
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
