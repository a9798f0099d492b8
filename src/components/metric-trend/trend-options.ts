// The chart's height from --metric-trend-height, written as a CSS length (the attributes the elements share are read in internal/attribute-text).

/** A CSS length from the custom property, in px: px, rem and em (at 16px) are understood; otherwise null. */
export function cssLengthPx(text: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)(px|rem|em)?\s*$/.exec(text);
  if (!match) return null;
  const size = Number(match[1]) * (match[2] === 'rem' || match[2] === 'em' ? 16 : 1);
  return size > 0 ? size : null;
}
