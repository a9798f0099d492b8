// Why a registry: the script-tag file reads only our own format itself. Every other format's reader (the archive's,
// the Hub's, tables of records, CSV) is installed here by a chunk loaded on demand (load-feed-formats.ts), while
// parseFeed stays synchronous. Node's `sota-widgets/feed` entry installs them all as it loads.
import type { BoardBuilder } from './internal/board-builder.js';
import type { PaperSet } from './internal/paper-set.js';
import type { WarningLog } from './internal/read.js';
import type { FeedFormat, ParseOptions, Source } from './types.js';

/** The formats whose readers are installed rather than built in. */
export type InstalledFormat = Exclude<FeedFormat, 'sota-widgets' | 'sota-widgets-index' | 'merged'>;

/** Where a reader puts what it reads. */
export interface FeedTarget {
  builder: BoardBuilder;
  papers: PaperSet;
  log: WarningLog;
}

/** Reads `input` into the target; returns the feed's attribution when the format carries one. */
export type FormatReader = (input: unknown, options: ParseOptions, target: FeedTarget) => Source | void;

/** Names the format of a shape the built-in sniffs did not match, or null. */
export type FormatDetector = (input: unknown, options: ParseOptions) => InstalledFormat | null;

export type FormatReaders = Partial<Record<InstalledFormat, FormatReader>>;

const readers: FormatReaders = {};
const detectors: FormatDetector[] = [];

export function installFormats(added: FormatReaders, detect?: FormatDetector): void {
  Object.assign(readers, added);
  if (detect) detectors.push(detect);
}

export function formatReader(format: InstalledFormat): FormatReader | undefined {
  return readers[format];
}

export function detectInstalledFormat(input: unknown, options: ParseOptions): InstalledFormat | null {
  for (const detect of detectors) {
    const format = detect(input, options);
    if (format) return format;
  }
  return null;
}
