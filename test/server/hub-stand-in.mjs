// A stand-in for the Hugging Face Hub on the paths the real one answers (under any prefix), for the element tests
// (through feed-server.mjs) and the CLI tests (through a node:http server on 127.0.0.1). Framework-free: one
// function from a request to an answer. Its data are our fixtures in test/fixtures/hf/ (sources in their README).
import { readFileSync } from 'node:fs';

const fixture = (name) => readFileSync(new URL(`../fixtures/hf/${name}`, import.meta.url), 'utf8');

const MAX_TRACKED = 200;
/** Per-benchmark request counts, so a benchmark can answer well once and then fail (the "keeps the last good data" case). */
const seen = new Map();

function count(key) {
  if (!seen.has(key) && seen.size >= MAX_TRACKED) seen.delete(seen.keys().next().value);
  const n = (seen.get(key) ?? 0) + 1;
  seen.set(key, n);
  return n;
}

const json = (body, headers = {}) => ({ status: 200, headers: { 'content-type': 'application/json', ...headers }, body });
const text = (status, body, headers = {}) => ({ status, headers: { 'content-type': 'text/plain', ...headers }, body });

/** A small leaderboard for any benchmark id, so `hf --official` has several to write. */
function leaderboardOf(id) {
  return JSON.stringify([
    { rank: 1, modelId: 'example-org/model-a', value: 71.5, filename: '.eval_results/x.yaml', verified: true, author: { type: 'org', name: 'example-org' } },
    { rank: 2, modelId: 'example-org/model-b', value: 64, filename: '.eval_results/x.yaml', verified: false, author: { type: 'org', name: 'example-org' }, source: { url: `https://huggingface.co/datasets/${id}`, name: 'Benchmark page' } },
  ]);
}

const OFFICIAL = ['SWE-bench/SWE-bench_Verified', 'Idavidrein/gpqa', 'cais/hle', 'openai/gsm8k', 'broken/bench'];

/**
 * The answer for `path` (without any prefix) and its query, or null for a path the Hub has not got here.
 * `origin` is the stand-in's own origin, for Link headers.
 */
export function hubAnswer(path, query, headers, origin) {
  const board = /^\/api\/datasets\/([^/]+\/[^/]+)\/leaderboard$/.exec(path);
  if (board) {
    const id = decodeURIComponent(board[1]);
    const n = count(`${id}${query.get('base_model') ?? ''}`);
    if (id === 'cais/hle' || id.startsWith('gated/')) return text(401, 'Unauthorized: access to this dataset is restricted. You must be authenticated.');
    if (id.startsWith('busy/')) return text(429, 'Too Many Requests', { 'retry-after': '30' });
    if (id.startsWith('flaky/') && n > 1) return text(429, 'Too Many Requests', { 'retry-after': '30' });
    if (id === 'slow-limit/bench' && n === 1) return text(429, 'Too Many Requests', { 'retry-after': '1' });
    if (id === 'broken/bench') return text(500, 'Internal Server Error');
    const body = id === 'SWE-bench/SWE-bench_Verified'
      ? query.get('base_model') === 'false'
        ? JSON.stringify([...JSON.parse(fixture('leaderboard-swe-bench-verified.json')), { rank: 5, modelId: 'example-org/fine-tune', value: 50, filename: '.eval_results/swe.yaml', verified: false, author: { type: 'org', name: 'example-org' } }])
        : fixture('leaderboard-swe-bench-verified.json')
      : leaderboardOf(id);
    const etag = `"${id.length}-${body.length}"`;
    if (headers['if-none-match'] === etag) return { status: 304, headers: { etag }, body: '' };
    return json(body, { etag });
  }
  const model = /^\/api\/models\/([^/]+\/[^/]+)$/.exec(path);
  if (model) {
    const id = decodeURIComponent(model[1]);
    return json(fixture('model-eval-results.json').replace('example-org/sample-model', id));
  }
  if (path === '/api/datasets' && query.get('filter') === 'benchmark:official') {
    // Two pages, as the Hub pages its listings: a Link header with rel="next".
    const page = Number(query.get('cursor') ?? 0);
    const items = OFFICIAL.slice(page * 3, page * 3 + 3).map((id) => ({ id, _id: id }));
    const next = page * 3 + 3 < OFFICIAL.length ? { link: `<${origin}${path}?filter=benchmark%3Aofficial&cursor=${page + 1}>; rel="next"` } : {};
    return json(JSON.stringify(items), next);
  }
  // The dataset viewer's /rows (datasets-server.huggingface.co/rows): the LMArena-shaped sample as page 1 of
  // `lmarena-ai/leaderboard-dataset`; any other dataset is `rows` generated rows, `sample/huge` 5,000 of them.
  if (path === '/rows') {
    const offset = Number(query.get('offset') ?? 0);
    const length = Math.min(Number(query.get('length') ?? 100), 100);
    const dataset = query.get('dataset') ?? '';
    if (dataset === 'lmarena-ai/leaderboard-dataset') return json(fixture('rows-lmarena-text-sample.json'));
    const total = dataset === 'sample/huge' ? 5000 : Number(query.get('rows') ?? 250);
    const rows = [];
    for (let i = offset; i < Math.min(offset + length, total); i++) {
      rows.push({ row_idx: i, row: { model_name: `model-${String(i).padStart(4, '0')}`, rating: 2000 - i, vote_count: 100 + i, category: 'overall' }, truncated_cells: [] });
    }
    return json(JSON.stringify({ features: [], rows, num_rows_total: total, num_rows_per_page: 100, partial: false }));
  }
  // {endpoint}/{modelId}/resolve/main/{filename}: the .eval_results YAML a leaderboard entry came from.
  const file = /^\/([^/]+\/[^/]+)\/resolve\/main\/(\.eval_results\/.+)$/.exec(path);
  if (file) {
    const dates = { 'Qwen/Qwen3.5-397B-A17B': '2026-02-16', 'MiniMaxAI/MiniMax-M2.5': '2026-02-12' };
    const date = dates[decodeURIComponent(file[1])];
    if (!date) return text(404, 'Entry not found');
    return { status: 200, headers: { 'content-type': 'text/plain' }, body: `- dataset:\n    id: SWE-bench/SWE-bench_Verified\n    task_id: default\n  value: 1\n  date: "${date}"\n` };
  }
  return null;
}
