// `sota-widgets fetch SOURCE [-o FILE]`: today's leaderboards (Hugging Face benchmarks, a model's eval results,
// the dataset viewer's /rows, any JSON table) fetched at build time and written in our own format, so a page loads
// them from its own site: no CORS, no rate limit shared with its readers, no token in the browser.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Command, CliIO, ParsedArgs } from '../command.js';
import { EXIT_OK, EXIT_PROBLEMS, UsageError } from '../exit-codes.js';
import { countProgress } from '../progress.js';
import { buildBoardIndex, boardFile } from '../../feed/board-index.js';
import { parseFeed } from '../../feed/all-formats.js';
import { toOwnFormat } from '../../feed/to-own-format.js';
import { scoresFirst } from '../scores-first.js';
import type { Feed, Leaderboard } from '../../feed/types.js';
import { ROWS_CAP } from '../../controllers/rows-paging.js';
import { EtagStore } from '../fetch/etag-store.js';
import { fetchHubLeaderboard, fetchHubModel, fetchUrl, listOfficialBenchmarks, type FetchContext, type Fetched } from '../fetch/fetch-sources.js';
import { FetchError, HubHttp } from '../fetch/hub-http.js';
import { schemaMismatch } from '../own-format-schema.js';

const HUB = 'https://huggingface.co';

export const fetchCommand: Command = {
  name: 'fetch',
  summary: 'Fetch a live leaderboard (Hugging Face, the dataset viewer, any JSON table) into a feed file.',
  usage: 'fetch SOURCE [-o FILE] [--dates] [--all-models] | fetch hf --official -o DIR',
  help: `SOURCE is one of:
  hf:<dataset id>        a Hub benchmark's leaderboard (GET /api/datasets/<id>/leaderboard)
  hf-model:<model id>    a model's eval results (GET /api/models/<id>?expand[]=evalResults)
  hf --official          every official Hub benchmark: one feed each in DIR, plus DIR/index.json
  <URL>                  any JSON: a dataset viewer /rows answer (its pages followed), a table of records, …

Options:
  -o, --output FILE      write here (default: stdout); with --official, the folder to write into
  --dates                date each hf: entry from its .eval_results file ({endpoint}/{model}/resolve/main/{file})
  --all-models           include fine-tunes and other derived models (sends base_model=false)
  --category NAME        the board of a table with a category column (LMArena: default overall)
  --columns MAPPING      which column is which: "model: Model version; value: mean_score"
  --max-rows N           stop following /rows pages after N rows (default ${ROWS_CAP})

Environment: HF_ENDPOINT replaces ${HUB}; HF_TOKEN is sent to it (gated benchmarks). The token stays here: the
file written holds data only. An unchanged source (its ETag, kept in .sota-widgets-fetch.json beside the output)
is not written again. What is written is checked against schema/sota-feed.schema.json first (a mismatch is named,
nothing written, exit 1). A benchmark that fails is named on stderr; the rest are written, and the exit code is 1.

Examples:
  sota-widgets fetch hf:SWE-bench/SWE-bench_Verified -o feeds/swe-bench-verified.json
  sota-widgets fetch hf-model:Qwen/Qwen3.5-397B-A17B -o feeds/qwen.json
  sota-widgets fetch "https://datasets-server.huggingface.co/rows?dataset=lmarena-ai/leaderboard-dataset&config=text&split=latest&offset=0&length=100" -o feeds/lmarena-text.json
  sota-widgets fetch hf --official -o feeds/hub`,
  options: {
    output: { type: 'string', short: 'o' },
    official: { type: 'boolean' },
    dates: { type: 'boolean' },
    'all-models': { type: 'boolean' },
    category: { type: 'string' },
    columns: { type: 'string' },
    'max-rows': { type: 'string' },
  },
  run,
};

