// Date and venue text for the card. PWC's `proceeding` puts the conference month after the venue
// ("NAACL (BioNLP) 2021 6"); the adapters strip it, and the card strips it again for feeds that did not.

/** "NAACL (BioNLP) 2021 6" → "NAACL (BioNLP) 2021"; a venue without a trailing month is returned trimmed. */
export function venueLabel(venue: string | null | undefined): string | null {
  if (!venue) return null;
  const cleaned = venue.trim().replace(/^(.*\b(?:19|20)\d{2})\s+(?:[1-9]|1[0-2])$/, '$1').trim();
  return cleaned || null;
}

// One formatter per locale: Intl.DateTimeFormat is slow to build and every card formats one date.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** "2021-04-21" → "April 21, 2021" in the page's locale; "2021-04" and "2021" read as month and year; null for unreadable input. */
export function formatPaperDate(date: string | null | undefined, locale?: string): string | null {
  const match = date ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date) : null;
  if (!match) return null;
  const [, year, month, day] = match;
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
  if (month) options.month = day ? 'short' : 'long';
  if (day) options.day = 'numeric';
  const key = `${locale ?? ''}|${options.month ?? ''}|${options.day ?? ''}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    if (formatters.size > 16) formatters.clear();
    formatters.set(key, formatter);
  }
  const time = Date.UTC(Number(year), month ? Number(month) - 1 : 0, day ? Number(day) : 1);
  return Number.isNaN(time) ? null : formatter.format(time);
}
