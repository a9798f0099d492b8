// CSV and TSV text, one result per row, read by the records reader. A chunk of its own in the browser, installed
// by load-feed-formats.ts (and by sota-widgets/feed as it loads), as it brings d3-dsv and most pages show JSON.
import type { FormatReaders } from '../format-readers.js';
import { readDelimitedText } from '../internal/delimited-text.js';
import { readRecords } from './records.js';

export const tableTextReaders: FormatReaders = {
  csv: (input, options, { builder, log }) => {
    readRecords(readDelimitedText(String(input), log).rows, builder, log, options.records);
    return options.records?.source ?? undefined;
  },
};
