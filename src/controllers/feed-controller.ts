// Loads one feed for a host element: from a `.feed` value, an inline <script type="application/json"> child, or a
// URL through the shared cache. It aborts what the host no longer needs (disconnect, new source), keeps the last
// good feed when a refresh fails, re-parses when the parse options change, and never lets a failure escape into
// the host page: every outcome ends up in `feed`, `error` and `status`.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Feed, ParseOptions } from '../feed/types.js';
import { madeByParseFeed, parseFeed } from '../feed/parse-feed.js';
import { boundText } from '../feed/bound-text.js';
import { loadReaderFor } from '../feed/load-feed-formats.js';
import { FeedLoadError, loadFeed, parseJsonText, peekFeed, readFeedText } from './feed-cache.js';
import { checkParsedFeed } from './feed-guard.js';

export type FeedStatus = 'empty' | 'loading' | 'ready' | 'error';

export type FeedParser = (json: unknown, options?: ParseOptions) => Feed;

export interface FeedSourceOptions {
  /** The URL to fetch, or nullish for none. Read on every host update. */
  url: () => string | null | undefined;
  /** Data given directly: raw JSON (a value, or JSON text), CSV/TSV text or a parsed Feed. Wins over the inline JSON and the URL. */
  data?: () => unknown;
  /** JSON text from the page (an inline <script type="application/json">). Wins over the URL. */
  inline?: () => string | null | undefined;
  /** Refresh interval in seconds (at least 1); 0 or nullish for none. Only URLs refresh. */
  refresh?: () => number | null | undefined;
  parseOptions?: () => ParseOptions | undefined;
  /** Reads the JSON into a Feed; default parseFeed (<sota-index> also reads board index files). */
  parser?: () => FeedParser;
  /** Called after the host rendered a newly loaded feed. */
  onLoad?: (feed: Feed, url: string | null) => void;
  /** Called after the host rendered a failure; `stale` when earlier data is still shown. */
  onError?: (error: FeedLoadError, stale: boolean) => void;
}

/** Where the feed comes from: `value` is the data itself, the inline JSON text or the URL. */
type Source =
  | { kind: 'data'; value: unknown }
  | { kind: 'inline'; value: string }
  | { kind: 'url'; value: string }
  | { kind: 'none'; value: null };

interface RawFeed {
  json: unknown;
  url: string | null;
  notice: string | null;
}

const MIN_REFRESH_SECONDS = 1;
const INLINE_LABEL = 'The inline JSON (<script type="application/json">)';

export class FeedController implements ReactiveController {
  /** The last good feed, kept through failed refreshes. */
  feed: Feed | undefined;
  /** The latest failure, cleared by the next success. */
  error: FeedLoadError | undefined;
  status: FeedStatus = 'empty';
  /** When the feed shown was last loaded, or confirmed unchanged by a refresh. */
  loadedAt: Date | null = null;

  #host: ReactiveControllerHost;
  #options: FeedSourceOptions;
  #source: Source | undefined;
  #parseKey = '';
  #refreshSeconds = 0;
  #raw: RawFeed | undefined;
  #abort: AbortController | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #connected = false;
  #interrupted = false;

  constructor(host: ReactiveControllerHost, options: FeedSourceOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    if (this.#interrupted) {
      // The disconnect aborted a request: start again (from the cache when another element finished it).
      this.#interrupted = false;
      this.#source = undefined;
      this.#host.requestUpdate();
    } else this.#schedule();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#interrupted = this.#abort !== undefined;
    this.#stop();
  }

