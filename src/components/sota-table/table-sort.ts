// Sorting for the table, kept pure so it can be tested without a DOM and so a 10,000-row sort stays a few
// milliseconds: keys are read once per row before sorting, never inside the comparator.

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
 * Items whose key is null (no value, no date) go last in both orders, in their input order.
 */
export function sortByKey<T>(items: readonly T[], key: (item: T) => SortKey, order: SortOrder): T[] {
  const keyed: { item: T; key: number | string; index: number }[] = [];
  const missing: T[] = [];
  let allNumbers = true;
  items.forEach((item, index) => {
    const k = key(item);
    if (k === null || (typeof k === 'number' && Number.isNaN(k)) || k === '') missing.push(item);
    else {
      if (typeof k !== 'number') allNumbers = false;
      keyed.push({ item, key: k, index });
    }
  });
  const sign = order === 'ascending' ? 1 : -1;
  if (allNumbers) {
    keyed.sort((a, b) => sign * ((a.key as number) - (b.key as number)) || a.index - b.index);
  } else {
    keyed.sort((a, b) => sign * compareMixed(a.key, b.key) || a.index - b.index);
  }
  const sorted = keyed.map((entry) => entry.item);
  for (const item of missing) sorted.push(item);
  return sorted;
}

function compareMixed(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return compareText(String(a), String(b));
}
