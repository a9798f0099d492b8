// Loads one feed for a host element: from a URL (through the shared cache), a `.feed` property, or an inline
// <script type="application/json"> child. Keeps the last good feed when a refresh fails.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Feed, ParseOptions } from '../feed/types.js';
import { parseFeed } from '../feed/parse-feed.js';
import { loadFeedJson, FeedLoadError } from './feed-cache.js';

export type FeedStatus = 'empty' | 'loading' | 'ready' | 'error';

export interface FeedSourceOptions {
  /** The URL to fetch, or nullish for none. Read on every host update. */
  url: () => string | null | undefined;
  /** Data given directly (raw JSON or a parsed Feed), or undefined. Wins over the URL. */
  data?: () => unknown;
  /** Refresh interval in seconds; 0 or nullish for none. */
  refresh?: () => number | null | undefined;
  parseOptions?: () => ParseOptions | undefined;
  /** Called with every newly loaded feed and every failure. */
  onLoad?: (feed: Feed, url: string | null) => void;
  onError?: (error: FeedLoadError, stale: boolean) => void;
}

export class FeedController implements ReactiveController {
  /** The last good feed, kept through failed refreshes. */
  feed: Feed | undefined;
  /** The latest failure, cleared by the next success. */
  error: FeedLoadError | undefined;
  status: FeedStatus = 'empty';

  #host: ReactiveControllerHost;
  #options: FeedSourceOptions;
  #key: unknown = undefined;
  #abort: AbortController | undefined;
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(host: ReactiveControllerHost, options: FeedSourceOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#key = undefined; // reload on reconnect: the disconnect aborted any request
  }

  hostUpdate(): void {
    const data = this.#options.data?.();
    const url = this.#options.url() || null;
    const key = data !== undefined ? data : url;
    if (key === this.#key) return;
    this.#key = key;
    this.#stop();
    if (data !== undefined) this.#useData(data);
    else if (url) this.#load(url, false);
    else {
      this.feed = undefined;
      this.error = undefined;
      this.status = 'empty';
    }
  }

  hostDisconnected(): void {
    this.#stop();
  }

  #stop(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  #useData(data: unknown): void {
    try {
      this.#succeed(parseFeed(data, this.#options.parseOptions?.()), null);
    } catch (error) {
      this.#fail(FeedLoadError.from(error, null), false);
    }
  }

  async #load(url: string, isRefresh: boolean): Promise<void> {
    const abort = new AbortController();
    this.#abort = abort;
    if (!isRefresh) {
      this.status = 'loading';
      this.#host.requestUpdate();
    }
    try {
      const json = await loadFeedJson(url, { signal: abort.signal, revalidate: isRefresh });
      if (abort.signal.aborted) return;
      this.#succeed(parseFeed(json, this.#options.parseOptions?.()), url);
    } catch (error) {
      if (abort.signal.aborted) return;
      this.#fail(FeedLoadError.from(error, url), isRefresh && this.feed !== undefined);
    }
    const seconds = this.#options.refresh?.() ?? 0;
    if (!isRefresh && seconds > 0 && this.#abort === abort) {
      this.#timer = setInterval(() => void this.#load(url, true), seconds * 1000);
    }
  }

  #succeed(feed: Feed, url: string | null): void {
    this.feed = feed;
    this.error = undefined;
    this.status = 'ready';
    this.#host.requestUpdate();
    this.#options.onLoad?.(feed, url);
  }

  #fail(error: FeedLoadError, stale: boolean): void {
    this.error = error;
    if (!stale) {
      this.feed = undefined;
      this.status = 'error';
    }
    this.#host.requestUpdate();
    this.#options.onError?.(error, stale);
  }
}
