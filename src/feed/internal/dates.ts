// Feed dates come as "2021-04-21", full ISO timestamps, "2021/04/21" or "2021-04"; everything else is unreadable.
// We never hand a date string to Date.parse: its non-ISO behaviour depends on the engine and the time zone.
import { pointer, rawText, field, type JsonObject, type WarningLog } from './read.js';

const DATE = /^(\d{4})[-/](\d{1,2})(?:[-/](\d{1,2}))?(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** "YYYY-MM-DD" for a readable calendar date (a month alone means its first day), else null. */
export function readDate(text: string): string | null {
  const match = DATE.exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Reads `object[key]` as a date: null when missing or blank, null plus a warning when present but unreadable. */
export function optionalDate(object: JsonObject, key: string, path: string, log: WarningLog): string | null {
  const value = field(object, key);
  if (value === undefined || value === null || value === '') return null;
  const date = typeof value === 'string' ? readDate(value) : null;
  if (date === null) {
    log.add('unreadable-date', pointer(path, key), `Could not read "${rawText(value)}" as a date (expected YYYY-MM-DD); the row is kept undated.`, value);
  }
  return date;
}
