// `split`'s work: the PWC archive's evaluation-tables.json streamed one top-level task at a time, each task read by
// the feed layer's own pwc-evaluation-tables adapter (parseFeed), each board it yields written as a feed of ours,
// then the cited papers joined in and index.json written. Only one task's boards, the index lines and the
// identities of cited papers are ever held, so memory does not grow with the archive.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  FeedError, normalizeName, paperResults, parseFeed, toOwnFormat, type Feed, type Leaderboard, type Source, type WarningKind,
} from '../../feed/all-formats.js';
import { BoardIndexBuilder, indexEntry } from '../../feed/board-index.js';
import { assertReadableFile, openDataFile } from '../open-file.js';
import { byteProgress } from '../progress.js';
import type { CliIO } from '../command.js';
import { listItems } from './archive-items.js';
import { BoardFiles } from './board-files.js';
import { FileWriter } from './file-writer.js';
import { detached } from './detached.js';
import { CitedPapers, citedIdentities, joinPapers, type PaperFileFormat } from './paper-join.js';
import { taskTree } from './task-tree.js';

/** Who the facts belong to: every file split writes says so (the archive is shared under CC BY-SA 4.0). */
export const ARCHIVE_SOURCE: Source = {
  name: 'Papers with Code archive (evaluation tables)',
  url: 'https://github.com/paperswithcode/paperswithcode-data',
  license: 'CC-BY-SA-4.0',
};

export interface SplitOptions {
  archive: string;
  outDir: string;
  papers: string | null;
  links: string | null;
  /** Keep boards whose task, or a task it is nested in, matches one of these (as findLeaderboard compares names). */
  tasks: string[];
  datasets: string[];
  /** Keep boards where this paper (arXiv id, URL or title) has results. */
  paper: string | null;
  minResults: number;
}

export interface SplitReport {
  tasksRead: number;
  boards: number;
  results: number;
  /** Boards the archive has that the filters left out. */
  filteredOut: number;
  papersJoined: number;
  warnings: Map<WarningKind, number>;
  /** Parts of the input that could not be read at all (each skipped): the command exits 1 when there are any. */
  problems: string[];
}

// Compact: these files are fetched by pages (and indenting is time spent on every run).
const jsonText = (value: unknown) => `${JSON.stringify(value)}\n`;

export async function splitArchive(options: SplitOptions, io: CliIO): Promise<SplitReport> {
  const report: SplitReport = { tasksRead: 0, boards: 0, results: 0, filteredOut: 0, papersJoined: 0, warnings: new Map(), problems: [] };
  const comment = `One leaderboard from the Papers with Code archive (${basename(options.archive)}), written by \`sota-widgets split\`. `
    + 'The facts are the archive\'s, shared under CC BY-SA 4.0; this file is shared under the same licence.';
  const writeFeed = (feed: Feed) => jsonText(toOwnFormat(feed, { source: ARCHIVE_SOURCE, comment }));
  const files = new BoardFiles();
  const index = new BoardIndexBuilder();
  const cited = new CitedPapers();
  const joinWanted = options.papers !== null || options.links !== null;
  const written: string[] = [];
  const writer = new FileWriter();
  const wantedTasks = new Set(options.tasks.map(normalizeName));
  const wantedDatasets = new Set(options.datasets.map(normalizeName));

  const keep = (board: Leaderboard, ancestors: readonly string[]): boolean => {
    if (wantedTasks.size && ![board.task, ...ancestors].some((name) => wantedTasks.has(normalizeName(name)))) return false;
    if (wantedDatasets.size && !wantedDatasets.has(normalizeName(board.dataset))) return false;
    if (board.results.length < options.minResults) return false;
    return options.paper === null || paperResults(boardFeed(board), options.paper).length > 0;
  };

  for (const path of [options.papers, options.links]) if (path !== null) assertReadableFile(path);
  const opened = openDataFile(options.archive);
  const bar = byteProgress(io.stderr, 'split', opened.size);
  mkdirSync(options.outDir, { recursive: true });
  try {
    for await (const { index: at, value } of listItems(opened, options.archive, 'a list of tasks (evaluation-tables.json)')) {
      bar.update(opened.bytesRead());
      report.tasksRead += 1;
      const tree = taskTree(value);
      if (!tree.hasTables) continue;
      let feed: Feed;
      try {
        feed = parseFeed([value], { format: 'pwc-evaluation-tables', keepLongText: true });
      } catch (error) {
        if (!(error instanceof FeedError)) throw error;
        report.problems.push(`${options.archive}: task /${at}${error.path.replace(/^\/0/, '')}: ${error.message} Skipped this task and its subtasks.`);
        continue;
      }
      for (const warning of feed.warnings) report.warnings.set(warning.kind, (report.warnings.get(warning.kind) ?? 0) + 1);
      for (const board of feed.leaderboards) {
        const ancestors = tree.ancestorsOf(board.task);
        if (!keep(board, ancestors)) {
          report.filteredOut += 1;
          continue;
        }
        const file = files.claim(board.task, board.dataset);
        const path = join(options.outDir, file);
        await writer.write(path, writeFeed(boardFeed(board)));
        // Copies (see detached.ts): the index lines are all that is kept of every board.
        index.add(detached(board.task), detached(indexEntry(board, file)), ancestors[0] ? detached(ancestors[0]) : null);
        report.boards += 1;
        report.results += board.results.length;
        if (joinWanted) {
          cited.want(citedIdentities(board));
          written.push(detached(path));
        }
      }
    }
    await writer.flush();
  } finally {
    bar.finish();
    await writer.close(); // after a failure too, or the worker would keep the process alive
  }

  if (joinWanted && cited.wantsAny) {
    const paperFiles: [string | null, PaperFileFormat][] = [[options.papers, 'pwc-papers'], [options.links, 'pwc-links']];
    for (const [path, format] of paperFiles) {
      if (path === null) continue;
      const read = await cited.read(path, format, (file) => byteProgress(io.stderr, format === 'pwc-papers' ? 'papers' : 'links', file.size));
      report.problems.push(...read.problems);
    }
    for (const path of written) report.papersJoined += joinPapers(path, cited, writeFeed);
  }
  writeFileSync(join(options.outDir, 'index.json'), jsonText(index.build({ source: ARCHIVE_SOURCE })));
  return report;
}

function boardFeed(board: Leaderboard): Feed {
  return { format: 'pwc-evaluation-tables', leaderboards: [board], papers: [], warnings: [], source: ARCHIVE_SOURCE, updated: null };
}
