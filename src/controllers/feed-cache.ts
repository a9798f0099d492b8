// Why a module-level cache: ten widgets on one page pointing at one feed should make one request, and a widget
// that re-renders or moves in the DOM should not fetch again. Entries are keyed by absolute URL, bounded (least
// recently used go first) and share in-flight requests; a caller that gives up only detaches itself, and the shared
// request is aborted when nobody waits for it any more. Failures are not cached, and a refresh replaces an entry
// only when it succeeds, so one bad answer never wipes good data.
import { FeedError } from '../feed/feed-error.js';
import { looksDelimited } from '../feed/internal/text-shape.js';
import type { SotaErrorDetail } from '../events/events.js';

export type FeedLoadErrorKind = SotaErrorDetail['kind'];

/** A feed that could not be loaded or read, with a sentence for a person and a kind for code. */
export class FeedLoadError extends Error {
  override name = 'FeedLoadError';
  constructor(
    message: string,
    readonly kind: FeedLoadErrorKind,
    readonly url: string | null,
    cause?: unknown,
    /** What failure-advice.ts needs to explain it: an HTTP answer's status and Retry-After, the text that is not JSON. */
    readonly detail?: { status?: number; retryAfter?: string | null; json?: string; bytes?: number | null; limit?: number },
  ) {
    super(message, cause === undefined ? undefined : { cause });
  }

  /** Wraps any failure; a FeedError from the feed layer becomes a 'shape' error naming its JSON pointer. */
  static from(error: unknown, url: string | null, fallbackKind: FeedLoadErrorKind = 'network'): FeedLoadError {
    if (error instanceof FeedLoadError) return error;
    const what = url ? `The feed ${url}` : 'The feed data';
    if (error instanceof FeedError) {
      const where = error.path ? ` (at ${error.path})` : '';
      const message = error.message.trim().replace(/\.$/, '');
      return new FeedLoadError(`${what} cannot be shown: ${message}${where}.`, 'shape', url, error);
    }
    const reason = error instanceof Error ? error.message : String(error);
    return new FeedLoadError(`${what} could not be read: ${sentence(reason)}`, fallbackKind, url, error);
  }
}

/** One successful answer for a URL. `json` keeps its identity while the feed is unchanged (a 304). */
export interface LoadedFeed {
  url: string;
  /** The parsed JSON, or the text itself for a CSV/TSV table (parseFeed reads both). */
  json: unknown;
  etag: string | null;
  lastModified: string | null;
  /** Something odd but tolerated about the answer (a non-JSON content type), or null. */
  notice: string | null;
}

export interface FeedCacheSettings {
  /** Give up on a request (headers and body) after this many milliseconds. */
  timeoutMs: number;
  /** Refuse answers larger than this many bytes. */
  maxBytes: number;
  /** Keep at most this many feeds. */
  maxEntries: number;
}

const settings: FeedCacheSettings = { timeoutMs: 20_000, maxBytes: 20 * 1024 * 1024, maxEntries: 32 };

/** Changes the cache's limits (tests shorten the timeout); returns the previous settings. */
export function configureFeedCache(changes: Partial<FeedCacheSettings>): FeedCacheSettings {
  const previous = { ...settings };
  Object.assign(settings, changes);
  evictOverflow();
  return previous;
}

interface InFlight {
  promise: Promise<LoadedFeed>;
  abort: AbortController;
  waiters: number;
}

interface Entry {
  loaded?: LoadedFeed;
  inFlight?: InFlight;
}

const entries = new Map<string, Entry>();

/** Forgets every cached feed (requests under way finish for whoever waits on them). */
export function clearFeedCache(): void {
  entries.clear();
}

/** Resolves a feed URL against the page, as the cache keys it. Throws a FeedLoadError for an unusable URL. */
export function absoluteFeedUrl(url: string): string {
  try {
    return new URL(url, document.baseURI).href;
  } catch (error) {
    throw new FeedLoadError(`"${url}" is not a valid feed URL.`, 'network', url, error);
  }
}

