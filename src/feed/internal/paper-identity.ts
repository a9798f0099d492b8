// A paper is named many ways: a PWC slug, an arXiv id (with or without version), its abstract or PDF URL (http or
// https, with or without "www." or a trailing slash), or only its title. Each name becomes an identity string
// ("arxiv:2104.10344", "url:aclanthology.org/2021.bionlp-1.1", "title:bertpretrainingof…", "id:bert"); two
// records are the same paper when they share one. paperResults and mergeFeeds both join through these.
import type { Paper, PaperRef } from '../types.js';
import { plainLetters } from './paper-ids.js';

const MODERN_ID = /^(\d{2})(\d{2})\.(\d{4,5})(?:v\d+)?$/;
const OLD_STYLE_ID = /^([a-z]+(?:-[a-z]+)*)(?:\.[a-z]{2})?\/(\d{7})(?:v\d+)?$/i;
const ARXIV_URL = /^(?:https?:\/\/)?(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf|html|format)\/([^?#]+)/i;
const PWC_PAPER_URL = /^(?:https?:\/\/)?(?:www\.)?paperswithcode\.com\/paper\/([^/?#\s]+)/i;
const OPENREVIEW_URL = /^(?:https?:\/\/)?(?:www\.)?openreview\.net\/(?:forum|pdf)\?(?:.*&)?id=([^&#\s]+)/i;
const LOOKS_LIKE_URL = /^(?:https?:\/\/|www\.)|^[a-z0-9-]+(?:\.[a-z0-9-]+)+\//i;

/** An arXiv page for an id; an old-style id keeps its slash ("hep-th/9901001"), which arXiv's paths need. */
export function arxivUrl(page: 'abs' | 'pdf', id: string | null): string | null {
  return id ? `https://arxiv.org/${page}/${id.split('/').map(encodeURIComponent).join('/')}` : null;
}

/**
 * The arXiv id without its version from a bare id ("2104.10344v2", "arXiv:2104.10344", "hep-th/9901001") or an
 * arXiv abs/pdf URL; null for anything else (a DOI's digits are not an arXiv id).
 */
export function arxivIdFrom(text: string | null | undefined): string | null {
  if (typeof text !== 'string') return null;
  const trimmed = text.trim();
  const fromUrl = ARXIV_URL.exec(trimmed);
  const candidate = fromUrl ? fromUrl[1].replace(/\/+$/, '').replace(/\.pdf$/i, '') : trimmed.replace(/^arxiv\s*:?\s*/i, '');
  const modern = MODERN_ID.exec(candidate);
  if (modern) {
    const month = Number(modern[2]);
    return month >= 1 && month <= 12 ? `${modern[1]}${modern[2]}.${modern[3]}` : null;
  }
  const old = OLD_STYLE_ID.exec(candidate);
  return old ? `${old[1].toLowerCase()}/${old[2]}` : null;
}

/** The slug of a Papers with Code paper page URL, or null. */
export function pwcSlugFrom(url: string | null | undefined): string | null {
  const match = typeof url === 'string' ? PWC_PAPER_URL.exec(url.trim()) : null;
  return match ? match[1].toLowerCase() : null;
}

/** A URL compared loosely: no scheme, "www.", fragment, trailing slash or ".pdf"; one key for OpenReview forum/pdf. */
export function urlKey(url: string | null | undefined): string | null {
  if (typeof url !== 'string' || !LOOKS_LIKE_URL.test(url.trim())) return null;
  const openReview = OPENREVIEW_URL.exec(url.trim());
  if (openReview) return `openreview.net/${openReview[1]}`;
  const key = url
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/#.*$/, '')
    .replace(/\/+$/, '')
    .replace(/\.pdf$/, '');
  return key || null;
}

/** A title compared loosely: letters and digits only, lower case, accents dropped. */
export function titleKey(title: string | null | undefined): string | null {
  return typeof title === 'string' ? plainLetters(title) || null : null;
}

function urlIdentities(url: string | null | undefined): string[] {
  const identities: string[] = [];
  const arxivId = arxivIdFrom(url);
  if (arxivId) identities.push(`arxiv:${arxivId}`);
  const slug = pwcSlugFrom(url);
  if (slug) identities.push(`id:${slug}`);
  const key = urlKey(url);
  if (key) identities.push(`url:${key}`);
  return identities;
}

function compact(identities: (string | null)[]): string[] {
  return [...new Set(identities.filter((identity): identity is string => identity !== null))];
}

const prefixed = (prefix: string, value: string | null): string | null => (value ? `${prefix}${value}` : null);
const idIdentity = (id: string | null | undefined): string | null => prefixed('id:', id?.trim().toLowerCase() || null);

export function paperIdentities(paper: Paper): string[] {
  return compact([
    idIdentity(paper.id),
    prefixed('arxiv:', arxivIdFrom(paper.arxivId)),
    ...urlIdentities(paper.url),
    ...urlIdentities(paper.pdf),
    prefixed('title:', titleKey(paper.title)),
  ]);
}

// paperResults and mergeFeeds ask for every result's identities, often several times per call; reading URLs with
// regular expressions dominates, so each reference object is read once (feeds are not mutated after parsing).
const refIdentityCache = new WeakMap<PaperRef, string[]>();

export function refIdentities(ref: PaperRef | null): string[] {
  if (!ref) return [];
  let identities = refIdentityCache.get(ref);
  if (!identities) {
    identities = readRefIdentities(ref);
    refIdentityCache.set(ref, identities);
  }
  return identities;
}

function readRefIdentities(ref: PaperRef): string[] {
  return compact([
    idIdentity(ref.id),
    prefixed('arxiv:', arxivIdFrom(ref.arxivId)),
    ...urlIdentities(ref.url),
    prefixed('title:', titleKey(ref.title)),
  ]);
}

/** What a user's query could name: an id or slug, an arXiv id, a URL, or a title. */
export function queryIdentities(query: string): string[] {
  const trimmed = String(query ?? '').trim();
  if (trimmed === '') return [];
  return compact([
    idIdentity(trimmed),
    prefixed('arxiv:', arxivIdFrom(trimmed)),
    ...urlIdentities(trimmed),
    prefixed('title:', titleKey(trimmed)),
  ]);
}

/** Identity kinds from the most to the least specific, for choosing among several matches. */
export const IDENTITY_KINDS = ['id:', 'arxiv:', 'url:', 'title:'] as const;
