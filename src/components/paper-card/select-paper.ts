// Which paper the card shows, and its results, for a `paper` query (id, slug, arXiv id, PWC or arXiv URL, title).
// A feed of results alone (no paper records) still yields a card: the paper is rebuilt from the results' references.
import type { CodeLink, Feed, Paper, PaperResultRow } from '../../feed/types.js';
import { findPaper, nearestPapers, paperResults } from '../../feed/paper-results.js';

export type PaperSelection =
  | { kind: 'found'; paper: Paper; rows: PaperResultRow[]; code: CodeLink[] }
  | { kind: 'not-found'; query: string; suggestions: Paper[] }
  | { kind: 'choose'; papers: Paper[] }
  | { kind: 'none' };

export function selectPaper(feed: Feed, query: string | null | undefined): PaperSelection {
  const wanted = query?.trim() ?? '';
  if (!wanted) {
    if (feed.papers.length === 1) return selectPaper(feed, feed.papers[0].id);
    return feed.papers.length ? { kind: 'choose', papers: feed.papers } : { kind: 'none' };
  }
  const found = findPaper(feed, wanted);
  const rows = paperResults(feed, found ? found.id : wanted);
  const fallbackRows = rows.length || !found ? rows : paperResults(feed, found.title);
  const paper = found ?? paperFromResults(fallbackRows, wanted);
  if (!paper) return { kind: 'not-found', query: wanted, suggestions: nearestPapers(feed, wanted, 3) };
  const code = paper.code.length ? paper.code : fallbackRows.flatMap((row) => row.result.code);
  return { kind: 'found', paper, rows: fallbackRows, code };
}

function paperFromResults(rows: readonly PaperResultRow[], query: string): Paper | null {
  const ref = rows.find((row) => row.result.paper)?.result.paper;
  if (!ref) return null;
  const dated = ref.date !== null ? ref : rows[0].result;
  return {
    id: ref.id ?? query,
    title: ref.title ?? ref.url ?? query,
    authors: [],
    date: dated.date,
    ...(dated.datePrecision ? { datePrecision: dated.datePrecision } : {}),
    venue: null,
    abstract: null,
    url: ref.url,
    pdf: null,
    code: [],
    tasks: [...new Set(rows.map((row) => row.leaderboard.task))],
    arxivId: ref.arxivId,
    bibtex: null,
  };
}
