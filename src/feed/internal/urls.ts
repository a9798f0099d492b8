// Links in feeds come from other people's data: only http(s) and relative URLs may become an href. Anything
// else (javascript:, data:, mailto:, text with spaces) is dropped with an 'unsafe-url' warning, except that a
// lone http(s) URL inside surrounding text ("(Singapore Management University) https://arxiv.org/abs/1608.07905",
// as in the PWC archive) is taken out of it, with a warning saying so.
import { field, pointer, type JsonObject, type WarningLog } from './read.js';

// Characters browsers drop from or trim around a URL before reading its scheme ("java\tscript:").
export const IGNORED_CHARS = /[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/g;
const HAS_IGNORED_CHAR = new RegExp(IGNORED_CHARS.source);
const ABSOLUTE_HTTP = /^https?:\/\/[^\s/?#@]+(?:[/?#][^\s]*)?$/i;
/** A scheme is letters, digits, "+", "-" and "." before the first ":" that comes before any "/", "?" or "#". */
export const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const EMBEDDED_URL = /https?:\/\/[^\s()<>"']+/gi;

/** The URL when it is safe to link to (http(s), or relative without whitespace), else null. */
export function safeLink(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const scheme = SCHEME.exec(trimmed.replace(IGNORED_CHARS, ''));
  if (scheme) {
    const protocol = scheme[1].toLowerCase();
    if (protocol !== 'http' && protocol !== 'https') return null;
    // No URL class here (the feed layer type-checks against ES alone): a host and no whitespace is enough.
    return ABSOLUTE_HTTP.test(trimmed) ? trimmed : null;
  }
  // Relative ("/x", "x.pdf", "?q", "#a", "//host/x"): whitespace or control characters mean it is prose, not a URL.
  return HAS_IGNORED_CHAR.test(trimmed) || trimmed.startsWith('\\') ? null : trimmed;
}

/** Reads `object[key]` as a link: null when missing or blank; unsafe text is dropped with a warning. */
export function optionalUrl(object: JsonObject, key: string, path: string, log: WarningLog): string | null {
  const value = field(object, key);
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') {
    log.add('unsafe-url', pointer(path, key), `Expected a URL for "${key}"; dropped a value that is not text.`, value);
    return null;
  }
  return urlFromText(value, pointer(path, key), log);
}

/** Like optionalUrl for a value already in hand. */
export function urlFromText(value: string, path: string, log: WarningLog): string | null {
  if (value.trim() === '') return null;
  const safe = safeLink(value);
  if (safe !== null) return safe;
  const embedded = value.match(EMBEDDED_URL);
  if (embedded?.length === 1 && safeLink(embedded[0]) !== null) {
    log.add('other', path, `Took the link ${embedded[0]} out of the text around it.`, value);
    return embedded[0];
  }
  log.add('unsafe-url', path, 'Dropped a link that is not an http(s) or relative URL.', value);
  return null;
}

// One rule for arXiv ids and PWC slugs across the feed layer: the paper join (paperResults) reads them the same way.
export { arxivIdFrom as arxivIdIn, pwcSlugFrom as pwcPaperSlug } from './paper-identity.js';
