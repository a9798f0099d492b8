// Reading the list-like text attributes that more than one element takes, one way for all of them, so
// `directions="F1 (micro, avg): lower"` means the same on a table and on a chart.
import type { Direction } from '../feed/types.js';

export interface DirectionOverride {
  /** Metric name → direction, for parseFeed's options.directions. */
  named: Record<string, Direction>;
  /** A bare "higher" / "lower", for whichever metric an element shows; null when names are given. */
  bare: Direction | null;
}

/**
 * `"PPL: lower, F1 (micro, avg): higher; Params:LOWER"`: each name runs up to the colon before its direction, so a
 * name may hold commas; entries are separated by commas or semicolons. A bare `"lower"` is kept apart as `bare`.
 */
export function parseDirectionOverride(text: string | null | undefined): DirectionOverride {
  const source = (text ?? '').trim();
  const bare = /^(higher|lower)$/i.exec(source);
  if (bare) return { named: {}, bare: bare[1].toLowerCase() as Direction };
  const named: Record<string, Direction> = {};
  for (const match of source.matchAll(/\s*(.+?)\s*:\s*(higher|lower)\b\s*[,;]?/gi)) {
    named[match[1].trim()] = match[2].toLowerCase() as Direction;
  }
  return { named, bare: null };
}

/** `"BERT, XLNet"` → `["BERT", "XLNet"]`. */
export function parseNameList(text: string | null | undefined): string[] {
  return (text ?? '').split(',').map((name) => name.trim()).filter(Boolean);
}
