// Every --sota-table-* property defaults to a shared --sota-* token (see src/styles/tokens.ts), so one set of
// tokens themes all elements. The rank and model columns are sticky so a narrow screen scrolls only the rest.
import { css } from 'lit';

export const styles = css`
  :host {
    --_table-bg: var(--sota-table-background, var(--sota-color-surface, Canvas));
    --_header-bg: var(--sota-table-header-background, var(--_subtle));
    --_line: var(--sota-table-border-color, var(--_border));
    --_mark: var(--sota-table-highlight-background, var(--_highlight));
    --_table-accent: var(--sota-table-accent, var(--_accent));
    --_sort-accent: var(--_table-accent);
    --_pad: var(--sota-table-cell-padding, 0.45em 0.75em);
    --_max-height: var(--sota-table-max-height, 36rem);
    --_rank-width: var(--sota-table-rank-width, 3.25em);
    font-size: var(--sota-table-font-size, 0.9375em);
  }
  .search input {
    min-width: min(16em, 100%);
  }
  .export {
    gap: 0.4em;
    margin-inline-start: auto;
  }
  .export button,
  .export-fallback button {
    background: var(--_table-bg);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    padding: 0.25em 0.65em;
  }
  .export button:hover {
    border-color: var(--_table-accent);
  }
  .rank {
    position: sticky;
    left: 0;
    z-index: 1;
    width: var(--_rank-width);
    min-width: var(--_rank-width);
    max-width: var(--_rank-width);
    text-align: end;
    color: var(--_muted);
  }
  .model {
    position: sticky;
    left: var(--_rank-width);
    z-index: 1;
    font-weight: 500;
    border-inline-end: 1px solid var(--_line);
  }
  thead .rank,
  thead .model {
    z-index: 3;
    font-weight: 600; /* .model's body weight would otherwise win over thead th's */
  }
  .marks {
    display: block;
    font-size: 0.8em;
    font-weight: 400;
    color: var(--_muted);
  }
  .clip {
    display: block;
    max-width: var(--sota-table-model-max-width, min(16em, 40vw));
    overflow: hidden;
    text-overflow: ellipsis;
  }
  th.rank button {
    justify-content: flex-end;
  }
  th.ranking .label {
    text-decoration: underline;
    text-decoration-color: var(--_table-accent);
    text-underline-offset: 0.2em;
  }
  strong {
    font-weight: 700;
    color: var(--_table-accent);
  }
  .raw {
    border-block-end: 1px dotted currentColor;
  }
  sup {
    line-height: 0;
    color: var(--_muted);
  }
  tr.highlighted .model {
    box-shadow: inset 3px 0 0 var(--_table-accent);
  }
  .paper a,
  .paper span {
    display: inline-block;
    max-width: var(--sota-table-paper-max-width, min(20em, 28vw));
    overflow: hidden;
    text-overflow: ellipsis;
    vertical-align: bottom;
  }
  .no-match {
    text-align: center;
  }
  .export-fallback {
    margin-block-start: 0.5em;
  }
  .export-fallback textarea {
    display: block;
    width: 100%;
    font-family: ui-monospace, monospace;
    font-size: 0.85em;
    color: inherit;
    background: var(--_table-bg);
  }
`;
