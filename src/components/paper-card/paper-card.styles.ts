// The card's own custom properties (--paper-card-*) default to the shared --sota-* tokens (see styles/tokens.ts).
import { css } from 'lit';
import { dataTableRules, stackedTableRules } from '../../styles/data-table.js';

export const paperCardStyles = css`
  ${dataTableRules}
  :host {
    --_pc-background: var(--paper-card-background, var(--_surface));
    --_pc-border: var(--paper-card-border-color, var(--_border));
    --_pc-radius: var(--paper-card-radius, var(--_radius));
    --_pc-padding: var(--paper-card-padding, 1rem);
    --_pc-gap: var(--paper-card-gap, 0.75rem);
    --_pc-title-size: var(--paper-card-title-size, 1.25em);
    --_pc-accent: var(--paper-card-accent, var(--_accent));
    --_pc-muted: var(--paper-card-muted, var(--_muted));
    --_pc-chip-background: var(--paper-card-chip-background, var(--_subtle));
    --_pc-chip-color: var(--paper-card-chip-color, var(--_text));
    --_pc-abstract-lines: var(--paper-card-abstract-lines, 4);
    max-width: 100%;
    line-height: 1.5;
  }
  article {
    display: flex;
    flex-direction: column;
    gap: var(--_pc-gap);
    padding: var(--_pc-padding);
    border: 1px solid var(--_pc-border);
    border-radius: var(--_pc-radius);
    background: var(--_pc-background);
    min-width: 0;
  }
  article > * {
    margin: 0;
  }
  a,
  .link-button {
    color: var(--_pc-accent);
  }
  .title {
    font-size: var(--_pc-title-size);
    line-height: 1.3;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .title a {
    text-decoration: none;
  }
  .title a:hover {
    text-decoration: underline;
  }
  .muted,
  .meta {
    color: var(--_pc-muted);
  }
  .authors {
    overflow-wrap: anywhere;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5em;
    font-size: 0.9em;
  }
  .meta > * + *::before {
    content: '·';
    margin-inline-end: 0.5em;
  }
  .chips,
  .links,
  .top-results {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
  }
  .chips li {
    padding: 0.125em 0.625em;
    border-radius: 999px;
    background: var(--_pc-chip-background);
    color: var(--_pc-chip-color);
    border: 1px solid var(--_pc-border);
    font-size: 0.85em;
  }
  .links {
    gap: 0.5em 1em;
  }
  .badge {
    margin-inline-start: 0.25em;
    padding: 0 0.4em;
    border: 1px solid currentColor;
    border-radius: 4px;
    font-size: 0.75em;
    color: var(--_pc-muted);
  }
  .button {
    padding: 0.2em 0.75em;
    border: 1px solid var(--_pc-border);
    border-radius: var(--_pc-radius);
    background: var(--_pc-chip-background);
  }
  .copied {
    color: var(--_pc-muted);
    font-size: 0.9em;
  }
  .bibtex {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  textarea {
    width: 100%;
    min-height: 10em;
    font: 0.85em/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    color: inherit;
    background: var(--_pc-chip-background);
    border: 1px solid var(--_pc-border);
    border-radius: var(--_pc-radius);
    padding: 0.5em;
  }
  h3 {
    margin: 0 0 0.25em;
    font-size: 1em;
  }
  .abstract p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .abstract p.clamped {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_pc-abstract-lines);
    line-clamp: var(--_pc-abstract-lines);
    overflow: hidden;
  }
  /* The table's layout follows the width the card gets, not the viewport: a card sits in sidebars too. */
  [part~='results'] {
    container: paper-card-results / inline-size;
  }
  .table-scroll {
    overflow-x: auto;
    max-width: 100%;
  }
  td {
    overflow-wrap: break-word;
  }
  table {
    font-size: 0.9em;
  }
  th,
  td {
    padding: 0.35em 0.6em;
    border-bottom: 1px solid var(--_pc-border);
  }
  th {
    font-weight: 600;
    white-space: nowrap;
  }
  [part~='rank'] {
    white-space: nowrap;
  }
  /* Narrow cards: the table stacks (see styles/data-table.ts). */
  @container paper-card-results (max-width: 36em) { /* em: the card's own text size, so 200% text stacks too */
    ${stackedTableRules}
    tr {
      padding: 0.4em 0;
      border-bottom: 1px solid var(--_pc-border);
    }
    td {
      padding: 0.1em 0;
    }
    td::before {
      flex: 0 0 4.5em;
      color: var(--_pc-muted);
    }
  }
  .top-results {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    font-size: 0.9em;
  }
  :host([variant='compact']) {
    --_pc-title-size: var(--paper-card-title-size, 1.05em);
    --_pc-padding: var(--paper-card-padding, 0.75rem);
    --_pc-gap: var(--paper-card-gap, 0.4rem);
  }
  :host([variant='compact']) .authors {
    font-size: 0.9em;
  }
`;