  hostUpdate(): void {
    try {
      const source = this.#readSource();
      const parseKey = JSON.stringify(this.#options.parseOptions?.() ?? {});
      const refresh = Number(this.#options.refresh?.()) || 0;
      if (!this.#source || !sameSource(source, this.#source)) {
        this.#source = source;
        this.#parseKey = parseKey;
        this.#refreshSeconds = refresh;
        this.#start(source);
        return;
      }
      if (parseKey !== this.#parseKey) {
        this.#parseKey = parseKey;
        if (this.#raw) this.#parse(this.#raw, false);
        else this.#start(source);
      }
      if (refresh !== this.#refreshSeconds) {
        this.#refreshSeconds = refresh;
        this.#schedule();
      }
    } catch (error) {
      this.#fail(FeedLoadError.from(error, null, 'shape'), false);
    }
  }

  /** Fetches the feed again now, past the cache (conditionally, when the server gave an ETag or Last-Modified). */
  reload(): void {
    if (this.#source?.kind !== 'url') return;
    if (!this.feed) {
      this.status = 'loading';
      this.error = undefined;
      this.#host.requestUpdate();
    }
    this.#fetch(this.#source.value, true);
  }

  #readSource(): Source {
    const value = this.#options.data?.();
    if (value !== undefined && value !== null) return { kind: 'data', value };
    const text = this.#options.inline?.();
    if (text && text.trim()) return { kind: 'inline', value: text };
    const url = this.#options.url()?.trim();
    return url ? { kind: 'url', value: url } : { kind: 'none', value: null };
  }

  #start(source: Source): void {
    this.#stop();
    this.#raw = undefined;
    this.feed = undefined;
    this.error = undefined;
    this.loadedAt = null;
    this.status = 'empty';
    this.#host.requestUpdate();
    if (source.kind === 'none') return;
    if (source.kind === 'url') {
      const cached = peekFeed(source.value);
      if (cached) {
        this.#parse(cached, false);
        this.#schedule();
      } else {
        this.status = 'loading';
        this.#fetch(source.value, false);
      }
      return;
    }
    try {
      const json =
        source.kind === 'inline'
          ? parseJsonText(source.value, INLINE_LABEL, null)
          : typeof source.value === 'string'
            ? readFeedText(source.value, 'The .feed text', null)
            : source.value;
      this.#parse({ json, url: null, notice: null }, false);
    } catch (error) {
      const source = this.#source;
      this.#failWithAdvice(FeedLoadError.from(error, null, 'shape'), false, () => this.#source === source).catch(reportError);
    }
  }

  // Words for the way forward (a build-time fetch, waiting, an official embed, where JSON breaks) load only when needed.
  #failWithAdvice(failure: FeedLoadError, refreshing: boolean, wanted: () => boolean): Promise<void> {
    if (!this.feed) this.status = 'loading';
    return import('./failure-advice.js').then((advice) => advice.withAdvice(failure), () => failure).then((advised) => {
      if (wanted()) this.#fail(advised, refreshing);
    });
  }

  #fetch(url: string, revalidate: boolean): void {
    this.#abort?.abort();
    clearTimeout(this.#timer);
    const abort = new AbortController();
    this.#abort = abort;
    const refreshing = revalidate && this.feed !== undefined;
    loadFeed(url, { signal: abort.signal, revalidate })
      // A dataset viewer /rows answer is one page of a longer table: its other pages come first.
      .then((loaded) => (typeof (loaded.json as { num_rows_total?: unknown } | null)?.num_rows_total === 'number'
        ? import('./rows-pages.js').then((pages) => pages.followRowsPages(loaded, abort.signal))
        : loaded))
      .then(
        (loaded) => {
          if (abort.signal.aborted) return;
          this.#abort = undefined;
          this.#parse(loaded, refreshing);
        },
        (error: unknown) => {
          if (abort.signal.aborted) return;
          this.#abort = undefined;
          return this.#failWithAdvice(FeedLoadError.from(error, url), refreshing, () => !abort.signal.aborted);
        },
      )
      .then(() => {
        if (!abort.signal.aborted) this.#schedule();
      })
      .catch(reportError); // only a bug of ours gets here; report it like any uncaught error, never as a rejection
  }

  #parse(raw: RawFeed, refreshing: boolean): void {
    if (refreshing && this.#raw && raw.json === this.#raw.json && this.feed) {
      // 304 Not Modified (or an unchanged cache entry): the same data, confirmed.
      this.loadedAt = new Date();
      this.#succeed(this.feed, raw.url, false);
      return;
    }
    // Only our own format's reader is in the script-tag file: another format's comes first, once per page.
    const loadingReader = loadReaderFor(raw.json, this.#options.parseOptions?.());
    if (loadingReader) {
      const source = this.#source;
      if (!this.feed) this.status = 'loading'; // rendered by the update this runs in, or already so after a fetch
      loadingReader.then(
        () => this.#source === source && this.#parse(raw, refreshing),
        (error: unknown) => this.#source === source && this.#fail(FeedLoadError.from(error, raw.url), refreshing),
      ).catch(reportError);
      return;
    }
    let feed: Feed;
    try {
      feed = toFeed(raw, this.#options.parseOptions?.(), this.#options.parser?.() ?? parseFeed);
    } catch (error) {
      this.#fail(FeedLoadError.from(error, raw.url, 'shape'), refreshing);
      return;
    }
    this.#raw = raw;
    this.loadedAt = new Date();
    this.#succeed(feed, raw.url, true);
  }

  #succeed(feed: Feed, url: string | null, changed: boolean): void {
    this.feed = feed;
    this.error = undefined;
    this.status = 'ready';
    this.#host.requestUpdate();
    if (changed) this.#afterRender(() => this.#options.onLoad?.(feed, url));
  }

  #fail(error: FeedLoadError, refreshing: boolean): void {
    const stale = refreshing && this.feed !== undefined;
    this.error = error;
    if (!stale) {
      this.feed = undefined;
      this.#raw = undefined;
      this.status = 'error';
    }
    this.#host.requestUpdate();
    this.#afterRender(() => this.#options.onError?.(error, stale));
  }

