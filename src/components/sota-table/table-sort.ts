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
  const keys: SortKey[] = new Array<SortKey>(count);
  // Filled as the keys are read: most sorts are of numbers, and copying them over afterwards costs as much again.
  const numbers = new Float64Array(count);
  const present: number[] = [];
  const missing: T[] = [];
  let allNumbers = true;
  for (let i = 0; i < count; i++) {
    const k = key(items[i]);
    if (k === null || k === '' || (typeof k === 'number' && Number.isNaN(k))) missing.push(items[i]);
    else {
      if (typeof k === 'number') numbers[i] = k;
      else allNumbers = false;
      keys[i] = k;
      present.push(i);
    }
  }
  // Numbers are ordered by the engine's own sort (stableOrder); text by the collator, ties by input position.
  let indexes: Uint32Array;
  if (allNumbers) {
    indexes = stableOrder(numbers, present, order);
  } else {
    const sign = order === 'ascending' ? 1 : -1;
    indexes = Uint32Array.from(present).sort((a, b) => sign * compareText(String(keys[a]), String(keys[b])) || a - b);
  }
  const sorted = new Array<T>(count);
  let at = 0;
  for (let i = 0; i < indexes.length; i++) sorted[at++] = items[indexes[i]];
  for (let i = 0; i < missing.length; i++) sorted[at++] = missing[i];
  return sorted;
}
