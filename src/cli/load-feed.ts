// One input read into a Feed the way the elements would read it, with the format it was in: JSON (any format
// parseFeed knows), CSV/TSV, or YAML model-index. What cannot be read is an InputError naming the input and the
// place: JSON line and column, YAML line, or the JSON pointer of the feed layer's FeedError.
import { FeedError } from '../feed/feed-error.js';
import { detectFormat, parseFeed } from '../feed/all-formats.js';
import { locateJsonError } from '../controllers/json-position.js';
import { looksLikeJson, withoutBom } from '../feed/internal/text-shape.js';
import type { Feed, FeedFormat, ParseOptions } from '../feed/types.js';
import { InputError, type Input } from './read-input.js';
import { feedJsonFromYaml, isYamlInput } from './yaml-model-index.js';

export interface LoadedFeed {
  feed: Feed;
  /** The input's format as written: a parseFeed format, or YAML. */
  format: FeedFormat | 'yaml-model-index';
}

export function loadFeed({ name, text }: Input, options: ParseOptions = {}): LoadedFeed {
  const body = withoutBom(text);
  if (body.trim() === '') throw new InputError(`${name}: is empty; there is no feed in it.`);
  let value: unknown = body;
  let yaml = false;
  if (!looksLikeJson(body) && isYamlInput(name, body)) {
    value = feedJsonFromYaml(name, body);
    yaml = true;
  } else if (looksLikeJson(body)) {
    try {
      value = JSON.parse(body);
    } catch {
      const at = locateJsonError(body);
      throw new InputError(`${name}${at ? `:${at.line}:${at.column}` : ''}: not valid JSON${at ? `: ${at.problem}` : ''}.`);
    }
  }
  try {
    const records = Array.isArray(value) && yaml && detectFormat(value) !== 'hf-model-index';
    const feed = parseFeed(value, records ? { ...options, format: 'records' } : options);
    return { feed, format: yaml ? 'yaml-model-index' : feed.format };
  } catch (error) {
    if (error instanceof FeedError) throw new InputError(`${name}${error.path ? ` (at ${error.path})` : ''}: ${error.message}`);
    throw error;
  }
}
