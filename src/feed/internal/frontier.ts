// The one definition of a record setter, over numbers already read: stateOfTheArt (a board's results) and the
// chart's points (src/chart/trend-points.ts) both find their records here, from the dates and values each has read
// once, and from the one date order each needs anyway (so the results are sorted once, not three times).
import { DAY } from './dates.js';
import { stableOrder } from './stable-order.js';

/**
 * `candidates` (indexes into `times`) in date order, feed order within a date. Sorted as whole days (a result's time
 * is UTC midnight): a large board's days span few enough values for stableOrder's one counting pass, where its
 * milliseconds would take five radix passes.
 */
export function dateOrder(times: Float64Array, candidates: ArrayLike<number>): Uint32Array {
  const days = new Float64Array(times.length);
  for (let i = 0; i < candidates.length; i++) days[candidates[i]] = Math.floor(times[candidates[i]] / DAY);
  return stableOrder(days, candidates, 'ascending');
}

/**
 * The positions of `byDate` (indexes into `times` and `values`, from dateOrder) that beat every earlier date's best
 * when they appeared, in date order. On one date only its best can join: the first of equal bests.
 */
export function frontierPositions(
  times: Float64Array, values: Float64Array, byDate: ArrayLike<number>, direction: 'higher' | 'lower',
): number[] {
  const lower = direction === 'lower';
  const beats = (value: number, than: number) => (lower ? value < than : value > than);
  const frontier: number[] = [];
  let best = lower ? Infinity : -Infinity; // the values are finite, so the first date's best always joins
  for (let at = 0; at < byDate.length;) {
    let top = byDate[at];
    const time = times[top];
    for (at++; at < byDate.length && times[byDate[at]] === time; at++) {
      if (beats(values[byDate[at]], values[top])) top = byDate[at];
    }
    if (beats(values[top], best)) {
      frontier.push(top);
      best = values[top];
    }
  }
  return frontier;
}