  // Events go out once the host has rendered the new state, so listeners see what the user sees and may change
  // the element's properties without losing the change inside an update.
  #afterRender(callback: () => void): void {
    this.#host.updateComplete.then(callback).catch(reportError);
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const source = this.#source;
    if (!this.#connected || source?.kind !== 'url' || this.#refreshSeconds <= 0 || this.#abort) return;
    const delay = Math.max(MIN_REFRESH_SECONDS, this.#refreshSeconds) * 1000;
    this.#timer = setTimeout(() => this.#fetch(source.value, true), delay);
  }

  #stop(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}

function sameSource(a: Source, b: Source): boolean {
  return a.kind === b.kind && a.value === b.value;
}

// Ten elements showing one feed parse it once per set of options; feeds are treated as immutable. A Feed given
// through `.feed` comes back from parseFeed unchanged. Another parser (<sota-index>'s, which also reads board
// indexes) keeps entries of its own, so an index it read never reaches an element that refuses indexes.
const parsedFeeds = new WeakMap<object, Map<string, Feed>>();

function toFeed(raw: RawFeed, options: ParseOptions | undefined, parse: FeedParser): Feed {
  const key = (parse === parseFeed ? '' : 'i') + JSON.stringify(options ?? {});
  const cacheable = typeof raw.json === 'object' && raw.json !== null;
  const cached = cacheable ? parsedFeeds.get(raw.json as object)?.get(key) : undefined;
  if (cached) return cached;
  let feed = parse(raw.json, raw.url ? { url: raw.url, ...options } : options);
  // A Feed parseFeed made is well formed and bounded; one made by hand (or by another parser) is checked here.
  if (!madeByParseFeed(feed)) {
    if (feed === raw.json) checkParsedFeed(feed);
    feed = boundText(feed);
  }
  if (raw.notice) {
    feed = { ...feed, warnings: [...feed.warnings, { kind: 'other', path: '', message: raw.notice, raw: null }] };
  }
  if (cacheable) {
    const byOptions = parsedFeeds.get(raw.json as object) ?? new Map<string, Feed>();
    byOptions.set(key, feed);
    parsedFeeds.set(raw.json as object, byOptions);
  }
  return feed;
}
