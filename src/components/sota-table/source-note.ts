// The line under a board saying where its data comes from (and its licence, when the source gives one), and when
// the source holds more rows than were read. Feed text goes into text bindings only; the link through safeUrl
// (an unsafe one leaves the name unlinked).
import { html, nothing, type TemplateResult } from 'lit';
import type { Feed, Leaderboard } from '../../feed/types.js';
import { safeUrl } from '../../internal/safe-url.js';

export function renderSourceNote(board: Leaderboard, feed: Feed): TemplateResult | typeof nothing {
  const source = board.source ?? feed.source;
  const name = source?.name || source?.url;
  const { cut } = board;
  return name || cut ? html`<p part="source" class="summary">${cut
    ? `First ${cut.read.toLocaleString()} of ${cut.total.toLocaleString()} rows shown. ` : ''}${name
    ? html`Data: <a href=${safeUrl(source?.url) ?? nothing}>${name}</a>${source?.license ? ` (${source.license})` : ''}.` : ''}</p>` : nothing;
}
