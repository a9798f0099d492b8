// Ranking as typed arrays: the order and the rank of every result without an object per result. rankResults
// builds its RankedResult list from it; the table builds its rows from it directly, since on a 10,000-result board
// 10,000 short-lived objects more are garbage collected in the middle of the first render.
import type { Leaderboard, Metric } from '../types.js';
import { numberOf } from './resolve-metric.js';
import { stableOrder } from './stable-order.js';

export interface RankOrder {
  /** Result indexes: those with a value best first (ties in feed order), then those without, in feed order. */
  order: Uint32Array;
  /** Rank by result index: 1 for the best, equal values sharing one (1, 2, 2, 4); 0 for a result without a value. */
  ranks: Uint32Array;
}

/** The board's results ranked by `metric` (already resolved, its direction used as given). */
export function rankOrder(leaderboard: Leaderboard, metric: Metric): RankOrder {
  const results = leaderboard.results;
  const count = results.length;
  const values = new Float64Array(count);
  const scored = new Uint32Array(count);
  const unscored: number[] = [];
  let scoredCount = 0;
  for (let index = 0; index < count; index++) {
    const value = numberOf(results[index], metric);
    if (value === null) unscored.push(index);
    else {
      values[index] = value;
      scored[scoredCount++] = index;
    }
  }
  const best = stableOrder(values, scored.subarray(0, scoredCount), metric.direction === 'lower' ? 'ascending' : 'descending');
  const order = new Uint32Array(count);
  const ranks = new Uint32Array(count);
  for (let at = 0; at < best.length; at++) {
    const index = best[at];
    order[at] = index;
    ranks[index] = at > 0 && values[best[at - 1]] === values[index] ? ranks[best[at - 1]] : at + 1;
  }
  for (let i = 0; i < unscored.length; i++) order[best.length + i] = unscored[i];
  return { order, ranks };
}
