// The table reader (CSV/TSV through d3-dsv, and the records reader) on demand, as its own chunk: the elements call
// this the first time a feed is a table. vite.bundle.config.ts swaps this file for load-table-reader-classic.ts in
// the classic-script build, which cannot load a chunk.
import { useTableReader } from './parse-feed.js';

let loading: Promise<void> | undefined;

/**
 * Loads the reader of CSV/TSV text and tables of records, once; parseFeed reads those after it resolves. Needed
 * only from the main entry or the script-tag file: sota-widgets/feed has it already, and the elements call it.
 */
export function loadTableReader(): Promise<void> {
  loading ??= import('./table-reader.js').then((module) => useTableReader(module.tableReader), (error: unknown) => {
    loading = undefined; // a failed chunk request may succeed later
    throw error;
  });
  return loading;
}
