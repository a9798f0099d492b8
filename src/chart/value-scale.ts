// Linear and log value scales: a nice domain, a mapping to pixels and ticks. Hand-written on d3-array's tick
// maths rather than d3-scale, which brings colour interpolation and number formatting a chart axis never uses
// here (a third of the script-tag file's weight for a few lines of arithmetic).
import { nice, ticks } from 'd3-array';

export interface ValueScaleFn {
  (value: number): number;
  /** The niced domain. */
  domain: [number, number];
  /** Round values for `count` or so ticks, inside the domain, ascending. */
  ticks(count: number): number[];
}

/** Exact powers of ten ("1e-3" reads 0.001 exactly; 10 ** -3 does not). */
const pow10 = (exponent: number) => Number(`1e${exponent}`);

function mapper(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return k === 0 ? () => (r0 + r1) / 2 : (v) => r0 + (v - d0) * k;
}

/** A linear scale from `domain` (niced as d3's scaleLinear().nice() does) onto [r0, r1]. */
export function linearScale(domain: [number, number], r0: number, r1: number): ValueScaleFn {
  const [d0, d1] = nice(domain[0], domain[1], 10);
  const scale = mapper(d0, d1, r0, r1) as ValueScaleFn;
  scale.domain = [d0, d1];
  scale.ticks = (count) => ticks(d0, d1, count);
  return scale;
}

/**
 * A base-10 log scale from `domain` (both ends above zero; widened to whole powers of ten) onto [r0, r1].
 * Ticks: every 1…9 multiple when few decades show, else whole powers of ten.
 */
export function logScale(domain: [number, number], r0: number, r1: number): ValueScaleFn {
  const i = Math.floor(Math.log10(domain[0]));
  const j = Math.ceil(Math.log10(domain[1]));
  const d0 = pow10(i);
  const d1 = pow10(j);
  const toPixel = mapper(i, j, r0, r1);
  const scale = ((v: number) => toPixel(Math.log10(v))) as ValueScaleFn;
  scale.domain = [d0, d1];
  scale.ticks = (count) => {
    if (j - i >= count) return ticks(i, j, Math.min(j - i, count)).map(pow10);
    const values: number[] = [];
    for (let e = i; e <= j; e++) {
      for (let m = 1; m < 10; m++) {
        const t = e < 0 ? m / pow10(-e) : m * pow10(e);
        if (t >= d0 && t <= d1) values.push(t);
      }
    }
    return values;
  };
  return scale;
}
