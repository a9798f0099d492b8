// `sota-widgets convert IN --to sota-widgets [-o OUT]`: any feed the elements read (or a YAML model-index, which
// only the command line reads) written in our own format, and checked against schema/sota-feed.schema.json
// before a byte is written, so what comes out is what the elements and the schema agree on.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { toOwnFormat } from '../../feed/to-own-format.js';
import { scoresFirst } from '../scores-first.js';
import type { Command } from '../command.js';
import { EXIT_OK, EXIT_PROBLEMS, UsageError } from '../exit-codes.js';
import { loadFeed } from '../load-feed.js';
import { schemaMismatch } from '../own-format-schema.js';
import { InputError, readInput } from '../read-input.js';

const TARGETS = ['sota-widgets'];

export const convert: Command = {
  name: 'convert',
  summary: 'Write a feed in any supported format (CSV/TSV, model-card YAML, PWC, HF, …) in our own format.',
  usage: 'convert IN --to sota-widgets [-o OUT] [--task T] [--dataset D] [--columns MAPPING]',
  help: [
    'Arguments:',
    '  IN                 a feed: JSON in any supported format, CSV/TSV, a model card README.md or model-index',
    '                     YAML (.gz is unpacked); - for stdin, or an http(s) URL',
    '',
    'Options:',
    '  --to FORMAT        the format to write: sota-widgets (required)',
    '  -o, --output OUT   the file to write (default: stdout)',
    '  --task T           for a table without a task column: the task of its rows',
    '  --dataset D        for a table without a dataset column: the dataset of its rows',
    '  --columns MAPPING  which column of a table is which, e.g. "model: Model version; date: Release date;',
    '                     value: mean_score" (roles: task, dataset, model, paper, paper-url, date, code,',
    '                     extra-data, rank, value)',
    '',
    'The output is checked against schema/sota-feed.schema.json. Warnings are counted on stderr; run',
    '`sota-widgets check IN` to see them.',
    '',
    'Examples:',
    '  sota-widgets convert results.csv --to sota-widgets -o results.json',
    '  sota-widgets convert README.md --to sota-widgets -o model.json',
  ].join('\n'),
  options: {
    to: { type: 'string' },
    output: { type: 'string', short: 'o' },
    task: { type: 'string' },
    dataset: { type: 'string' },
    columns: { type: 'string' },
  },
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'name the feed to convert.' : 'convert one feed at a time.');
    if (values.to === undefined) throw new UsageError('say which format to write: --to sota-widgets.');
    if (!TARGETS.includes(String(values.to))) throw new UsageError(`cannot write "${String(values.to)}"; --to takes ${TARGETS.join(', ')}.`);
    const records = { task: values.task as string | undefined, dataset: values.dataset as string | undefined, columns: values.columns as string | undefined };
    let loaded;
    let input;
    try {
      input = await readInput(positionals[0], io);
      loaded = loadFeed(input, { records, keepLongText: true }); // a conversion loses nothing
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stderr.write(`sota-widgets convert: ${error.message}\n`);
      return EXIT_PROBLEMS;
    }
    const json = toOwnFormat(scoresFirst(loaded.feed));
    const mismatch = schemaMismatch(json, input.name);
    if (mismatch) {
      io.stderr.write(`sota-widgets convert: ${mismatch}\n`);
      return EXIT_PROBLEMS;
    }
    const text = `${JSON.stringify(json, null, 2)}\n`;
    const { leaderboards, warnings } = loaded.feed;
    const results = leaderboards.reduce((n, b) => n + b.results.length, 0);
    const summary = `${loaded.format} → sota-widgets: ${leaderboards.length} board(s), ${results} result(s)`
      + (warnings.length ? `, ${warnings.length} warning(s) (see \`sota-widgets check ${positionals[0]}\`)` : '');
    if (values.output === undefined) io.stdout.write(text);
    else {
      try {
        writeFileSync(resolve(io.cwd, String(values.output)), text);
      } catch (error) {
        io.stderr.write(`sota-widgets convert: cannot write ${String(values.output)} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).\n`);
        return EXIT_PROBLEMS;
      }
    }
    io.stderr.write(`${values.output === undefined ? '' : `wrote ${String(values.output)}: `}${summary}\n`);
    return EXIT_OK;
  },
};
