// One way to show a feed date, shared by the table, the chart and the card, so the three agree and a result
// known only to the month reads "Apr 2021" everywhere rather than "Apr 1, 2021" somewhere.
// Why a cache: building an Intl.DateTimeFormat costs far more than using one, and a table formats a date per
// visible row. Keyed by locale and precision; bounded so a page full of odd lang attributes cannot grow it.
import type { DatePrecision } from './types.js';

const MAX_FORMATTERS = 32;
const formatters = new Map<string, Intl.DateTimeFormat>();

const OPTIONS: Record<DatePrecision | 'day', Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'short', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' },
};

// The shape of the text can say less than `precision` does: a hand-built Result may carry "2021-04" itself.
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|T)/;

function formatter(locale: string | undefined, precision: DatePrecision | 'day'): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${precision}`;
  let format = formatters.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale || undefined, OPTIONS[precision]);
    } catch {
      format = new Intl.DateTimeFormat(undefined, OPTIONS[precision]); // an invalid lang attribute must not break a widget
    }
    if (formatters.size >= MAX_FORMATTERS) formatters.delete(formatters.keys().next().value as string);
    formatters.set(key, format);
  }
  return format;
}

/**
 * A feed date (YYYY-MM-DD, or YYYY-MM / YYYY) as the reader's locale writes it, no more precisely than the feed
 * knew it: `formatFeedDate('2021-04-01', 'month')` is "Apr 2021" in en-US, `formatFeedDate('2021-04-21')`
 * "Apr 21, 2021". Always in UTC, so the day never shifts with the reader's time zone. Text that is not such a
 * date is returned as it is.
 */
export function formatFeedDate(date: string, precision?: DatePrecision, locale?: string): string {
  return formatFeedDateOrNull(date, precision, locale) ?? date;
}

/** formatFeedDate, but null for text that is not a date (for callers that would rather show nothing). */
export function formatFeedDateOrNull(date: string, precision?: DatePrecision, locale?: string): string | null {
  const match = ISO_DATE.exec(date);
  if (!match) return null;
  const [, year, month = '01', day = '01'] = match;
  const parsed = new Date(Date.UTC(2000, Number(month) - 1, Number(day)));
  parsed.setUTCFullYear(Number(year)); // Date.UTC would read years 0-99 as 1900-1999
  if (parsed.getUTCMonth() !== Number(month) - 1 || parsed.getUTCDate() !== Number(day)) return null;
  const time = parsed.getTime();
  const shown = match[2] === undefined || precision === 'year' ? 'year' : match[3] === undefined || precision === 'month' ? 'month' : 'day';
  return formatter(locale, shown).format(time);
}
