// Feed text decides where links point, and feeds come from other people: only http(s) and relative URLs may
// become an href. Browsers ignore tabs, newlines and leading control characters/spaces inside a scheme
// ("java\tscript:", " javascript:"), so those are stripped before the scheme is read: with the same characters and
// scheme pattern as the feed layer's link reader, so a link the feed let through is judged by the same rule here.
import { IGNORED_CHARS, SCHEME } from '../feed/internal/urls.js';

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:']);

/**
 * Returns a URL that is safe to put in an href: absolute http(s) URLs as given (trimmed), relative URLs as
 * given (the browser resolves them against the page); null for anything else (javascript:, data:, vbscript:,
 * mailto:, unparsable input, empty input).
 */
export function safeUrl(url: string | null | undefined): string | null {
  if (typeof url !== 'string') return null;
  const trimmed = url.trim();
  if (!trimmed) return null;
  const squeezed = trimmed.replace(IGNORED_CHARS, '');
  if (!squeezed) return null;
  const scheme = SCHEME.exec(squeezed);
  if (scheme) {
    if (!ALLOWED_PROTOCOLS.has(`${scheme[1].toLowerCase()}:`)) return null;
    return parses(trimmed) ? trimmed : null;
  }
  // No scheme: relative ("/boards/x", "x.html", "?q", "#a") or protocol-relative ("//host/path").
  // A backslash start is treated as "//" by browsers (a protocol-relative URL): allowed, like "//host".
  return parses(trimmed, 'https://example.invalid/') ? trimmed : null;
}

function parses(url: string, base?: string): boolean {
  try {
    const parsed = new URL(url, base);
    return ALLOWED_PROTOCOLS.has(parsed.protocol);
  } catch {
    return false;
  }
}
