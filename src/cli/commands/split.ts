// `sota-widgets split`: the Papers with Code archive's evaluation-tables.json (145 MB) as one small feed per
// leaderboard plus an index.json, streamed so the archive is never held whole. The work is in ../split/.
import { resolve } from 'node:path';
import type { Command } from '../command.js';
import { EXIT_OK, EXIT_PROBLEMS, UsageError } from '../exit-codes.js';
import { splitArchive, type SplitReport } from '../split/split-archive.js';

const list = (value: unknown): string[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]).map(String);
const count = (n: number) => n.toLocaleString('en-US');

function minResults(value: unknown): number {
  if (value === undefined) return 0;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || String(value).trim() === '') throw new UsageError(`--min-results wants a whole number ≥ 0, got "${String(value)}".`);
  return n;
}

function summary(report: SplitReport, outDir: string): string {
  const lines = [
    `Wrote ${count(report.boards)} leaderboards (${count(report.results)} results) from ${count(report.tasksRead)} top-level tasks to ${outDir}, `
      + `and ${outDir}/index.json.${report.filteredOut ? ` The filters left out ${count(report.filteredOut)} boards.` : ''}`,
  ];
  if (report.papersJoined) lines.push(`Joined ${count(report.papersJoined)} paper records into the boards that cite them.`);
  const warnings = [...report.warnings].sort((a, b) => b[1] - a[1]);
  if (warnings.length) {
    const total = warnings.reduce((sum, [, n]) => sum + n, 0);
    lines.push(`${count(total)} warnings while reading (${warnings.map(([kind, n]) => `${count(n)} ${kind}`).join(', ')}): `
      + 'values the archive wrote oddly are kept as written; `sota-widgets check FILE` lists a board\'s warnings.');
  }
  return lines.join('\n');
}

export const split: Command = {
  name: 'split',
  summary: 'Split the PWC archive (evaluation-tables.json) into one feed per leaderboard and an index.json.',
  usage: 'split ARCHIVE -o DIR [--papers FILE] [--links FILE] [--task NAME] [--dataset NAME] [--paper ID] [--min-results N]',
  options: {
    output: { type: 'string', short: 'o' },
    papers: { type: 'string' },
    links: { type: 'string' },
    task: { type: 'string', multiple: true },
    dataset: { type: 'string', multiple: true },
    paper: { type: 'string' },
    'min-results': { type: 'string' },
  },
  help: `Arguments:
  ARCHIVE              evaluation-tables.json from the Papers with Code archive, plain or gzip (.json.gz);
                       streamed, never loaded whole

Options:
  -o, --output DIR     where to write: DIR/{task}/{dataset}.json per board, and DIR/index.json
  --papers FILE        papers-with-abstracts.json(.gz): join the papers each board cites into its feed
  --links FILE         links-between-papers-and-code.json(.gz): join the papers' code links too
  --task NAME          only boards of this task or of its subtasks (repeatable; names compared loosely)
  --dataset NAME       only boards on this dataset (repeatable)
  --paper ID           only boards where this paper has results: an arXiv id, a paper URL or its title
  --min-results N      only boards with at least N results

Every board file is a sota-widgets feed naming its source (the archive, CC BY-SA 4.0). The same input always
gives the same bytes; two boards never share a file (a later one gets "-2"). Warnings about odd values are
counted; the values stay in the feeds as written. Exit 1 when part of the input could not be read.

Examples:
  sota-widgets split evaluation-tables.json.gz -o boards
  sota-widgets split evaluation-tables.json.gz --papers papers-with-abstracts.json.gz -o boards --paper 2104.10344`,
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) {
      throw new UsageError(positionals.length ? `split takes one archive file, got ${positionals.length}.` : 'Name the archive file (evaluation-tables.json) to split.');
    }
    const outDir = typeof values.output === 'string' ? values.output : '';
    if (!outDir) throw new UsageError('Name the folder to write to with -o DIR.');
    // Paths are read from the caller's working folder (io.cwd), as every command reads them.
    const path = (value: unknown) => (typeof value === 'string' ? resolve(io.cwd, value) : null);
    const report = await splitArchive({
      archive: resolve(io.cwd, positionals[0]),
      outDir: resolve(io.cwd, outDir),
      papers: path(values.papers),
      links: path(values.links),
      tasks: list(values.task),
      datasets: list(values.dataset),
      paper: typeof values.paper === 'string' ? values.paper : null,
      minResults: minResults(values['min-results']),
    }, io);
    io.stdout.write(`${summary(report, outDir)}\n`);
    for (const problem of report.problems) io.stderr.write(`sota-widgets split: ${problem}\n`);
    return report.problems.length ? EXIT_PROBLEMS : EXIT_OK;
  },
};