async function run(args: ParsedArgs, io: CliIO): Promise<number> {
  const [source, ...extra] = args.positionals;
  if (!source) throw new UsageError('name a SOURCE: hf:<dataset id>, hf-model:<model id>, hf --official, or a URL.');
  if (extra.length) throw new UsageError(`one SOURCE at a time (also given: ${extra.join(' ')}).`);
  const output = typeof args.values.output === 'string' ? resolve(io.cwd, args.values.output) : null;
  const maxRows = args.values['max-rows'] === undefined ? ROWS_CAP : Number(args.values['max-rows']);
  if (!(maxRows > 0) || !Number.isInteger(maxRows)) throw new UsageError(`--max-rows takes a whole number above 0, not "${String(args.values['max-rows'])}".`);
  const http = new HubHttp({ token: io.env.HF_TOKEN });
  const endpoint = (io.env.HF_ENDPOINT || HUB).replace(/\/+$/, '');
  if (source === 'hf') {
    if (!args.values.official) throw new UsageError('"hf" alone needs --official (every official benchmark), or name one: hf:<dataset id>.');
    if (!output) throw new UsageError('--official writes one file per benchmark: give the folder with -o DIR.');
    return fetchOfficial(output, { http, endpoint, allModels: !!args.values['all-models'], dates: !!args.values.dates }, io);
  }
  const etags = output ? await EtagStore.open(dirname(output)) : null;
  const key = `${source}${args.values['all-models'] ? ' all-models' : ''}${args.values.dates ? ' dates' : ''}`;
  const context: FetchContext = { http, endpoint, etag: output && (await exists(output)) ? etags!.get(key) : null };
  let fetched: Fetched;
  try {
    fetched = await fetchSource(source, context, { allModels: !!args.values['all-models'], dates: !!args.values.dates, maxRows });
  } catch (error) {
    if (error instanceof FetchError) {
      io.stderr.write(`sota-widgets fetch: ${error.message}\n`);
      return EXIT_PROBLEMS;
    }
    throw error;
  }
  if (fetched.unchanged) {
    io.stderr.write(`${output}: unchanged at the source (ETag); not rewritten.\n`);
    return EXIT_OK;
  }
  const feed = parseFeed(fetched.json, { ...fetched.options, category: stringOption(args.values.category), records: columnsOption(args.values.columns), keepLongText: true });
  const text = ownFormatText(feed, source, typeof args.values.output === 'string' ? args.values.output : null);
  if (!output) {
    io.stdout.write(text);
    return EXIT_OK;
  }
  const written = await writeIfChanged(output, text);
  etags!.set(key, fetched.etag);
  await etags!.save();
  io.stderr.write(`${output}: ${written ? 'written' : 'unchanged, not rewritten'} (${describeFeed(feed)}).\n`);
  return EXIT_OK;
}

