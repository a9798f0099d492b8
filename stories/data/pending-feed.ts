// The loading state needs a feed that has not arrived yet, which a static Storybook server cannot serve. Loading
// stories point `src` at a URL under PENDING_PREFIX; this wraps window.fetch, once, so such a request stays
// pending until aborted (or until the element's own 20 s timeout gives up). Every other request is untouched.

const PENDING_PREFIX = '/__pending-feed__/';
let installed = false;

/** A feed URL that never answers; installs the fetch wrapper on first use. `name` keeps URLs (and cache keys) apart. */
export function pendingFeedUrl(name: string): string {
  if (!installed) {
    installed = true;
    const realFetch = window.fetch.bind(window);
    window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      const url = new URL(input instanceof Request ? input.url : String(input), location.href);
      if (!url.pathname.startsWith(PENDING_PREFIX)) return realFetch(input, init);
      const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
      return new Promise((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason), { once: true }));
    };
  }
  return `${PENDING_PREFIX}${encodeURIComponent(name)}.json`;
}
