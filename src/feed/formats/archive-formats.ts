// The Papers with Code archive's files, its REST API pages and model-index cards: frozen sources most pages never
// show, so their readers are a chunk of their own in the browser, installed by load-feed-formats.ts (and by
// sota-widgets/feed as it loads).
import type { FormatReaders } from '../format-readers.js';
import { readHfModelIndex } from './hf-model-index.js';
import { readPwcApi } from './pwc-api.js';
import { readEvaluationTables } from './pwc-evaluation-tables.js';
import { readPwcLinks } from './pwc-links.js';
import { readPwcPapers } from './pwc-papers.js';

export const archiveReaders: FormatReaders = {
  'pwc-evaluation-tables': (input, _options, { builder, log }) => readEvaluationTables(input, builder, log),
  'pwc-papers': (input, _options, { papers, log }) => readPwcPapers(input, papers, log),
  'pwc-links': (input, _options, { papers, log }) => readPwcLinks(input, papers, log),
  'pwc-api': (input, options, { builder, papers, log }) => readPwcApi(input, options.pwcApi, builder, papers, log),
  'hf-model-index': (input, _options, { builder, log }) => readHfModelIndex(input, builder, log),
};
