// Shared design tokens. Every element's own custom properties (--sota-table-*, --metric-trend-*, --paper-card-*)
// default to these --sota-* tokens, which default to colours that follow the element's colour scheme.
import { css } from 'lit';

export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font: inherit;
    color: var(--sota-color-text, CanvasText);
    color-scheme: light dark;
    --_surface: var(--sota-color-surface, transparent);
    --_text: var(--sota-color-text, light-dark(#1f2328, #e6edf3));
    --_muted: var(--sota-color-muted, light-dark(#59636e, #9198a1));
    --_border: var(--sota-color-border, light-dark(#d1d9e0, #3d444d));
    --_accent: var(--sota-color-accent, light-dark(#0969da, #4493f8));
    --_highlight: var(--sota-color-highlight, light-dark(#fff8c5, #3b2f00));
    --_danger: var(--sota-color-danger, light-dark(#d1242f, #f85149));
    --_subtle: var(--sota-color-subtle, light-dark(#f6f8fa, #151b23));
    --_radius: var(--sota-radius, 6px);
    color: var(--_text);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_accent);
  }
  button {
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  [part~='status'] {
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }
  [part~='error'] {
    border-color: var(--_danger);
    color: var(--_text);
  }
  [part~='error'] strong {
    color: var(--_danger);
  }
  .stale {
    font-size: 0.85em;
    color: var(--_muted);
  }
`;
