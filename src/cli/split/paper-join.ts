// Joining the archive's paper records to the boards that cite them. papers-with-abstracts.json and
// links-between-papers-and-code.json are far larger than the boards need (every paper PWC knew), so they are
// streamed once after the boards are written: each record is read by the feed layer's own pwc-papers or pwc-links
// adapter and kept only when a written board cites it (by arXiv id, URL or title, as paperResults matches). Each
// board's file is then read back and merged with its papers by mergeFeeds, the rule the elements use.
import { readFileSync, writeFileSync } from 'node:fs';
import { FeedError, mergeFeeds, parseFeed } from '../../feed/all-formats.js';
import { paperIdentities, refIdentities } from '../../feed/internal/paper-identity.js';
import type { Feed, Leaderboard, Paper } from '../../feed/types.js';
import { openDataFile } from '../open-file.js';
import type { Progress } from '../progress.js';
import { listItems } from './archive-items.js';
import { detached } from './detached.js';

export type PaperFileFormat = 'pwc-papers' | 'pwc-links';

/** Every identity a board's results cite their papers by. */
export function citedIdentities(board: Leaderboard): Set<string> {
  const identities = new Set<string>();
  for (const result of board.results) for (const identity of refIdentities(result.paper)) identities.add(identity);
  return identities;
}

export interface PaperFileReport {
  records: number;
  kept: number;
  /** Records the adapter refused, with their place in the file. */
  problems: string[];
}

/** The papers a board cites, collected from paper files, and looked up by identity. */
export class CitedPapers {
  readonly #wanted = new Set<string>();
  readonly #papers: Paper[] = [];
  readonly #byIdentity = new Map<string, number[]>();

  want(identities: Iterable<string>): void {
    // Copies: an identity built from a parsed name can keep the whole chunk it was read from alive (see detached.ts).
    for (const identity of identities) if (!this.#wanted.has(identity)) this.#wanted.add(detached(identity));
  }

  get wantsAny(): boolean {
    return this.#wanted.size > 0;
  }

  /** Streams one papers or links file, keeping the records a wanted identity names. */
  async read(path: string, format: PaperFileFormat, progress: (file: ReturnType<typeof openDataFile>) => Progress): Promise<PaperFileReport> {
    const opened = openDataFile(path);
    const bar = progress(opened);
    const report: PaperFileReport = { records: 0, kept: 0, problems: [] };
    const what = format === 'pwc-papers' ? 'a list of paper records (papers-with-abstracts.json)' : 'a list of paper-code links (links-between-papers-and-code.json)';
    try {
      for await (const { index, value } of listItems(opened, path, what)) {
        report.records += 1;
        if ((index & 1023) === 0) bar.update(opened.bytesRead());
        let feed: Feed;
        try {
          feed = parseFeed([value], { format, keepLongText: true });
        } catch (error) {
          if (!(error instanceof FeedError)) throw error;
          report.problems.push(`${path}: record /${index}${error.path.replace(/^\/0/, '')}: ${error.message} Skipped it.`);
          continue;
        }
        for (const paper of feed.papers) {
          const identities = paperIdentities(paper).filter((identity) => !identity.startsWith('id:'));
          if (!identities.some((identity) => this.#wanted.has(identity))) continue;
          report.kept += 1;
          const at = this.#papers.push(paper) - 1;
          for (const identity of identities) {
            const list = this.#byIdentity.get(identity);
            if (list) list.push(at);
            else this.#byIdentity.set(identity, [at]);
          }
        }
      }
    } finally {
      bar.finish();
    }
    return report;
  }

  /** The kept records of the papers `board` cites, in the order its results first cite them. */
  papersFor(board: Leaderboard): Paper[] {
    const found = new Set<number>();
    for (const result of board.results) {
      for (const identity of refIdentities(result.paper)) {
        for (const at of this.#byIdentity.get(identity) ?? []) found.add(at);
      }
    }
    return [...found].map((at) => this.#papers[at]);
  }
}

/**
 * Rewrites one board file with the papers it cites merged in, through the feed layer (the file is read back with
 * parseFeed and merged with mergeFeeds). Returns how many paper records the file now holds.
 */
export function joinPapers(file: string, cited: CitedPapers, write: (feed: Feed) => string): number {
  const own = parseFeed(JSON.parse(readFileSync(file, 'utf8')), { keepLongText: true });
  const papers = own.leaderboards.flatMap((board) => cited.papersFor(board));
  if (papers.length === 0) return 0;
  const paperFeed: Feed = { format: 'pwc-papers', leaderboards: [], papers, warnings: [], source: null, updated: null };
  const merged = mergeFeeds(own, paperFeed);
  writeFileSync(file, write(merged));
  return merged.papers.length;
}
