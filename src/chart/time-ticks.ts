// Date ticks on calendar boundaries (first of a month, New Year), adapted to the span: days or weeks for a
// few weeks, months to half-years for a year or two, whole years beyond (quarters read as noise there).
// d3-time finds the boundaries; the choice of step is ours, so a narrow chart over two years still gets
// half-years instead of d3-scale's two lonely year ticks.
import { utcDay, utcMonth, utcSunday, utcYear, type TimeInterval } from 'd3-time';

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;

interface Step {
  /** Typical length in ms, to estimate how many ticks the step gives. */
  duration: number;
  interval: () => TimeInterval | null;
}

const STEPS: Step[] = [
  { duration: DAY, interval: () => utcDay },
  { duration: 2 * DAY, interval: () => utcDay.every(2) },
  { duration: 7 * DAY, interval: () => utcSunday },
  { duration: 14 * DAY, interval: () => utcSunday.every(2) },
  ...[1, 2, 3, 6].map((months) => ({ duration: (months * YEAR) / 12, interval: () => utcMonth.every(months) })),
];

function yearStep(years: number): Step {
  return { duration: years * YEAR, interval: () => utcYear.every(years) };
}

/** Ticks in [start, end] (ms), about `count` of them at most, never fewer than two where a finer step fits. */
export function timeTicks(start: number, end: number, count: number): number[] {
  const span = end - start;
  const yearly = span / YEAR > 2;
  // Whole years of 1, 2, 5, 10, 20, 50… so long spans keep few, round ticks.
  const years: Step[] = [];
  for (let unit = 1; unit * YEAR * count < span * 10; unit *= 10) years.push(yearStep(unit), yearStep(2 * unit), yearStep(5 * unit));
  const steps = [...(yearly ? [] : STEPS), ...years];
  const fits = (step: Step) => span / step.duration <= count;
  let index = steps.findIndex(fits);
  if (index < 0) index = steps.length - 1;
  let values = ticksOf(steps[index], start, end);
  // A coarse step can leave one or two ticks on a narrow chart: a finer one that still fits is better.
  for (let finer = index - 1; values.length < 3 && finer >= 0; finer--) {
    const more = ticksOf(steps[finer], start, end);
    if (more.length > count + 1) break;
    values = more;
  }
  return values;
}

function ticksOf(step: Step, start: number, end: number): number[] {
  const interval = step.interval();
  return interval ? interval.range(new Date(start), new Date(end + 1)).map((d) => d.getTime()) : [];
}
