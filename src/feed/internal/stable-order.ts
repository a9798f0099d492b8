// Ranking and sorting a 10,000-row board orders 10,000 numbers. A comparator function makes the engine call back
// into JavaScript about 130,000 times; its own numeric sort of a Float64Array does not call out at all. So the
// numbers are sorted natively and each position is then placed by counting (a counting sort over the distinct
// values), which keeps equal numbers in their input order: 1.3 ms instead of 2.1 in Chromium 156 (10,000 dates).

/**
 * `positions` (indexes into `numbers`, in increasing order) reordered by their numbers. Stable in both orders:
 * equal numbers keep the order they had in `positions`. No number at these positions may be NaN.
 */
export function stableOrder(numbers: Float64Array, positions: ArrayLike<number>, order: 'ascending' | 'descending'): Uint32Array {
  const count = positions.length;
  const sorted = new Float64Array(count);
  for (let i = 0; i < count; i++) sorted[i] = numbers[positions[i]];
  sorted.sort();
  // Each distinct number's bucket, in the asked order (-0 and 0 are one number here, as they compare equal).
  const bucketOf = new Map<number, number>();
  for (let i = 0; i < count; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) bucketOf.set(sorted[i], bucketOf.size);
  const buckets = bucketOf.size;
  const bucket = new Uint32Array(count);
  const start = new Uint32Array(buckets + 1);
  for (let i = 0; i < count; i++) {
    const ascending = bucketOf.get(numbers[positions[i]])!;
    bucket[i] = order === 'ascending' ? ascending : buckets - 1 - ascending;
    start[bucket[i] + 1]++;
  }
  for (let b = 0; b < buckets; b++) start[b + 1] += start[b];
  const ordered = new Uint32Array(count);
  for (let i = 0; i < count; i++) ordered[start[bucket[i]]++] = positions[i];
  return ordered;
}
