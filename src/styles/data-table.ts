// The plain data tables of <metric-trend> (its Table view) and <paper-card> (the paper's results), written once so
// the two read alike. Each element puts these rules in its own sheet and adds its spacing, lines and colours.
// <sota-table> is another kind of table (sticky columns, windowed rows) and keeps its own rules.
import { css } from 'lit';
import { visuallyHidden } from './tokens.js';

/** Full width, cells aligned to the top of their row, numbers to the right in figures of one width. */
export const dataTableRules = css`
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
  }
  .numeric {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
`;

/**
 * The same table in a narrow box (phones, sidebars, 200% zoom): each row becomes a block of label / value lines
 * instead of a table cut off or scrolled sideways. For inside the element's own @container query, which knows
 * which box to measure. The header row stays for screen readers, hidden from sight; the labels are the cells'
 * data-label as generated text with an empty alternative, so they are not read twice.
 */
export const stackedTableRules = css`
  thead {
    ${visuallyHidden}
  }
  table,
  caption,
  tbody,
  tr {
    display: block;
  }
  tbody th,
  td {
    display: flex;
    gap: 0.75em;
    border: 0;
    overflow-wrap: anywhere;
  }
  tbody th::before,
  td::before {
    content: attr(data-label) / '';
    font-weight: normal;
  }
  td.numeric {
    text-align: start;
  }
`;
