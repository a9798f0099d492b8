// Shared design tokens. Every element's own custom properties (--sota-table-*, --metric-trend-*, --paper-card-*)
// default to these --sota-* tokens, which default to light-dark() colours.
//
// theme="auto" sets no color-scheme: the host inherits the page's, so light-dark() picks the dark colours only on
// a page that declares it supports dark (`color-scheme: light dark` or `dark`), and text and background stay the
// page's own. A page that declares nothing is light, whatever the user's preference, which is what that page shows.
// theme="light" / "dark" force a scheme and paint an opaque surface, so forced dark stays readable on a white page.
import { css } from 'lit';

/** Out of sight, still read by screen readers: the declarations of `.visually-hidden`, for rules that need them too. */
export const visuallyHidden = css`
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
`;

export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font: inherit;
    --_surface: var(--sota-color-surface, transparent);
    --_text: var(--sota-color-text, currentColor);
    --_muted: var(--sota-color-muted, light-dark(#59636e, #9198a1));
    --_border: var(--sota-color-border, light-dark(#d1d9e0, #3d444d));
    --_accent: var(--sota-color-accent, light-dark(#0969da, #4493f8));
    --_highlight: var(--sota-color-highlight, light-dark(#fff8c5, #302700)); /* dark: the accent on it still passes AA (4.8:1) */
    --_danger: var(--sota-color-danger, light-dark(#d1242f, #f85149));
    --_subtle: var(--sota-color-subtle, light-dark(#f6f8fa, #151b23));
    --_radius: var(--sota-radius, 6px);
    color: var(--_text);
    background: var(--_surface);
  }
  :host([theme='light']),
  :host([theme='dark']) {
    --_surface: var(--sota-color-surface, light-dark(#ffffff, #0d1117));
    --_text: var(--sota-color-text, light-dark(#1f2328, #e6edf3));
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
  a,
  .link-button {
    color: var(--_accent);
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  /* A button that reads as a link: "Show all", "+ 3 more", the suggested boards and papers. */
  .link-button {
    padding: 0;
    border: 0;
    background: none;
    text-decoration: underline;
  }
  /* Rows of controls or links (the toolbars, the table's export buttons, the card's links) wrap in a narrow element. */
  .toolbar,
  .export,
  .links {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .visually-hidden {
    ${visuallyHidden}
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
    overflow-wrap: anywhere;
  }
  [part~='error'] strong {
    color: var(--_danger);
  }
  [part~='retry'] {
    display: block;
    margin-top: 0.5em;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  /* The suggestions of an empty state: the nearest boards, the papers it may mean. */
  [part~='empty'] p {
    margin: 0 0 0.25em;
  }
  [part~='empty'] ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  [part~='empty'] li .link-button {
    /* A button centres its text and sits on its last line: a wrapped name would centre under a bullet at its end. */
    text-align: start;
    vertical-align: top;
  }
  .skeleton {
    display: grid;
    gap: 0.5em;
    margin-bottom: 0.75em;
  }
  .skeleton span {
    height: 0.8em;
    border-radius: var(--_radius);
    background: var(--_border);
    animation: sota-pulse 1.5s ease-in-out infinite;
  }
  .skeleton span:nth-child(2) {
    width: 80%;
  }
  .skeleton span:nth-child(3) {
    width: 60%;
  }
  @keyframes sota-pulse {
    50% {
      opacity: 0.4;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton span {
      animation: none;
    }
  }
  .stale {
    margin: 0.5em 0 0;
    font-size: 0.85em;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .stale summary {
    cursor: pointer;
  }
`;
