// One rule for paper ids everywhere, so a Result's paper reference and the Paper read from another file land on
// the same id: the Papers with Code slug when the URL is a PWC paper page, else the arXiv id, else the slugified
// title (which is how PWC makes its slugs, so title-only rows usually meet their paper anyway).
import type { DatePrecision, PaperRef } from '../types.js';
import { arxivIdIn, pwcPaperSlug } from './urls.js';

/** Lower case with accents dropped ("Précision" → "precision"). */
function foldAccents(text: string): string {
  // Unicode normalisation is the slow part, and most names and titles are plain ASCII.
  const plain = /^[\x20-\x7e]*$/.test(text) ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return plain.toLowerCase();
}

/** Lower-case ASCII words joined by "-" ("SQuAD1.1" → "squad1-1"); "" when nothing is left. */
export function slugify(text: string): string {
  return foldAccents(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** Letters and digits only, lower case, accents dropped ("Species-800" → "species800"): names compared loosely. */
export function plainLetters(text: string): string {
  return foldAccents(text).replace(/[^a-z0-9]+/g, '');
}

export function paperId(parts: { url?: string | null; arxivId?: string | null; title?: string | null }): string | null {
  const slug = pwcPaperSlug(parts.url ?? null);
  if (slug) return slug;
  if (parts.arxivId) return parts.arxivId;
  const titleSlug = parts.title ? slugify(parts.title) : '';
  return titleSlug || null;
}

/** A result's pointer at its paper, or null when the feed names no paper at all. */
export function paperRef(
  title: string | null, url: string | null, dated: { date: string | null; datePrecision?: DatePrecision }, id: string | null = null,
): PaperRef | null {
  if (!title && !url && !id) return null;
  const arxivId = arxivIdIn(url);
  const ref: PaperRef = { id: id ?? paperId({ url, arxivId, title }), title, url, date: dated.date, arxivId };
  if (dated.date !== null && dated.datePrecision) ref.datePrecision = dated.datePrecision;
  return ref;
}

/** PWC appends the month to proceedings ("NAACL (BioNLP) 2021 6"); the venue is the part before it. */
export function venueFromProceeding(proceeding: string | null): string | null {
  if (!proceeding) return null;
  const trimmed = proceeding.trim();
  const match = /^(.*\b(?:19|20)\d{2})\s+(?:[1-9]|1[0-2])$/.exec(trimmed);
  return match ? match[1] : trimmed || null;
}
