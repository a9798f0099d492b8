// Why a module-level cache: ten widgets on one page pointing at one feed should make one request, and a
// widget that re-renders should not fetch again. Keyed by absolute URL; in-flight requests are shared.
import { FeedError } from '../feed/feed-error.js';
import type { SotaErrorDetail } from '../events/events.js';

export class FeedLoadError extends Error {
  override name = 'FeedLoadError';
  constructor(
    message: string,
    readonly kind: SotaErrorDetail['kind'],
    readonly url: string | null,
    readonly cause?: unknown,
  ) {
    super(message);
  }

  static from(error: unknown, url: string | null): FeedLoadError {
    if (error instanceof FeedLoadError) return error;
    if (error instanceof FeedError) {
      const where = error.path ? ` (at ${error.path})` : '';
      return new FeedLoadError(`${error.message}${where}`, 'shape', url, error);
    }
    return new FeedLoadError(`Could not read the feed${url ? ` ${url}` : ''}: ${String(error)}`, 'network', url, error);
  }
}

const cache = new Map<string, Promise<unknown>>();

export async function loadFeedJson(url: string, options: { signal?: AbortSignal; revalidate?: boolean } = {}): Promise<unknown> {
  const absolute = new URL(url, document.baseURI).href;
  let pending = options.revalidate ? undefined : cache.get(absolute);
  if (!pending) {
    pending = fetchJson(absolute);
    cache.set(absolute, pending);
    pending.catch(() => cache.delete(absolute));
  }
  return pending;
}

async function fetchJson(url: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new FeedLoadError(`Could not reach ${url}: a network failure or a server that does not allow cross-origin requests (CORS).`, 'network', url, error);
  }
  if (!response.ok) throw new FeedLoadError(`The feed ${url} answered HTTP ${response.status} ${response.statusText}.`.replace(' .', '.'), 'http', url);
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new FeedLoadError(`The feed ${url} is not valid JSON: ${(error as Error).message}`, 'invalid-json', url, error);
  }
}
