// Shared by the loading tests: unique feed URLs (the cache is module-level), the test server's request counter,
// and a guard that fails a test when anything escaped into the page as an unhandled rejection or a console error.
import { expect } from '@open-wc/testing';

let serial = 0;

/** A URL on the test server that no other test has used, so the shared cache and the counters start empty. */
export function feedUrl(name: string, query: Record<string, string | number> = {}): string {
  const params = new URLSearchParams({ ...Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)])) });
  params.set('t', `${Date.now()}-${++serial}`);
  return `/__feeds/${name}?${params}`;
}

/** How many requests the test server saw for this exact path and query, and the last If-None-Match. */
export async function served(url: string): Promise<{ count: number; ifNoneMatch: string | null }> {
  const response = await fetch(`/__feeds/count?url=${encodeURIComponent(url)}`);
  return response.json();
}

/** Tells the ETag endpoint for `key` to fail its next answers or to change its content. */
export async function controlEtagFeed(key: string, change: { fail?: number; version?: number }): Promise<void> {
  const params = new URLSearchParams({ key });
  if (change.fail !== undefined) params.set('fail', String(change.fail));
  if (change.version !== undefined) params.set('version', String(change.version));
  await fetch(`/__feeds/control?${params}`);
}

/** Records unhandled rejections and console.error calls between install() and check(). */
export function escapeGuard(): { install: () => void; check: () => Promise<void> } {
  const escaped: string[] = [];
  const onRejection = (event: PromiseRejectionEvent): void => {
    escaped.push(`unhandled rejection: ${String(event.reason)}`);
  };
  let original: typeof console.error | undefined;
  return {
    install() {
      escaped.length = 0;
      window.addEventListener('unhandledrejection', onRejection);
      original = console.error;
      console.error = (...args: unknown[]) => {
        escaped.push(`console.error: ${args.map(String).join(' ')}`);
        original?.apply(console, args);
      };
    },
    async check() {
      await nextTask(20); // the browser reports unhandled rejections in a later task
      window.removeEventListener('unhandledrejection', onRejection);
      if (original) console.error = original;
      expect(escaped, 'nothing escaped into the page').to.deep.equal([]);
    },
  };
}

export const nextTask = (ms = 0): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
