// Reading the element's text attributes. The `directions` override uses the same form as <sota-table>:
// "PPL: lower" or several as "PPL: lower, BLEU: higher" (commas or semicolons); a bare "lower" applies to
// the metric shown.
import type { Direction } from '../../feed/types.js';

export interface DirectionOverride {
  /** Metric name → direction, for parseFeed's options.directions. */
  named: Record<string, Direction>;
  /** A bare "higher" / "lower", for whichever metric is shown. */
  bare: Direction | null;
}

const isDirection = (text: string): text is Direction => text === 'higher' || text === 'lower';

export function parseDirectionOverride(text: string | null | undefined): DirectionOverride {
  const override: DirectionOverride = { named: {}, bare: null };
  for (const part of (text ?? '').split(/[,;]/)) {
    const colon = part.lastIndexOf(':');
    const direction = part.slice(colon + 1).trim().toLowerCase();
    if (!isDirection(direction)) continue;
    const name = colon < 0 ? '' : part.slice(0, colon).trim();
    if (name) override.named[name] = direction;
    else override.bare = direction;
  }
  return override;
}

/** "BERT, XLNet" → ["BERT", "XLNet"]. */
export function parseNameList(text: string | null | undefined): string[] {
  return (text ?? '').split(',').map((name) => name.trim()).filter(Boolean);
}

/** A CSS length from the custom property, in px: px, rem and em (at 16px) are understood; otherwise null. */
export function cssLengthPx(text: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)(px|rem|em)?\s*$/.exec(text);
  if (!match) return null;
  const size = Number(match[1]) * (match[2] === 'rem' || match[2] === 'em' ? 16 : 1);
  return size > 0 ? size : null;
}
