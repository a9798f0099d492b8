// Authors as text, shortened after a few with a "+ n more" button: a paper can have forty authors.
import { html, nothing, type TemplateResult } from 'lit';

export interface AuthorListOptions {
  /** Show every author. */
  expanded: boolean;
  /** How many authors fit before shortening (the list is only shortened when it saves at least two names). */
  limit: number;
  /** Toggles `expanded`. */
  onToggle: () => void;
}

export function renderAuthorList(authors: readonly string[], { expanded, limit, onToggle }: AuthorListOptions): TemplateResult | typeof nothing {
  const names = authors.map((a) => a.trim()).filter(Boolean);
  if (!names.length) return nothing;
  const shorten = names.length > limit + 1;
  const shown = shorten && !expanded ? names.slice(0, limit) : names;
  const hidden = names.length - shown.length;
  return html`<p part="authors" class="authors">
    <span class="visually-hidden">Authors: </span>${shown.map(
      (name, i) => html`<span part="author">${name}</span>${i < shown.length - 1 ? ', ' : ''}`,
    )}${shorten
      ? html` <button type="button" part="authors-toggle" class="link-button" aria-expanded=${expanded ? 'true' : 'false'}
          @click=${onToggle}>${expanded ? 'Show fewer' : `+ ${hidden} more`}</button>`
      : nothing}
  </p>`;
}
