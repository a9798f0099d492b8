// The one place the elements reach the on-demand formats: a plain dynamic import(), so the script-tag build makes
// them a chunk of their own, fetched the first time a page shows a feed the core formats do not know.
import { onDemandFormats } from './format-readers.js';

let loading: Promise<void> | undefined;

/** True once the on-demand formats are installed (always in Node's `sota-widgets/feed`). */
export function feedFormatsLoaded(): boolean {
  return onDemandFormats() !== undefined;
}

/** Loads and installs the Hub leaderboard, eval results, dataset viewer and records formats; once per page. */
export function loadFeedFormats(): Promise<void> {
  // A failed chunk load is not kept: the next feed (or "Try again") asks again.
  return (loading ??= import('./formats/on-demand.js').then((module) => module.installOnDemandFormats()).finally(() => {
    if (!feedFormatsLoaded()) loading = undefined;
  }));
}
