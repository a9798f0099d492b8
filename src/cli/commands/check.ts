// `sota-widgets check FEED…`: what the elements will make of each feed, before it is published: its format, its
// boards (result count, ranking metric, direction and where that came from), dated and undated results, and
// every warning, grouped by kind and counted. Read by the same parseFeed the elements use.
import { defaultMetric } from '../../feed/rank-results.js';
import { readDelimitedText } from '../../feed/internal/delimited-text.js';
import { WarningLog } from '../../feed/internal/read.js';
import type { DirectionSource, FeedWarning } from '../../feed/types.js';
import type { Command } from '../command.js';
import { EXIT_OK, EXIT_PROBLEMS, UsageError } from '../exit-codes.js';
import { loadFeed, type LoadedFeed } from '../load-feed.js';
import { InputError, readInput, type Input } from '../read-input.js';

const DIRECTION_FROM: Record<DirectionSource, string> = { feed: 'stated by the feed', option: 'given by the caller', inferred: 'guessed from its name' };

interface BoardReport {
  task: string;
  dataset: string;
  results: number;
  dated: number;
  undated: number;
  metric: string | null;
  direction: string | null;
  directionFrom: DirectionSource | null;
}

interface FileReport {
  file: string;
  ok: boolean;
  error?: string;
  format?: string;
  boards?: BoardReport[];
  papers?: number;
  results?: number;
  dated?: number;
  undated?: number;
  warnings?: (FeedWarning & { place: string })[];
  warningCounts?: Record<string, number>;
}

function report(input: Input, { feed, format }: LoadedFeed): FileReport {
  const boards = feed.leaderboards.map((board): BoardReport => {
    const metric = defaultMetric(board);
    const dated = board.results.filter((r) => r.date !== null).length;
    return {
      task: board.task, dataset: board.dataset, results: board.results.length, dated, undated: board.results.length - dated,
      metric: metric?.name ?? null, direction: metric?.direction ?? null, directionFrom: metric?.directionSource ?? null,
    };
  });
  const place = placeOf(input, format);
  const warnings = feed.warnings.map((w) => ({ ...w, place: place(w.path) }));
  const warningCounts: Record<string, number> = {};
  for (const w of warnings) warningCounts[w.kind] = (warningCounts[w.kind] ?? 0) + 1;
  const sum = (key: 'results' | 'dated' | 'undated') => boards.reduce((total, b) => total + b[key], 0);
  return {
    file: input.name, ok: true, format, boards, papers: feed.papers.length, results: sum('results'), dated: sum('dated'), undated: sum('undated'),
    warnings, warningCounts,
  };
}

/** Where a warning is, for a person: a CSV row's line and column, else the JSON pointer. */
function placeOf(input: Input, format: string): (path: string) => string {
  if (format !== 'csv') return (path) => path || '(the whole feed)';
  const { lines } = readDelimitedText(input.text, new WarningLog());
  return (path) => {
    const match = /^\/(\d+)(?:\/(.*))?$/.exec(path);
    if (!match) return path || '(the whole table)';
    const line = lines[Number(match[1])];
    const column = match[2]?.replace(/~1/g, '/').replace(/~0/g, '~');
    return `line ${line}${column ? `, column "${column}"` : ''}`;
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function text(file: FileReport): string {
  if (!file.ok) return `✗ ${file.error}`;
  const lines = [
    `${file.file}: ${file.format}, ${plural(file.boards!.length, 'board')}, ${plural(file.results!, 'result')} (${file.dated} dated, ${file.undated} undated)${file.papers ? `, ${plural(file.papers, 'paper')}` : ''}`,
  ];
  for (const b of file.boards!) {
    const ranking = b.metric ? `ranked by ${b.metric} (${b.direction} is better, ${DIRECTION_FROM[b.directionFrom!]})` : 'no metric to rank by';
    lines.push(`  ${b.task} / ${b.dataset}: ${plural(b.results, 'result')}, ${ranking}; ${b.dated} dated, ${b.undated} undated`);
  }
  const warnings = file.warnings!;
  if (warnings.length === 0) lines.push('  no warnings');
  else {
    lines.push(`  ${plural(warnings.length, 'warning')}:`);
    for (const [kind, count] of Object.entries(file.warningCounts!)) {
      lines.push(`    ${kind} (${count}):`);
      for (const w of warnings.filter((x) => x.kind === kind)) lines.push(`      ${w.place}: ${w.message}`);
    }
  }
  return lines.join('\n');
}

export const check: Command = {
  name: 'check',
  summary: 'Show what the elements will make of feeds: boards, ranking metrics, dates and every warning.',
  usage: 'check FEED… [--json] [--strict]',
  help: [
    'Arguments:',
    '  FEED        a feed file (JSON in any supported format, CSV/TSV, a model card README.md or model-index YAML;',
    '              .gz is unpacked), - for stdin, or an http(s) URL',
    '',
    'Options:',
    '  --json      print the report as JSON, for scripts',
    '  --strict    exit 1 when any feed has warnings',
    '',
    'Exit codes: 0 every feed read (warnings allowed unless --strict), 1 a feed could not be read or has',
    'warnings under --strict, 2 bad usage.',
    '',
    'Examples:',
    '  sota-widgets check results.csv',
    '  curl -s https://example.org/feed.json | sota-widgets check - --json',
  ].join('\n'),
  options: {
    json: { type: 'boolean' },
    strict: { type: 'boolean' },
  },
  async run({ values, positionals }, io) {
    if (positionals.length === 0) throw new UsageError('name at least one feed (a path, - for stdin, or a URL).');
    if (positionals.filter((p) => p === '-').length > 1) throw new UsageError('stdin (-) can be read only once.');
    const files: FileReport[] = [];
    for (const spec of positionals) {
      try {
        const input = await readInput(spec, io);
        files.push(report(input, loadFeed(input)));
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        files.push({ file: spec === '-' ? 'stdin' : spec, ok: false, error: error.message });
      }
    }
    if (values.json) io.stdout.write(`${JSON.stringify({ files }, null, 2)}\n`);
    else {
      for (const file of files) (file.ok ? io.stdout : io.stderr).write(`${text(file)}\n`);
    }
    const unreadable = files.some((f) => !f.ok);
    const warned = files.some((f) => (f.warnings?.length ?? 0) > 0);
    return unreadable || (values.strict && warned) ? EXIT_PROBLEMS : EXIT_OK;
  },
};
