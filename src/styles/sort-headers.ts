// The sortable column headings of <sota-table> and <sota-index>, written once so the two sort alike: each heading is
// one button the width of its column, its arrow muted until the column is the sort. Each element sets
// --_sort-accent to its own accent property.
import { css } from 'lit';

export const sortHeaderRules = css`
  th button {
    display: inline-flex;
    align-items: baseline;
    gap: 0.3em;
    width: 100%;
    padding: 0;
    border: 0;
    background: none;
    font-weight: inherit;
    text-align: inherit;
  }
  th.num button {
    justify-content: flex-end;
  }
  .sort-indicator {
    color: var(--_muted);
    font-size: 0.75em;
  }
  th[aria-sort] .sort-indicator,
  .direction {
    color: var(--_sort-accent);
  }
`;
