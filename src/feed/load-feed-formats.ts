// The one place the elements reach the on-demand adapters: a plain dynamic import(), so a bundler (and the
// script-tag build) makes them a chunk of their own, fetched the first time a page shows such a feed.
import { formatReader, isOnDemandFormat } from './format-readers.js';
import type { FeedFormat } from './types.js';

let loading: Promise<void> | undefined;

/** True when parseFeed can read `format` now (every format but the on-demand ones, once loaded). */
export function canParseFormat(format: FeedFormat | null): boolean {
  return !isOnDemandFormat(format) || formatReader(format) !== undefined;
}

/** Loads and installs the on-demand adapters (Hugging Face leaderboards and eval results); once per page. */
export function loadFeedFormats(): Promise<void> {
  loading ??= import('./formats/on-demand.js').then(
    (module) => module.installOnDemandFormats(),
    (error: unknown) => {
      loading = undefined; // a failed chunk load may work on the next try
      throw error;
    },
  );
  return loading;
}
