// load-table-reader.ts as the classic-script build (sota-widgets.iife.js) has it, put in its place by
// vite.bundle.config.ts: a classic script cannot load a chunk on demand, and the table reader (d3-dsv and the
// records reader, 4.4 KiB gzip) does not fit under that file's size ceiling, so a table gets this message.
import { FeedError } from './feed-error.js';

export function loadTableReader(): Promise<void> {
  return Promise.reject(new FeedError('sota-widgets.iife.js reads JSON feeds only; for CSV/TSV, load sota-widgets.js as a module.'));
}
