// `sota-widgets fetch` as a user runs it: `node dist/cli.js fetch …` as a child process, HF_ENDPOINT pointing at a
// stand-in for the Hub (test/server/hub-stand-in.mjs) started here on 127.0.0.1, files in a temp folder.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtemp, readFile, stat, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hubAnswer } from '../server/hub-stand-in.mjs';

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
let server;
let endpoint;
const seen = [];

before(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    seen.push({ path: url.pathname + url.search, authorization: req.headers.authorization ?? null, ifNoneMatch: req.headers['if-none-match'] ?? null });
    if (url.pathname === '/feeds/fractional-pull-request.json') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(FRACTIONAL_PULL_REQUEST));
      return;
    }
    const answer = hubAnswer(decodeURIComponent(url.pathname), url.searchParams, req.headers, endpoint);
    if (!answer) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
      return;
    }
    res.writeHead(answer.status, answer.headers).end(answer.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${server.address().port}`;
});

after(() => server.close());

function run(args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, 'fetch', ...args], { env: { ...process.env, HF_ENDPOINT: endpoint, HF_TOKEN: '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

// A hand-written feed our reader takes (a pull request is any number to it) but our JSON Schema refuses (an integer).
const FRACTIONAL_PULL_REQUEST = {
  version: 1,
  leaderboards: [{ task: 'Sample task', dataset: 'Sample set', metrics: ['Score'], results: [{ model: 'sample-model', values: { Score: 61 }, community: { pullRequest: 7.5 } }] }],
};

const temp = () => mkdtemp(join(tmpdir(), 'sota-fetch-'));
const readJson = async (path) => JSON.parse(await readFile(path, 'utf8'));

test('fetch hf:<id> writes our format with the Hub\'s ranks, marks and notes, and an unchanged source is not rewritten', async () => {
  const dir = await temp();
  const out = join(dir, 'swe.json');
  const first = await run(['hf:SWE-bench/SWE-bench_Verified', '-o', out]);
  assert.equal(first.status, 0, first.stderr);
  const feed = await readJson(out);
  assert.equal(feed.version, 1);
  const [board] = feed.leaderboards;
  assert.equal(board.dataset, 'SWE-bench/SWE-bench_Verified');
  assert.deepEqual(board.source, { name: 'Hugging Face Eval Results', url: 'https://huggingface.co/datasets/SWE-bench/SWE-bench_Verified', license: null });
  assert.deepEqual(board.results.map((r) => [r.rank, r.model, r.values.Score]), [
    [1, 'Qwen/Qwen3.5-397B-A17B', '76.4'], [2, 'MiniMaxAI/MiniMax-M2.5', '75.8'], [3, 'stepfun-ai/Step-3.5-Flash', '74.4'], [4, 'example-org/sample-model', '61'],
  ]);
  assert.deepEqual([board.results[3].verified, board.results[3].community, board.results[3].notes], [true, { pullRequest: 7 }, 'With tools']);
  const before = (await stat(out)).mtimeMs;
  const second = await run(['hf:SWE-bench/SWE-bench_Verified', '-o', out]);
  assert.equal(second.status, 0, second.stderr);
  assert.match(second.stderr, /unchanged at the source \(ETag\); not rewritten/);
  assert.equal((await stat(out)).mtimeMs, before);
  assert.ok(seen.some((s) => s.path.startsWith('/api/datasets/SWE-bench/SWE-bench_Verified/leaderboard') && s.ifNoneMatch), 'the second run asked If-None-Match');
});

test('--dates reads each entry\'s date from its .eval_results file; --all-models sends base_model=false', async () => {
  const dir = await temp();
  const out = join(dir, 'swe.json');
  const { status, stderr } = await run(['hf:SWE-bench/SWE-bench_Verified', '--dates', '--all-models', '-o', out]);
  assert.equal(status, 0, stderr);
  const [board] = (await readJson(out)).leaderboards;
  assert.deepEqual(board.results.map((r) => [r.model, r.date ?? null]), [
    ['Qwen/Qwen3.5-397B-A17B', '2026-02-16'], ['MiniMaxAI/MiniMax-M2.5', '2026-02-12'], ['stepfun-ai/Step-3.5-Flash', null],
    ['example-org/sample-model', null], ['example-org/fine-tune', null],
  ]);
  assert.ok(seen.some((s) => s.path === '/api/datasets/SWE-bench/SWE-bench_Verified/leaderboard?base_model=false'));
});

test('fetch hf-model:<id> writes one board per benchmark of the model\'s eval results, to stdout without -o', async () => {
  const { status, stdout, stderr } = await run(['hf-model:example-org/sample-model'], { HF_TOKEN: 'hf_test' });
  assert.equal(status, 0, stderr);
  const feed = JSON.parse(stdout);
  assert.deepEqual(feed.leaderboards.map((b) => [b.task, b.results[0].values.Score]), [['openai/gsm8k', '86.2'], ['Idavidrein/gpqa', '0.412'], ['cais/hle', '20.9']]);
  assert.ok(seen.some((s) => s.path.startsWith('/api/models/example-org/sample-model') && s.authorization === 'Bearer hf_test'), 'HF_TOKEN is sent');
});

test('a gated benchmark exits 1 naming HF_TOKEN; a 429 is waited out as Retry-After says', async () => {
  const gated = await run(['hf:gated/bench']);
  assert.equal(gated.status, 1);
  assert.match(gated.stderr, /HTTP 401.*gated or private\. Set HF_TOKEN/);
  const dir = await temp();
  const limited = await run([`hf:slow-limit/bench`, '-o', join(dir, 'b.json')]);
  assert.equal(limited.status, 0, limited.stderr);
  assert.equal((await readJson(join(dir, 'b.json'))).leaderboards[0].results.length, 2);
});

test('a /rows URL is followed page by page, to --max-rows, and the cut is kept', async () => {
  const url = `${endpoint}/rows?dataset=sample%2Fthree-pages&config=text&split=latest&offset=0&length=100`;
  const all = await run([url]);
  assert.equal(all.status, 0, all.stderr);
  assert.equal(JSON.parse(all.stdout).leaderboards[0].results.length, 250);
  const capped = await run([url, '--max-rows', '120']);
  const [board] = JSON.parse(capped.stdout).leaderboards;
  assert.equal(board.results.length, 120);
  assert.deepEqual(board.cut, { read: 120, total: 250 });
  const lmarena = await run([`${endpoint}/rows?dataset=lmarena-ai%2Fleaderboard-dataset&config=text&split=latest&offset=0&length=100`, '--category', 'coding']);
  assert.deepEqual(JSON.parse(lmarena.stdout).leaderboards[0].results.map((r) => r.model), ['sample-model-alpha', 'sample-model-gamma']);
});

test('hf --official -o DIR writes one feed per benchmark and index.json; failing benchmarks are named and exit 1', async () => {
  const dir = await temp();
  const { status, stderr } = await run(['hf', '--official', '-o', dir]);
  assert.equal(status, 1);
  assert.match(stderr, /cais\/hle: .*HTTP 401/);
  assert.match(stderr, /broken\/bench: .*HTTP 500/);
  assert.match(stderr, /3 of 5 benchmarks/);
  const files = (await readdir(dir)).sort();
  assert.deepEqual(files, ['.sota-widgets-fetch.json', 'Idavidrein--gpqa.json', 'SWE-bench--SWE-bench_Verified.json', 'index.json', 'openai--gsm8k.json']);
  const index = await readJson(join(dir, 'index.json'));
  assert.equal(index.format, 'sota-widgets-index');
  assert.deepEqual(index.tasks.map((t) => [t.task, t.datasets[0].file, t.datasets[0].results]), [
    ['SWE-bench/SWE-bench_Verified', 'SWE-bench--SWE-bench_Verified.json', 4], ['Idavidrein/gpqa', 'Idavidrein--gpqa.json', 2], ['openai/gsm8k', 'openai--gsm8k.json', 2],
  ]);
});

test('a feed our JSON Schema refuses is not written: exit 1, the file, the JSON pointer, the value and what to do', async () => {
  const dir = await temp();
  const out = join(dir, 'odd.json');
  const { status, stderr } = await run([`${endpoint}/feeds/fractional-pull-request.json`, '-o', out]);
  assert.equal(status, 1);
  assert.match(stderr, new RegExp(`${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: the feed made from http://127\\.0\\.0\\.1:\\d+/feeds/fractional-pull-request\\.json does not match our JSON Schema \\(schema/sota-feed\\.schema\\.json\\), so nothing was written`));
  assert.match(stderr, /\/leaderboards\/0\/results\/0\/community\/pullRequest: must be integer,null \(found 7\.5\)/);
  assert.match(stderr, /correct it in the source/);
  await assert.rejects(stat(out), { code: 'ENOENT' });
  const stdout = await run([`${endpoint}/feeds/fractional-pull-request.json`]);
  assert.equal(stdout.status, 1);
  assert.equal(stdout.stdout, '', 'nothing on stdout either');
  assert.match(stdout.stderr, /^sota-widgets fetch: stdout: the feed made from/);
});

test('bad usage exits 2', async () => {
  assert.equal((await run([])).status, 2);
  assert.equal((await run(['hf', '--official'])).status, 2);
  assert.equal((await run(['hf:not an id'])).status, 2);
});
