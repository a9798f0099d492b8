// The line under a board saying where its data comes from (and its licence, when the source gives one), and when
// the source holds more rows than were read. Feed text goes into text bindings only; the link through safeUrl.
import { html, nothing, type TemplateResult } from 'lit';
import type { Feed, Leaderboard } from '../../feed/types.js';
import { safeUrl } from '../../internal/safe-url.js';

export function renderSourceNote(board: Leaderboard, feed: Feed): TemplateResult | typeof nothing {
  const source = board.source ?? feed.source;
  const name = source?.name || source?.url;
  const { cut } = board;
  if (!name && !cut) return nothing;
  const href = safeUrl(source?.url);
  return html`<p part="source" class="summary">${cut
    ? `Shows the first ${cut.read.toLocaleString()} of ${cut.total.toLocaleString()} rows the source holds. ` : ''}${name
    ? html`Data: ${href ? html`<a href=${href} rel="noopener">${name}</a>` : name}${source?.license ? ` (${source.license})` : ''}.` : nothing}</p>`;
}
