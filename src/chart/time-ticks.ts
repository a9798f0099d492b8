// Date ticks on calendar boundaries (first of a month, New Year), adapted to the span: days or weeks for a
// few weeks, months to half-years for a year or two, whole years beyond (quarters read as noise there).
// The step is chosen for the room on the axis, so a narrow chart over two years gets half-years instead of
// two lonely year ticks. Hand-written rather than d3-time: UTC calendar steps are a few lines, and d3-time's
// single-file build brings every interval along (a tenth of the chart's weight in the script-tag file).
import { DAY } from '../feed/internal/dates.js';

const YEAR = 365.25 * DAY;

type Unit = 'day' | 'week' | 'month' | 'year';

interface Step {
  unit: Unit;
  /** Every how many units a tick falls (aligned: months 0, 3, 6, 9 for quarters; years divisible by it). */
  every: number;
}

const DAYS_PER: Record<Unit, number> = { day: 1, week: 7, month: YEAR / 12 / DAY, year: YEAR / DAY };
const duration = (step: Step) => step.every * DAYS_PER[step.unit] * DAY;

const FINE_STEPS: Step[] = [
  { unit: 'day', every: 1 },
  { unit: 'day', every: 2 },
  { unit: 'week', every: 1 },
  { unit: 'week', every: 2 },
  ...[1, 2, 3, 6].map((every): Step => ({ unit: 'month', every })),
];

/** UTC midnight of the first of a month; setUTCFullYear, because Date.UTC reads years 0–99 as 1900–1999. */
function monthStart(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 1);
  return date.getTime();
}

/** The step's boundaries within [start, end], in time order. */
export function calendarTicks(step: Step, start: number, end: number): number[] {
  const ticks: number[] = [];
  const { unit, every } = step;
  if (unit === 'day' || unit === 'week') {
    for (let day = Math.ceil(start / DAY); day * DAY <= end; day++) {
      // Day 0 (1 Jan 1970) was a Thursday: day + 4 counts from the Sunday before it.
      const keep = unit === 'day'
        ? (new Date(day * DAY).getUTCDate() - 1) % every === 0
        : (day + 4) % 7 === 0 && ((day + 4) / 7) % every === 0;
      if (keep) ticks.push(day * DAY);
    }
    return ticks;
  }
  const first = new Date(start);
  for (let year = first.getUTCFullYear(); ; year++) {
    for (let month = 0; month < 12; month++) {
      const time = monthStart(year, month);
      if (time > end) return ticks;
      const keep = unit === 'month' ? month % every === 0 : month === 0 && year % every === 0;
      if (keep && time >= start) ticks.push(time);
    }
  }
}

/** Ticks in [start, end] (ms), about `count` of them at most, never fewer than two where a finer step fits. */
export function timeTicks(start: number, end: number, count: number): number[] {
  const span = end - start;
  // Whole years of 1, 2, 5, 10, 20, 50… so long spans keep few, round ticks.
  const years: Step[] = [];
  for (let unit = 1; unit * YEAR * count < span * 10; unit *= 10) {
    for (const every of [unit, 2 * unit, 5 * unit]) years.push({ unit: 'year', every });
  }
  const steps = span / YEAR > 2 ? years : [...FINE_STEPS, ...years];
  let index = steps.findIndex((step) => span / duration(step) <= count);
  if (index < 0) index = steps.length - 1;
  let ticks = calendarTicks(steps[index], start, end);
  // A coarse step can leave one or two ticks on a narrow chart: a finer one that still fits is better.
  for (let finer = index - 1; ticks.length < 3 && finer >= 0; finer--) {
    const more = calendarTicks(steps[finer], start, end);
    if (more.length > count + 1) break;
    ticks = more;
  }
  return ticks;
}
