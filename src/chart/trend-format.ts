// Intl formatters for axes and the summary (a point's own date goes through the feed's formatFeedDate, so it is
// shown no more precisely than the feed knew it). Why a cache: building an Intl formatter costs far more
// than using one, and a chart formats dozens of ticks per draw. Bounded so odd option mixes cannot grow it.
import { formatFeedDate } from '../feed/format-date.js';
import type { TrendPoint } from './trend-points.js';

const MAX_FORMATTERS = 32;
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    if (formatters.size >= MAX_FORMATTERS) formatters.delete(formatters.keys().next().value as string);
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}

function dateFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options }));
}

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
export function formatDateTicks(ticks: readonly number[], locale?: string): string[] {
  const unit = dateTickUnit(ticks);
  const year = dateFormat(locale, { year: 'numeric' });
  const month = dateFormat(locale, { month: 'short' });
  const monthYear = dateFormat(locale, { month: 'short', year: 'numeric' });
  const day = dateFormat(locale, { month: 'short', day: 'numeric' });
  const dayYear = dateFormat(locale, { month: 'short', day: 'numeric', year: 'numeric' });
  return ticks.map((tick, i) => {
    const date = new Date(tick);
    const newYear = i === 0 || new Date(ticks[i - 1]).getUTCFullYear() !== date.getUTCFullYear();
    if (unit === 'year') return year.format(date);
    if (unit === 'month') return (newYear ? monthYear : month).format(date);
    return (newYear ? dayYear : day).format(date);
  });
}

const isoDay = (time: number): string => new Date(time).toISOString().slice(0, 10);

/** A point's date at its real precision: "Aug 10, 2016", "Apr 2021" for a result known to the month, "2019" to the year. */
export function formatPointDate(point: TrendPoint, locale?: string): string {
  return formatFeedDate(isoDay(point.time), point.result.datePrecision, locale);
}

/** "Aug 2016" (or "2016" for a result known only to the year): how the summary names the ends of a span. */
export function formatPointMonth(point: TrendPoint, locale?: string): string {
  return formatFeedDate(isoDay(point.time), point.result.datePrecision ?? 'month', locale);
}

export function formatYear(time: number, locale?: string): string {
  return dateFormat(locale, { year: 'numeric' }).format(new Date(time));
}

/**
 * Labels for value ticks with as many decimals as the tick step needs; compact ("2.4B") once values reach
 * the millions so huge ranges keep short labels.
 */
export function formatValueTicks(ticks: readonly number[], locale?: string): string[] {
  if (ticks.length === 0) return [];
  const largest = Math.max(...ticks.map(Math.abs));
  if (largest >= 1e6) {
    const format = numberFormat(locale, { notation: 'compact', maximumSignificantDigits: 3 });
    return ticks.map((t) => format.format(t));
  }
  const steps = ticks.slice(1).map((t, i) => Math.abs(t - ticks[i])).filter((s) => s > 0);
  const step = steps.length ? Math.min(...steps) : Math.abs(ticks[0]) || 1;
  const decimals = Math.min(12, Math.max(0, -Math.floor(Math.log10(step) + 1e-9)));
  // Log-scale ticks (1, 2, 5, 10 …) are not evenly spaced: let each show what it needs.
  const format = numberFormat(locale, { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
  return ticks.map((t) => format.format(t));
}

/** "10,000": counts in the summary and notes. */
export function formatCount(n: number, locale?: string): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(n);
}