/** The cached answer for a URL, without fetching; lets a second widget render in the same frame. */
export function peekFeed(url: string): LoadedFeed | undefined {
  try {
    return entries.get(absoluteFeedUrl(url))?.loaded;
  } catch {
    return undefined;
  }
}

export interface LoadFeedOptions {
  /** Aborting detaches this caller only; the shared request stops when no caller is left. */
  signal?: AbortSignal;
  /** Ask the server again (conditionally, when the last answer had an ETag or Last-Modified). */
  revalidate?: boolean;
}

/** Loads a feed through the shared cache. Rejects only with FeedLoadError (async, so a bad URL rejects rather than throws). */
export async function loadFeed(url: string, options: LoadFeedOptions = {}): Promise<LoadedFeed> {
  const absolute = absoluteFeedUrl(url);
  if (options.signal?.aborted) throw abortedError(absolute);
  const entry = entries.get(absolute) ?? {};
  entries.delete(absolute); // re-insert: Map order is our recency order
  entries.set(absolute, entry);
  evictOverflow();
  if (entry.loaded && !options.revalidate) return entry.loaded;
  entry.inFlight ??= start(absolute, entry);
  return join(absolute, entry, entry.inFlight, options.signal);
}

/** The parsed JSON of a feed, through the shared cache. */
export async function loadFeedJson(url: string, options: LoadFeedOptions = {}): Promise<unknown> {
  return (await loadFeed(url, options)).json;
}

function evictOverflow(): void {
  for (const key of entries.keys()) {
    if (entries.size <= Math.max(1, settings.maxEntries)) break;
    entries.delete(key);
  }
}

function start(url: string, entry: Entry): InFlight {
  const abort = new AbortController();
  const inFlight: InFlight = { abort, waiters: 0, promise: Promise.resolve() as never };
  const finish = (): void => {
    if (entry.inFlight === inFlight) entry.inFlight = undefined;
    if (!entry.loaded && !entry.inFlight && entries.get(url) === entry) entries.delete(url);
  };
  inFlight.promise = request(url, entry.loaded, abort).then(
    (loaded) => {
      entry.loaded = loaded;
      finish();
      return loaded;
    },
    (error: unknown) => {
      finish();
      throw error;
    },
  );
  // Callers handle the outcome through join(); a request everybody left must not become an unhandled rejection.
  inFlight.promise.catch(() => undefined);
  return inFlight;
}

function join(url: string, entry: Entry, inFlight: InFlight, signal: AbortSignal | undefined): Promise<LoadedFeed> {
  inFlight.waiters++;
  return new Promise<LoadedFeed>((resolve, reject) => {
    let settled = false;
    const settle = (): boolean => {
      if (settled) return false;
      settled = true;
      inFlight.waiters--;
      signal?.removeEventListener('abort', onAbort);
      return true;
    };
    const onAbort = (): void => {
      if (!settle()) return;
      reject(abortedError(url));
      if (inFlight.waiters === 0) {
        if (entry.inFlight === inFlight) entry.inFlight = undefined;
        inFlight.abort.abort();
      }
    };
    signal?.addEventListener('abort', onAbort);
    inFlight.promise.then(
      (loaded) => settle() && resolve(loaded),
      (error: unknown) => settle() && reject(error),
    );
  });
}

async function request(url: string, previous: LoadedFeed | undefined, abort: AbortController): Promise<LoadedFeed> {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abort.abort();
  }, settings.timeoutMs);
  try {
    return await fetchAndRead(url, previous, abort);
  } catch (error) {
    if (timedOut) {
      throw new FeedLoadError(`The feed ${url} did not answer in time.`, 'timeout', url, error, { limit: settings.timeoutMs });
    }
    if (error instanceof FeedLoadError) throw error;
    if (abort.signal.aborted) throw abortedError(url);
    // What to do about it (CORS, a build-time fetch) is added by failure-advice.ts, loaded with the failure.
    throw new FeedLoadError(`Could not load ${url}: the server did not answer or the connection failed.`, 'network', url, error);
  } finally {
    clearTimeout(timer);
  }
}

