// A feed may carry megabytes of text in one field; rendering that into a table cell costs the browser tens of
// seconds of layout and freezes the host page. boundText cuts any text longer than MAX_TEXT_LENGTH (ids and URLs
// excepted) and says so in a warning: parseFeed runs it on every Feed it makes, the elements on a Feed made by hand.
import { isObject } from './internal/read.js';
import type { Feed } from './types.js';

/** Longer than any real abstract or BibTeX entry (a few thousand characters), short enough to lay out at once. */
export const MAX_TEXT_LENGTH = 10_000;

/** Fields whose text is a key or an address: cutting them would break a lookup or a link, and they are not laid out as text. */
const UNCUT_FIELDS = new Set(['id', 'url', 'pdf', 'arxivId', 'path']);

type Plain = Record<string, unknown>;

/** `feed` with every overlong text cut (objects copied only where something changed), plus a warning when it cut any. */
export function boundText(feed: Feed): Feed {
  if (!hasLongText(feed)) return feed; // the usual case: no copying at all
  let cuts = 0;
  const cut = (text: string) => {
    if (text.length <= MAX_TEXT_LENGTH) return text;
    cuts++;
    return `${text.slice(0, MAX_TEXT_LENGTH)}…`;
  };
  const visit = (value: unknown, field: string): unknown => {
    if (typeof value === 'string') return UNCUT_FIELDS.has(field) ? value : cut(value);
    if (Array.isArray(value)) {
      let changed = false;
      const items = value.map((item) => {
        const next = visit(item, field);
        changed ||= next !== item;
        return next;
      });
      return changed ? items : value;
    }
    if (!isObject(value)) return value;
    let changed = false;
    const entries = Object.entries(value).map(([key, item]) => {
      // Metric names are also the keys of each result's values: cut both the same way so they still match.
      const name = cut(key);
      const next = visit(item, key);
      changed ||= name !== key || next !== item;
      return [name, next];
    });
    // fromEntries defines each key as an own property, so a key named "__proto__" stays data.
    return changed ? Object.fromEntries(entries) : value;
  };
  const bounded = visit(feed, '') as Feed;
  if (cuts === 0) return feed; // only long ids or URLs, which stay whole
  const message = `${cuts} text ${cuts === 1 ? 'field was' : 'fields were'} longer than ${MAX_TEXT_LENGTH.toLocaleString('en-US')} characters and shown cut short.`;
  return { ...bounded, warnings: [...bounded.warnings, { kind: 'other', path: '', message, raw: null }] };
}

function hasLongText(value: unknown): boolean {
  // A walk over every value of a Feed made by hand, on each mount. for…in is nearly twice as fast as Object.keys
  // (no array per object; Chromium 156, 10,000 results), but also lists keys a host page added to Object.prototype:
  // objects are entered only through own keys, so such a key is never a path into a loop.
  if (typeof value === 'string') return value.length > MAX_TEXT_LENGTH;
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (hasLongText(value[i])) return true;
    return false;
  }
  for (const key in value) {
    const item = (value as Plain)[key];
    if (key.length > MAX_TEXT_LENGTH) return true;
    if (typeof item === 'string' ? item.length > MAX_TEXT_LENGTH
      : typeof item === 'object' && item !== null && Object.prototype.hasOwnProperty.call(value, key) && hasLongText(item)) return true;
  }
  return false;
}
