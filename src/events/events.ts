// Every event the elements fire: prefixed `sota-`, bubbling and composed so hosts can listen anywhere.
import type { Feed, Result } from '../feed/types.js';

export interface SotaLoadDetail {
  feed: Feed;
  /** The URL the feed came from, or null for inline data. */
  url: string | null;
}

export interface SotaErrorDetail {
  /** A sentence for a person, as shown inside the element. */
  message: string;
  /** What kind of failure, for code that wants to react to it. */
  kind: 'http' | 'gated' | 'rate-limited' | 'network' | 'timeout' | 'invalid-json' | 'too-large' | 'shape' | 'not-found' | 'aborted';
  url: string | null;
  /** True when the element still shows earlier data (a refresh failed). */
  stale: boolean;
  error: unknown;
}

export interface SotaSortDetail {
  column: string;
  order: 'ascending' | 'descending';
}

export interface SotaSelectDetail {
  result: Result;
  leaderboardId: string | null;
}

export interface SotaEventMap {
  'sota-load': CustomEvent<SotaLoadDetail>;
  'sota-error': CustomEvent<SotaErrorDetail>;
  'sota-sort': CustomEvent<SotaSortDetail>;
  'sota-select': CustomEvent<SotaSelectDetail>;
}

declare global {
  // Typed listeners on any element: `el.addEventListener('sota-sort', (e) => e.detail.column)`.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the members come from SotaEventMap
  interface HTMLElementEventMap extends SotaEventMap {}
}

/** Dispatches a typed `sota-*` event; returns false when a listener called preventDefault(). */
export function fire<K extends keyof SotaEventMap>(
  target: EventTarget,
  type: K,
  detail: SotaEventMap[K]['detail'],
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}
