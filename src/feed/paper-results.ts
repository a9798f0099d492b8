import type { Feed, Leaderboard, Paper, PaperRef, PaperResultRow } from './types.js';
import { resultRows } from './internal/result-rows.js';
import { closest, diceSimilarity } from './internal/similarity.js';
import {
  IDENTITY_KINDS, arxivIdFrom, paperIdentities, queryIdentities, refIdentities, titleKey,
} from './internal/paper-identity.js';

export { arxivIdFrom };

const sharesAny = (identities: readonly string[], wanted: ReadonlySet<string>): boolean =>
  identities.some((identity) => wanted.has(identity));

/**
 * The paper in `feed.papers` that `query` names: its id or PWC slug, arXiv id (any version, "arXiv:" prefix),
 * abstract or PDF URL (PWC page, arXiv abs or pdf, http or https), or title (case and punctuation ignored).
 * A match by id beats one by arXiv id, then URL, then title. undefined when no paper record matches, even if
 * results mention it: paperResults still finds those.
 */
export function findPaper(feed: Feed, query: string): Paper | undefined {
  const wanted = queryIdentities(query);
  for (const kind of IDENTITY_KINDS) {
    const ofKind = new Set(wanted.filter((identity) => identity.startsWith(kind)));
    if (ofKind.size === 0) continue;
    const found = feed.papers.find((paper) => sharesAny(paperIdentities(paper), ofKind));
    if (found) return found;
  }
  return undefined;
}

/** Everything the query's paper is known by: the query, its paper record, and result references that match it. */
function identitiesOf(feed: Feed, query: string): Set<string> {
  const wanted = new Set(queryIdentities(query));
  const paper = findPaper(feed, query);
  if (paper) paperIdentities(paper).forEach((identity) => wanted.add(identity));
  // One hop through result references, so a row naming the paper only by title meets a row naming it by URL.
  const lent: string[] = [];
  for (const board of feed.leaderboards) {
    for (const result of board.results) {
      const identities = refIdentities(result.paper);
      if (sharesAny(identities, wanted)) lent.push(...identities);
    }
  }
  lent.forEach((identity) => wanted.add(identity));
  return wanted;
}

/**
 * One paper's results across the feed: a row per leaderboard, result and score metric the result has a value for
 * (descriptor columns such as "Number of params" are left out), with its rank on that metric and how many
 * results have a value (`of`). `query` is read as in findPaper; rows join through the result's paper reference
 * (id, arXiv id, URL or title), so this works without a paper record. Leaderboard, result and metric order follow
 * the feed.
 */
export function paperResults(feed: Feed, query: string): PaperResultRow[] {
  const wanted = identitiesOf(feed, query);
  if (wanted.size === 0) return [];
  return resultRows(feed, (result) => sharesAny(refIdentities(result.paper), wanted));
}

/** A paper record made from a result's reference, for suggestions when the feed has no paper records. */
function paperFromRef(ref: PaperRef): Paper {
  const arxivId = arxivIdFrom(ref.arxivId) ?? arxivIdFrom(ref.url);
  const title = ref.title ?? ref.url ?? ref.id ?? '';
  return {
    id: ref.id ?? arxivId ?? titleKey(title) ?? '', title, authors: [], date: ref.date, venue: null, abstract: null,
    url: ref.url, pdf: null, code: [], tasks: [], arxivId, bibtex: null,
    ...(ref.datePrecision ? { datePrecision: ref.datePrecision } : {}),
  };
}

function candidatePapers(feed: Feed): Paper[] {
  const candidates = [...feed.papers];
  const known = new Set(feed.papers.flatMap(paperIdentities));
  const mentioned = (board: Leaderboard): PaperRef[] =>
    board.results.map((result) => result.paper).filter((ref): ref is PaperRef => ref !== null);
  for (const ref of feed.leaderboards.flatMap(mentioned)) {
    const identities = refIdentities(ref);
    if (identities.length === 0 || sharesAny(identities, known)) continue;
    identities.forEach((identity) => known.add(identity));
    candidates.push(paperFromRef(ref));
  }
  return candidates;
}

/**
 * Papers whose title or id reads most like `query` (best first, at most `n`), for "did you mean". Papers only
 * results mention are included as records made from the reference (no authors or abstract).
 */
export function nearestPapers(feed: Feed, query: string, n = 5): Paper[] {
  const wantedTitle = titleKey(query) ?? '';
  const wantedId = String(query ?? '').trim().toLowerCase();
  return closest(candidatePapers(feed), (paper) => Math.max(
    diceSimilarity(wantedTitle, titleKey(paper.title) ?? ''),
    diceSimilarity(wantedId, paper.id.toLowerCase()),
  ), n);
}
