// Sorting for the table, kept pure so it can be tested without a DOM and so a 10,000-row sort stays a few
// milliseconds: keys are read once per row before sorting, never inside a comparator.
import { stableOrder } from '../../feed/internal/stable-order.js';

export type SortOrder = 'ascending' | 'descending';

export interface SortSpec {
  /** "rank", "model", "paper", "date", "extra" or a metric name. */
  column: string;
  /** Missing: the column's natural first order (see firstOrder). */
  order?: SortOrder;
}

export type SortKey = number | string | null;

const ORDER_WORDS: Record<string, SortOrder> = {
  asc: 'ascending', ascending: 'ascending', up: 'ascending',
  desc: 'descending', descending: 'descending', down: 'descending',
};

/** Reads "date:descending", "PPL:asc", "model" (order left to the column); null for blank text. */
export function parseSortSpec(text: string | null | undefined): SortSpec | null {
  const trimmed = (text ?? '').trim();
  if (!trimmed) return null;
  const colon = trimmed.lastIndexOf(':');
  if (colon > 0) {
    const order = ORDER_WORDS[trimmed.slice(colon + 1).trim().toLowerCase()];
    if (order) return { column: trimmed.slice(0, colon).trim(), order };
  }
  return { column: trimmed };
}

/**
 * The order a first click gives: the best value first for a score metric, the newest date first, A→Z for text,
 * rank 1 first.
 */
export function firstOrder(kind: 'rank' | 'text' | 'date' | 'score' | 'descriptor', direction?: 'higher' | 'lower'): SortOrder {
  if (kind === 'date') return 'descending';
  if (kind === 'score') return direction === 'lower' ? 'ascending' : 'descending';
  return 'ascending';
}

// Model names such as "BERT-base" and "BERT-large", or "GPT-2" and "GPT-10", should sort as a person expects.
let collator: Intl.Collator | undefined;
function compareText(a: string, b: string): number {
  collator ??= new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  return collator.compare(a, b);
}

/**
 * Sorts items by a key read once per item. Stable: equal keys keep their input order in both directions.
 * Items whose key is null (no value, no date) go last in both orders, in their input order. Numbers compare as
 * numbers when every key is one; otherwise every key compares as text (compareText).
 */
export function sortByKey<T>(items: readonly T[], key: (item: T) => SortKey, order: SortOrder): T[] {
  const count = items.length;
  // Numbers go straight into a typed array: in a plain array every one that is not a small integer (a date's
  // milliseconds, a score) would be a heap object of its own, 10,000 for the garbage collector on a large board.
  const numbers = new Float64Array(count);
  let texts: (string | undefined)[] | null = null;
  const present = new Uint32Array(count);
  let presentCount = 0;
  const missing: T[] = [];
  for (let i = 0; i < count; i++) {
    const k = key(items[i]);
    if (k === null || k === '' || (typeof k === 'number' && Number.isNaN(k))) missing.push(items[i]);
    else {
      if (typeof k === 'number') numbers[i] = k;
      else (texts ??= new Array<string | undefined>(count))[i] = k;
      present[presentCount++] = i;
    }
  }
  const kept = present.subarray(0, presentCount);
  // Numbers are ordered by stableOrder's radix sort; text, or a mix, by the collator, ties by position.
  let indexes: Uint32Array;
  if (texts === null) {
    indexes = stableOrder(numbers, kept, order);
  } else {
    const text = texts;
    const sign = order === 'ascending' ? 1 : -1;
    const asText = (i: number) => text[i] ?? String(numbers[i]);
    indexes = Uint32Array.from(kept).sort((a, b) => sign * compareText(asText(a), asText(b)) || a - b);
  }
  const sorted = new Array<T>(count);
  let at = 0;
  for (let i = 0; i < indexes.length; i++) sorted[at++] = items[indexes[i]];
  for (let i = 0; i < missing.length; i++) sorted[at++] = missing[i];
  return sorted;
}
