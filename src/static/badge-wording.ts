// What a badge says, from a Standing: "NCBI-disease | #6 of 18 · F1 89.1", "SQuAD1.1 | SOTA · F1 95.4".
// The rank and value are the table's (see board-standing.ts); this only puts them into words.
import type { Standing } from './board-standing.js';

export interface BadgeWording {
  /** The left half: the dataset. */
  label: string;
  /** The right half: the standing and the value. */
  message: string;
  /** How good the standing is, for the colour: the best, in the top three, ranked, or without a value. */
  tier: 'best' | 'top' | 'ranked' | 'unranked';
}

export function badgeWording(standing: Standing): BadgeWording {
  const { board, metric, result, rank, of, valueText, hasSubject } = standing;
  const label = board.dataset || board.task;
  const value = `${metric.name} ${valueText}`;
  if (rank === null) return { label, message: `no ${metric.name} value`, tier: 'unranked' };
  // Without a model or paper the badge shows the board's leader, so it names it.
  const leader = hasSubject ? '' : ` ${result.model}`;
  if (rank === 1) return { label, message: `SOTA${leader} · ${value}`, tier: 'best' };
  return { label, message: `#${rank} of ${of} · ${value}`, tier: rank <= 3 ? 'top' : 'ranked' };
}
