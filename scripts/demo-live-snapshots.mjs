#!/usr/bin/env node
// Rewrites the Live leaderboards demo's snapshots (demo/feeds/live/*.json) with `sota-widgets fetch`, as a site
// would at build time, but offline: against the stand-in Hub of the tests (test/server/hub-stand-in.mjs), which
// answers on the Hub's own paths with our documented-shape fixtures (test/fixtures/hf/, sources in its README).
// Each file gets a $comment saying which command wrote it, when, and which of its facts are real.
// Needs `npm run build` first.   node scripts/demo-live-snapshots.mjs
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hubAnswer } from '../test/server/hub-stand-in.mjs';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const out = (name) => fileURLToPath(new URL(`../demo/feeds/live/${name}.json`, import.meta.url));
const today = new Date().toISOString().slice(0, 10);
const ROWS = 'rows?dataset=lmarena-ai/leaderboard-dataset&config=text&split=latest&offset=0&length=100';

const SNAPSHOTS = [
  {
    name: 'swe-bench-verified',
    args: ['hf:SWE-bench/SWE-bench_Verified', '--dates'],
    facts: 'Real: the ranks, model ids and scores of entries 1-3 (the example in hub-docs docs/hub/leaderboard-data-guide.md). '
      + 'SAMPLE DATA: their verified flags, sources and dates, and all of entry 4 (test/fixtures/hf/README.md).',
  },
  {
    name: 'lmarena-text',
    args: (endpoint) => [`${endpoint}/${ROWS}`, '--category', 'overall'],
    shown: `"https://datasets-server.huggingface.co/${ROWS}" --category overall`,
    facts: "SAMPLE DATA: the columns are LMArena's; every model and number is made up (test/fixtures/hf/README.md).",
  },
  {
    name: 'model-results',
    args: ['hf-model:example-org/sample-model'],
    facts: 'SAMPLE DATA: the model is not real; its three results are the examples of huggingface_hub '
      + 'tests/test_eval_results.py and hub-docs docs/hub/eval-results.md (test/fixtures/hf/README.md).',
  },
];

const server = createServer((request, response) => {
  const url = new URL(request.url, endpoint);
  const answer = hubAnswer(decodeURIComponent(url.pathname), url.searchParams, request.headers, endpoint)
    ?? { status: 404, headers: { 'content-type': 'text/plain' }, body: 'Not found' };
  response.writeHead(answer.status, answer.headers).end(answer.body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const endpoint = `http://127.0.0.1:${server.address().port}`;
const scratch = mkdtempSync(join(tmpdir(), 'sota-live-'));
let failed = false;

for (const snapshot of SNAPSHOTS) {
  const file = join(scratch, `${snapshot.name}.json`);
  const args = typeof snapshot.args === 'function' ? snapshot.args(endpoint) : snapshot.args;
  // spawn, not spawnSync: the stand-in answers from this same process.
  const run = await new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, 'fetch', ...args, '-o', file], { env: { ...process.env, HF_ENDPOINT: endpoint, HF_TOKEN: '' } });
    let stderr = '';
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.on('close', (status) => resolve({ status, stderr }));
  });
  if (run.status !== 0) {
    console.error(`${snapshot.name}: sota-widgets fetch exited ${run.status}\n${run.stderr}`);
    failed = true;
    continue;
  }
  const command = `sota-widgets fetch ${snapshot.shown ?? args.join(' ')}`;
  // fetch's own $comment names the stand-in's address; this one names the command a site would run. A snapshot is
  // as new as the day it was taken.
  const { $comment: _, ...feed } = JSON.parse(readFileSync(file, 'utf8'));
  const comment = `Snapshot written by \`${command}\` on ${today}, offline, against a stand-in answering exactly as the Hub `
    + `documents (test/server/hub-stand-in.mjs; node scripts/demo-live-snapshots.mjs). ${snapshot.facts}`;
  writeFileSync(out(snapshot.name), `${JSON.stringify({ $comment: comment, ...feed, updated: feed.updated ?? today }, null, 2)}\n`);
  console.error(`${snapshot.name}: written`);
}
server.close();
process.exitCode = failed ? 1 : 0;
