// Why a registry: the Hugging Face, dataset viewer and table-of-records formats are the newest and the script-tag
// file has no room for them, so the elements load their detection and readers together on demand
// (loadFeedFormats) while parseFeed stays synchronous: the core tries its own formats first and asks these only
// for a shape it does not know. Node's `sota-widgets/feed` entry installs them as it loads.
import type { BoardBuilder } from './internal/board-builder.js';
import type { WarningLog } from './internal/read.js';
import type { FeedFormat, ParseOptions, Source } from './types.js';

/** The formats detected and read on demand. */
export type OnDemandFormat = Extract<FeedFormat, 'hf-leaderboard' | 'hf-eval-results' | 'dataset-viewer-rows' | 'records'>;

/** Reads `input` into the builder; returns the feed's attribution when the format carries one. */
export type FormatReader = (input: unknown, options: ParseOptions, builder: BoardBuilder, log: WarningLog) => Source | void;

export interface OnDemandFormats {
  /** The format of a shape the core formats did not match, or null. */
  detect(input: unknown, options: ParseOptions): OnDemandFormat | null;
  readers: Readonly<Record<OnDemandFormat, FormatReader>>;
}

let installed: OnDemandFormats | undefined;

export function installFormats(formats: OnDemandFormats): void {
  installed = formats;
}

export function onDemandFormats(): OnDemandFormats | undefined {
  return installed;
}
