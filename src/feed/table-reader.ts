// Tables for parseFeed: CSV/TSV text through d3-dsv, and JSON records as they are, both into the one records
// reader. Loaded on demand by the elements and the main entry (loadTableReader), at once by sota-widgets/feed.
import { readRecords } from './formats/records.js';
import { readDelimitedText } from './internal/delimited-text.js';
import { isRecordList } from './internal/record-shape.js';
import type { TableReader } from './parse-feed.js';

export const tableReader: TableReader = {
  isRecordList,
  read(input, format, builder, log, options) {
    const rows = format === 'csv' && typeof input === 'string' ? readDelimitedText(input, log).rows : input;
    readRecords(rows, builder, log, options.records);
    return options.records?.source ?? null;
  },
};
