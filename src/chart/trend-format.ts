// Intl formatters for axes and the summary (a point's own date goes through the feed's formatFeedDate, so it is
// shown no more precisely than the feed knew it). The chart writes in the page's locale, so each date formatter
// is built once, on first use, and kept: building one costs far more than using it, and a draw formats dozens of ticks.
import { formatFeedDate } from '../feed/format-date.js';
import type { TrendPoint } from './trend-points.js';

function dateFormat(options: Intl.DateTimeFormatOptions): () => Intl.DateTimeFormat {
  let format: Intl.DateTimeFormat | undefined;
  return () => (format ??= new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', ...options }));
}

// Only the labels that leave the year out need formats of their own; those with it are feed dates at a precision.
const monthFormat = dateFormat({ month: 'short' });
const dayFormat = dateFormat({ month: 'short', day: 'numeric' });

const isoDay = (time: number): string => new Date(time).toISOString().slice(0, 10);

/** The unit a run of date ticks falls on, so labels show what the ticks mean and no more. */
export type DateTickUnit = 'year' | 'month' | 'day';

export function dateTickUnit(ticks: readonly number[]): DateTickUnit {
  const dates = ticks.map((t) => new Date(t));
  if (dates.every((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1)) return 'year';
  if (dates.every((d) => d.getUTCDate() === 1)) return 'month';
  return 'day';
}

/**
 * Labels for date ticks: "2018" for yearly ticks; "Jan 2019", "Apr", … for monthly ones (the year where it
 * changes); "Mar 4", … for daily ones (year on the first tick and where it changes).
 */
export function formatDateTicks(ticks: readonly number[]): string[] {
  const unit = dateTickUnit(ticks);
  return ticks.map((tick, i) => {
    const date = new Date(tick);
    const newYear = i === 0 || new Date(ticks[i - 1]).getUTCFullYear() !== date.getUTCFullYear();
    if (unit === 'year' || newYear) return formatFeedDate(isoDay(tick), unit === 'day' ? undefined : unit);
    return (unit === 'month' ? monthFormat : dayFormat)().format(date);
  });
}

/** A point's date at its real precision: "Aug 10, 2016", "Apr 2021" for a result known to the month, "2019" to the year. */
export function formatPointDate(point: TrendPoint): string {
  return formatFeedDate(isoDay(point.time), point.result.datePrecision);
}

/** "Aug 2016" (or "2016" for a result known only to the year): how the summary names the ends of a span. */
export function formatPointMonth(point: TrendPoint): string {
  return formatFeedDate(isoDay(point.time), point.result.datePrecision ?? 'month');
}

export function formatYear(time: number): string {
  return formatFeedDate(isoDay(time), 'year');
}

// Number formats are kept too, one per number of decimals (-1: compact): building one costs more than a whole
// axis of ticks, and a draw needs the same one or two again and again.
const numberFormats: Intl.NumberFormat[] = [];
const numberFormat = (decimals: number): Intl.NumberFormat => (numberFormats[decimals + 1] ??= new Intl.NumberFormat(
  undefined, decimals < 0 ? { notation: 'compact', maximumSignificantDigits: 3 } : { maximumFractionDigits: decimals }));

/**
 * Labels for value ticks with as many decimals as the tick step needs; compact ("2.4B") once values reach
 * the millions so huge ranges keep short labels.
 */
export function formatValueTicks(ticks: readonly number[]): string[] {
  if (ticks.length === 0) return [];
  const largest = Math.max(...ticks.map(Math.abs));
  const steps = ticks.slice(1).map((t, i) => Math.abs(t - ticks[i])).filter((s) => s > 0);
  const step = steps.length ? Math.min(...steps) : Math.abs(ticks[0]) || 1;
  // Log-scale ticks (1, 2, 5, 10 …) are not evenly spaced: let each show what it needs.
  const format = numberFormat(largest >= 1e6 ? -1 : Math.min(12, Math.max(0, -Math.floor(Math.log10(step) + 1e-9))));
  return ticks.map((t) => format.format(t));
}

/** "10,000": counts in the summary and notes. */
export function formatCount(n: number): string {
  return numberFormat(0).format(n);
}
