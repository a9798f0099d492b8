import type { MetricValue } from './types.js';
import { rawText } from './internal/read.js';
import { scanMetricText, type MetricTextParts, type NumberParts } from './internal/scan-metric-text.js';

/** "~", the number, "± uncertainty" and "%" of a cell; `write` spells each number (as written, or for a locale). */
function numberText(parts: MetricTextParts, write: (number: NumberParts) => string): string {
  const spread = parts.uncertaintyParts ? ` ± ${write(parts.uncertaintyParts)}${parts.uncertaintyParts.suffix}` : '';
  return `${parts.approximate ? '~' : ''}${write(parts)}${parts.suffix}${spread}${parts.percent ? '%' : ''}`;
}

function missing(raw: string): MetricValue {
  return {
    value: null, raw, uncertainty: null, percent: false, suffix: '', marks: '', emphasis: false, text: raw.trim(),
  };
}

/**
 * Reads a leaderboard cell as a number plus what its text carried (uncertainty, percent, scale suffix, footnote
 * marks, markdown emphasis). Never throws: anything without a single finite number ("-", "N/A", "", null, NaN,
 * objects) gives `value: null` and keeps `raw`. Percentages stay as written ("93.3%" → 93.3, `percent: true`).
 */
export function parseMetricValue(raw: unknown): MetricValue {
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return missing(String(raw));
    const text = String(raw);
    return { value: raw, raw: text, uncertainty: null, percent: false, suffix: '', marks: '', emphasis: false, text };
  }
  const text = rawText(raw);
  if (typeof raw !== 'string' && typeof raw !== 'bigint') return missing(text);
  const parts = scanMetricText(text);
  if (!parts) return missing(text);
  return {
    value: parts.value,
    raw: text,
    uncertainty: parts.uncertainty,
    percent: parts.percent,
    suffix: parts.suffix,
    marks: parts.marks,
    emphasis: parts.emphasis,
    text: numberText(parts, (number) => number.numberText),
  };
}

export interface FormatMetricValueOptions {
  /** BCP 47 locale for digit grouping and the decimal sign; the runtime's default when omitted. */
  locale?: string;
}

// Intl.NumberFormat is costly to build and a table formats hundreds of cells with a handful of precisions.
const formatters = new Map<string, Intl.NumberFormat>();
const MAX_FORMATTERS = 64;

function formatNumber(value: number, fractionDigits: number, locale: string | undefined): string {
  const key = `${locale ?? ''}|${fractionDigits}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const digits = Math.min(fractionDigits, 20);
    const options = { minimumFractionDigits: digits, maximumFractionDigits: digits };
    try {
      formatter = new Intl.NumberFormat(locale, options);
    } catch {
      formatter = new Intl.NumberFormat(undefined, options); // unknown locale tag: fall back, never throw
    }
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}

function writtenNumber({ numberText, fractionDigits }: NumberParts, locale: string | undefined): string {
  if (fractionDigits === null) return numberText; // scientific notation reads best as written
  return formatNumber(Number(numberText), fractionDigits, locale);
}

/**
 * Display string for a value: the number with the precision it was written with (locale digits), "± uncertainty",
 * percent, scale suffix, footnote marks and any trailing remark. The raw text when there is no number.
 */
export function formatMetricValue(v: MetricValue, options: FormatMetricValueOptions = {}): string {
  if (v.value === null) return v.raw;
  const { locale } = options;
  const parts = scanMetricText(v.raw);
  if (!parts || parts.value !== v.value) {
    // A hand-built value whose raw text does not carry it: show the number itself.
    const fraction = (String(v.value).split('.')[1] ?? '').length;
    const number = /e/i.test(String(v.value)) ? String(v.value) : formatNumber(v.value, fraction, locale);
    return `${number}${v.percent ? '%' : ''}${v.marks}`;
  }
  const note = parts.note ? ` (${parts.note})` : '';
  return `${numberText(parts, (number) => writtenNumber(number, locale))}${intervalText(v, locale)}${parts.marks}${note}`;
}

/** An asymmetric interval, which "±" cannot say: " (1,492.1–1,504)", each end at the precision it was given. */
function intervalText({ interval }: MetricValue, locale: string | undefined): string {
  if (!interval) return '';
  const end = (n: number) => formatNumber(n, (String(n).split('.')[1] ?? '').length, locale);
  return ` (${end(interval[0])}–${end(interval[1])})`;
}
