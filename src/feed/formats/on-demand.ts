// The adapters loaded on demand (see format-readers.ts), as one module: importing it installs nothing by itself.
import { installFormatReaders } from '../format-readers.js';
import { readHfEvalResults } from './hf-eval-results.js';
import { readHfLeaderboard } from './hf-leaderboard.js';
import { readDatasetViewerRows } from './dataset-viewer-rows.js';
import { readRecords } from './records.js';

export function installOnDemandFormats(): void {
  installFormatReaders({
    'hf-leaderboard': readHfLeaderboard,
    'hf-eval-results': readHfEvalResults,
    'dataset-viewer-rows': readDatasetViewerRows,
    records: (input, options, builder, log) => {
      readRecords(input, builder, log, options.records);
      return options.records?.source ?? undefined;
    },
  });
}
