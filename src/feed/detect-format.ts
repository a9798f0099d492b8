// What format a feed is in, from its shape alone. The sniffs here are cheap and always present, so the elements
// know which reader to load before loading it; the Hub's shapes and tables of records are told apart by detectors
// that come with their readers (formats/live-formats.ts), asked only for a shape nothing here matches.
import { detectInstalledFormat } from './format-readers.js';
import { isModelHeader } from './internal/model-header.js';
import { field, has, isObject, type JsonObject } from './internal/read.js';
import { looksDelimited, looksLikeJson, withoutBom } from './internal/text-shape.js';
import type { FeedFormat, ParseOptions } from './types.js';

export type InputFormat = Exclude<FeedFormat, 'merged'>;

/**
 * The format `input` is in, judged by its shape alone, or null when it matches none. Text is JSON (judged once
 * parsed; null when it does not parse) or, delimited by tabs, commas or semicolons, a CSV/TSV table. An already
 * parsed Feed reads as our own format.
 */
export function detectFormat(input: unknown, options: ParseOptions = {}): InputFormat | null {
  if (typeof input === 'string') {
    if (!looksLikeJson(input)) return looksDelimited(input) ? 'csv' : null;
    try {
      input = JSON.parse(withoutBom(input));
    } catch {
      return null;
    }
  }
  return builtInFormat(input) ?? detectInstalledFormat(input, options);
}

function builtInFormat(input: unknown): InputFormat | null {
  if (Array.isArray(input)) {
    const first = input.find(isObject);
    if (!first) return null;
    if (hasModelIndex(first)) return 'hf-model-index';
    if (has(first, 'task') && (has(first, 'datasets') || has(first, 'subtasks'))) return 'pwc-evaluation-tables';
    if (has(first, 'repo_url')) return 'pwc-links';
    // A table of records may have a paper_url column beside its model column; the archive's papers name no model.
    if ((has(first, 'paper_url') || has(first, 'url_abs') || has(first, 'arxiv_id')) && !Object.keys(first).some(isModelHeader)) return 'pwc-papers';
    return null;
  }
  if (!isObject(input)) return null;
  if (field(input, 'format') === 'sota-widgets-index') return 'sota-widgets-index';
  if (hasModelIndex(input)) return 'hf-model-index';
  if (has(input, 'version') || Array.isArray(field(input, 'leaderboards')) || (Array.isArray(field(input, 'papers')) && !has(input, 'results'))) {
    return 'sota-widgets';
  }
  if (looksLikeApiPage(input)) return 'pwc-api';
  return null;
}

/** A Hugging Face model card's `model-index`, in JSON form. */
function hasModelIndex(value: JsonObject): boolean {
  return Array.isArray(field(value, 'model-index'));
}

/** A PWC API {count, results} page, or an evaluation-table object carrying its results. */
function looksLikeApiPage(input: JsonObject): boolean {
  const results = field(input, 'results');
  const isPage = Array.isArray(results) && (has(input, 'count') || has(input, 'next') || has(input, 'previous'));
  const isTable = has(input, 'task') && has(input, 'dataset') && (Array.isArray(results) || isObject(results));
  return isPage || isTable;
}