function fetchSource(source: string, context: FetchContext, flags: { allModels: boolean; dates: boolean; maxRows: number }): Promise<Fetched> {
  if (source.startsWith('hf:')) return fetchHubLeaderboard(repoId(source.slice(3), source), context, flags);
  if (source.startsWith('hf-model:')) return fetchHubModel(repoId(source.slice(9), source), context);
  if (/^https?:\/\//i.test(source)) return fetchUrl(source, context, flags.maxRows);
  throw new UsageError(`"${source}" is not a SOURCE: use hf:<dataset id>, hf-model:<model id>, hf --official, or an http(s) URL.`);
}

function repoId(id: string, source: string): string {
  if (!/^[\w.-]+\/[\w.-]+$/.test(id)) throw new UsageError(`"${source}": a Hub id is namespace/name, such as SWE-bench/SWE-bench_Verified.`);
  return id;
}

interface OfficialOptions {
  http: HubHttp;
  endpoint: string;
  allModels: boolean;
  dates: boolean;
}

/** Every official benchmark: one feed per benchmark in `dir`, an index.json over them; failures named, the rest written. */
async function fetchOfficial(dir: string, options: OfficialOptions, io: CliIO): Promise<number> {
  const etags = await EtagStore.open(dir);
  const ids = await listOfficialBenchmarks({ http: options.http, endpoint: options.endpoint, etag: null }).catch((error: unknown) => {
    if (error instanceof FetchError) throw new Error(`could not list the official benchmarks: ${error.message}`);
    throw error;
  });
  const progress = countProgress(io.stderr, 'Benchmarks', ids.length);
  const boards: { board: Leaderboard; file: string }[] = [];
  const failed: string[] = [];
  let done = 0;
  let written = 0;
  await Promise.all(ids.map(async (id) => {
    const file = `${id.replace('/', '--')}.json`;
    const path = join(dir, file);
    try {
      const fetched = await fetchHubLeaderboard(id, { http: options.http, endpoint: options.endpoint, etag: (await exists(path)) ? etags.get(id) : null }, options);
      const feed = fetched.unchanged
        ? parseFeed(JSON.parse(await readFile(path, 'utf8')), { keepLongText: true })
        : parseFeed(fetched.json, { ...fetched.options, keepLongText: true });
      if (!fetched.unchanged) {
        if (await writeIfChanged(path, ownFormatText(feed, `hf:${id}`, path))) written++;
        etags.set(id, fetched.etag);
      }
      for (const board of feed.leaderboards) boards.push({ board, file });
    } catch (error) {
      failed.push(id);
      progress.finish();
      io.stderr.write(`sota-widgets fetch: ${id}: ${(error as Error).message}\n`);
    } finally {
      progress.update(++done);
    }
  }));
  progress.finish();
  boards.sort((a, b) => ids.indexOf(a.board.task) - ids.indexOf(b.board.task));
  const fileOf = new Map(boards.map(({ board, file }) => [board, file]));
  const index = buildBoardIndex(boards.map(({ board }) => board), {
    fileFor: (board) => fileOf.get(board) ?? boardFile(board.task, board.dataset),
    source: { name: 'Hugging Face Eval Results', url: `${HUB}/datasets?benchmark=benchmark:official`, license: null },
  });
  if (await writeIfChanged(join(dir, 'index.json'), `${JSON.stringify(index, null, 2)}\n`)) written++;
  await etags.save();
  io.stderr.write(`${dir}: ${ids.length - failed.length} of ${ids.length} benchmarks, ${written} file${written === 1 ? '' : 's'} written${failed.length ? `; failed: ${failed.join(', ')}` : ''}.\n`);
  return failed.length ? EXIT_PROBLEMS : EXIT_OK;
}

/**
 * Our own format, checked against our JSON Schema before it is written (the one check convert runs too), so a file
 * this command writes is one every reader of the format agrees with. A mismatch names the file and the places.
 */
function ownFormatText(feed: Feed, source: string, output: string | null): string {
  const json = toOwnFormat(scoresFirst(feed), { comment: `Written by sota-widgets fetch ${source}` });
  const mismatch = schemaMismatch(json, source);
  if (mismatch) throw new Error(`${output ?? 'stdout'}: ${mismatch}`);
  return `${JSON.stringify(json, null, 2)}\n`;
}

async function writeIfChanged(path: string, text: string): Promise<boolean> {
  const before = await readFile(path, 'utf8').catch(() => null);
  if (before === text) return false;
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
  return true;
}

async function exists(path: string): Promise<boolean> {
  return readFile(path).then(() => true, () => false);
}

function describeFeed(feed: Feed): string {
  const results = feed.leaderboards.reduce((sum, board) => sum + board.results.length, 0);
  return `${feed.leaderboards.length} board${feed.leaderboards.length === 1 ? '' : 's'}, ${results} result${results === 1 ? '' : 's'}`;
}

const stringOption = (value: unknown) => (typeof value === 'string' && value.trim() ? value : undefined);
const columnsOption = (value: unknown) => (typeof value === 'string' && value.trim() ? { columns: value } : undefined);
