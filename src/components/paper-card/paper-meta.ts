import { formatFeedDateOrNull } from '../../feed/format-date.js';
import type { DatePrecision } from '../../feed/types.js';

// Date and venue text for the card. PWC's `proceeding` puts the conference month after the venue
// ("NAACL (BioNLP) 2021 6"); the adapters strip it, and the card strips it again for feeds that did not.

/** "NAACL (BioNLP) 2021 6" → "NAACL (BioNLP) 2021"; a venue without a trailing month is returned trimmed. */
export function venueLabel(venue: string | null | undefined): string | null {
  if (!venue) return null;
  const cleaned = venue.trim().replace(/^(.*\b(?:19|20)\d{2})\s+(?:[1-9]|1[0-2])$/, '$1').trim();
  return cleaned || null;
}

/**
 * "2021-04-21" → "Apr 21, 2021" in the page's locale; a date known only to the month or year ("2021-04", or a
 * paper with datePrecision "month") → "Apr 2021" / "2021"; null for a missing or unreadable date.
 */
export function formatPaperDate(date: string | null | undefined, precision?: DatePrecision, locale?: string): string | null {
  return date ? formatFeedDateOrNull(date, precision, locale) : null;
}
