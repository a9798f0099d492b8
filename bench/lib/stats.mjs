// Small numeric helpers shared by the benches. Medians, not means: on a shared 2-core machine a single run can be
// several times slower than the rest (another process got the core), and one such run should not move the figure.

/** The median of a non-empty list of numbers (the mean of the middle two for an even count). */
export function median(values) {
  if (values.length === 0) throw new Error('median() of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median, min and max of the values, rounded to 0.1 for printing and JSON. */
export function summarize(values) {
  const round = (x) => Math.round(x * 10) / 10;
  return { median: round(median(values)), min: round(Math.min(...values)), max: round(Math.max(...values)), n: values.length };
}