async function fetchAndRead(url: string, previous: LoadedFeed | undefined, abort: AbortController): Promise<LoadedFeed> {
  // The Hub refuses some referrers; no page's address needs to reach it.
  const referrerPolicy = /^https:\/\/([^/]+\.)?(huggingface|hf)\.co\//.test(url) ? 'no-referrer' : undefined;
  const response = await fetch(url, { signal: abort.signal, referrerPolicy, ...conditional(url, previous) });
  if (response.status === 304 && previous) return previous;
  if (!response.ok) throw httpError(url, response);
  const declared = Number(response.headers.get('content-length'));
  if (declared > settings.maxBytes) {
    abort.abort();
    throw tooLarge(url, declared);
  }
  const text = await readText(url, response, abort);
  const contentType = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  const servedAsJson = /(^|[/+])json$/.test(contentType);
  const data = servedAsJson ? parseJsonText(text, `The feed ${url}`, url) : readFeedText(text, `The feed ${url}`, url);
  return {
    url,
    json: data,
    etag: response.headers.get('etag'),
    lastModified: response.headers.get('last-modified'),
    // CSV/TSV (kept as text) has no JSON content type to expect.
    notice: servedAsJson || typeof data === 'string'
      ? null
      : `The feed ${url} was served as "${contentType || 'no content type'}" rather than as JSON; it was read anyway.`,
  };
}

// Same-origin refreshes send If-None-Match / If-Modified-Since themselves, so a 304 keeps the cached data without
// re-reading anything. Across origins those headers would force a CORS preflight that many static hosts refuse,
// so there the browser's own HTTP cache revalidates (cache: 'no-cache' sends its validators for us).
function conditional(url: string, previous: LoadedFeed | undefined): RequestInit {
  if (!previous) return {};
  if (new URL(url).origin !== location.origin) return { cache: 'no-cache' };
  const headers: Record<string, string> = {};
  if (previous.etag) headers['If-None-Match'] = previous.etag;
  if (previous.lastModified) headers['If-Modified-Since'] = previous.lastModified;
  return { headers, cache: 'no-store' };
}

async function readText(url: string, response: Response, abort: AbortController): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > settings.maxBytes) {
      abort.abort();
      throw tooLarge(url, null);
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/** Feed text as parseFeed takes it: CSV/TSV stays text; anything else is JSON, and an error says where it breaks. */
export function readFeedText(text: string, what: string, url: string | null): unknown {
  return looksDelimited(text) ? text : parseJsonText(text, what, url);
}

/** JSON.parse with a readable FeedLoadError ('invalid-json', with line and column) instead of a SyntaxError. */
export function parseJsonText(text: string, what: string, url: string | null): unknown {
  const start = text.trimStart();
  if (start === '') throw new FeedLoadError(`${what} is empty.`, 'invalid-json', url);
  if (start.startsWith('<')) {
    throw new FeedLoadError(
      `${what} is HTML (a web page), not JSON.`, // failure-advice.ts says what that usually means
      'invalid-json',
      url,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    // Where it breaks (line, column) and why is worked out by failure-advice.ts, loaded with the failure.
    throw new FeedLoadError(`${what} is not valid JSON.`, 'invalid-json', url, error, { json: text });
  }
}

/** What happened; what it means and what to do are added by failure-advice.ts, loaded with the failure. */
function httpError(url: string, response: Response): FeedLoadError {
  return new FeedLoadError(`The feed ${url} answered HTTP ${`${response.status} ${response.statusText}`.trim()}.`, 'http', url, undefined, {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
  });
}

/** The sizes are written out by failure-advice.ts, loaded with the failure. */
function tooLarge(url: string, bytes: number | null): FeedLoadError {
  return new FeedLoadError(`The feed ${url} is too large.`, 'too-large', url, undefined, { bytes, limit: settings.maxBytes });
}

function abortedError(url: string): FeedLoadError {
  return new FeedLoadError(`Cancelled: ${url}`, 'aborted', url);
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
