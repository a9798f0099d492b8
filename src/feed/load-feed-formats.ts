// The one place the browser reaches the installed formats' readers: plain dynamic import()s, so the script-tag
// build makes each group a chunk beside the file, fetched the first time a page shows a feed that needs it.
import { detectFormat, type InputFormat } from './detect-format.js';
import { formatReader, installFormats, type InstalledFormat } from './format-readers.js';
import type { ParseOptions } from './types.js';

type Group = 'archive' | 'live' | 'table-text';

const GROUPS: Record<Group, () => Promise<void>> = {
  archive: () => import('./formats/archive-formats.js').then((module) => installFormats(module.archiveReaders)),
  live: () => import('./formats/live-formats.js').then((module) => installFormats(module.liveReaders, module.detectLiveFormat)),
  'table-text': () => import('./formats/table-text.js').then((module) => installFormats(module.tableTextReaders)),
};

const ARCHIVE: readonly InputFormat[] = ['pwc-evaluation-tables', 'pwc-papers', 'pwc-links', 'pwc-api', 'hf-model-index'];

const loading = new Map<Group, Promise<void>>();

function load(group: Group): Promise<void> {
  let promise = loading.get(group);
  if (!promise) {
    promise = GROUPS[group]();
    // A failed chunk load is not kept: the next feed (or "Try again") asks again.
    promise.catch(() => loading.delete(group));
    loading.set(group, promise);
  }
  return promise;
}

/** Loads and installs every format's reader (each group once per page), for calling parseFeed yourself. */
export function loadFeedFormats(): Promise<void> {
  return Promise.all((Object.keys(GROUPS) as Group[]).map(load)).then(() => undefined);
}

/**
 * Loads what parseFeed needs to read `input`, or returns null when it can read it now: our own format, a board
 * index, a format whose reader is installed, or a shape no format matches even with every detector installed.
 */
export function loadReaderFor(input: unknown, options: ParseOptions = {}): Promise<void> | null {
  const format = options.format ?? detectFormat(input, options);
  if (format === 'sota-widgets' || format === 'sota-widgets-index') return null;
  // The live group's detectors come with its readers: once records can be read, every detector has been asked.
  if (format === null) return formatReader('records') ? null : load('live');
  if (formatReader(format as InstalledFormat)) return null;
  return load(format === 'csv' ? 'table-text' : ARCHIVE.includes(format) ? 'archive' : 'live');
}
