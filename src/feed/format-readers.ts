// Why a registry: the Hugging Face, dataset viewer and table-of-records adapters are the newest formats and the script-tag file has
// no room for them, so the elements load them on demand (loadFeedFormats) while parseFeed stays synchronous. The
// shape sniff for every format stays in parse-feed.ts; only the readers wait here. Node's `sota-widgets/feed` entry
// installs them all as it loads, so Node code never has to ask.
import type { BoardBuilder } from './internal/board-builder.js';
import type { WarningLog } from './internal/read.js';
import type { FeedFormat, ParseOptions, Source } from './types.js';

/** The formats whose readers are loaded on demand. */
export type OnDemandFormat = Extract<FeedFormat, 'hf-leaderboard' | 'hf-eval-results' | 'dataset-viewer-rows' | 'records'>;

export const ON_DEMAND_FORMATS: readonly OnDemandFormat[] = ['hf-leaderboard', 'hf-eval-results', 'dataset-viewer-rows', 'records'];

/** Reads `input` into the builder; returns the feed's attribution when the format carries one. */
export type FormatReader = (input: unknown, options: ParseOptions, builder: BoardBuilder, log: WarningLog) => Source | void;

const readers = new Map<OnDemandFormat, FormatReader>();

export function installFormatReaders(given: Readonly<Record<OnDemandFormat, FormatReader>>): void {
  for (const format of ON_DEMAND_FORMATS) readers.set(format, given[format]);
}

export function formatReader(format: OnDemandFormat): FormatReader | undefined {
  return readers.get(format);
}

export function isOnDemandFormat(format: string | null): format is OnDemandFormat {
  return (ON_DEMAND_FORMATS as readonly string[]).includes(format ?? '');
}
