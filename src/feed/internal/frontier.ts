// The one definition of a record setter, over numbers already read: stateOfTheArt (a board's results) and the
// chart's points (src/chart/trend-points.ts) both find their records here, each from the dates and values it has
// read once for its own use.
import { stableOrder } from './stable-order.js';

/**
 * The positions (of `candidates`, indexes into `times` and `values`) that beat every earlier date's best when they
 * appeared, in date order. On one date only the best can join (the first of equal bests in `candidates`' order).
 */
export function frontierPositions(
  times: Float64Array, values: Float64Array, candidates: ArrayLike<number>, direction: 'higher' | 'lower',
): number[] {
  const lower = direction === 'lower';
  // Two stable radix passes, best value first and then date, rather than an object per result and a comparator.
  const bestFirst = stableOrder(values, candidates, lower ? 'ascending' : 'descending');
  const frontier: number[] = [];
  let best = lower ? Infinity : -Infinity; // the values are finite, so the first always joins
  for (const index of stableOrder(times, bestFirst, 'ascending')) {
    const value = values[index];
    if (lower ? value < best : value > best) {
      frontier.push(index);
      best = value;
    }
  }
  return frontier;
}
