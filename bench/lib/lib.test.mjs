// Tests for the bench helpers that decide what the bench prints (median, verdicts, peer lookup keys, options) and
// for the static server's boundaries. Run: node --test bench/lib/
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { get } from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { test } from 'node:test';
import { option, repsOption } from './cli.mjs';
import { markdownTable, normalizeRow } from './report.mjs';
import { comparePeers } from './peer-pages.mjs';
import { serveStatic } from './static-server.mjs';
import { median, summarize } from './stats.mjs';

test('median takes the middle value, or the mean of the middle two, of unsorted input', () => {
  assert.equal(median([9, 1, 5]), 5);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.throws(() => median([]), /no values/);
});

test('summarize rounds median, min and max to 0.1 ms', () => {
  assert.deepEqual(summarize([10.04, 30.06, 20.55]), { median: 20.6, min: 10, max: 30.1, n: 3 });
});

test('a row over its target reads "no", within reads "yes", without a target has no verdict', () => {
  assert.equal(normalizeRow({ name: 'a', median_ms: 41, target_ms: 40 }, 'chart').within, false);
  assert.equal(normalizeRow({ name: 'a', median_ms: 40, target_ms: 40 }, 'chart').within, true);
  assert.equal(normalizeRow({ name: 'a', median_ms: 40 }, 'seed').within, null);
});

test('rows without a key get one from their name, so peer figures line up with them', () => {
  assert.equal(normalizeRow({ name: '<sota-table> sort, 10,000 rows' }, 'table').key, 'table:sort:10000');
  assert.equal(normalizeRow({ name: '<sota-table> mount 1000 rows' }, 'table').key, 'table:mount:1000');
  assert.equal(normalizeRow({ name: 'chart 10k points' }, 'chart').key, 'chart:10000');
  assert.equal(normalizeRow({ key: 'given', name: 'chart 1,000 points' }, 'chart').key, 'given');
});

test('the table shows median with range, target and verdict, and a peers column only when peers exist', () => {
  const rows = [normalizeRow({ key: 'chart:1000', name: 'chart | 1,000', median_ms: 50, min_ms: 41.2, max_ms: 80.9, target_ms: 40 }, 'chart')];
  const plain = markdownTable(rows, { message: 'none' });
  assert.match(plain, /\| chart \\\| 1,000 \| 50 ms \(41–81\) \| ≤ 40 ms \| \*\*no\*\* \|$/m);
  assert.doesNotMatch(plain, /peers/);
  const withPeers = markdownTable(rows, { byKey: new Map([['chart:1000', 'Plot 60']]) });
  assert.match(withPeers, /\| \*\*no\*\* \| Plot 60 \(peer-bench\) \|$/m);
});

test('peers measured in the same run replace peer-bench\'s figures, with ours ÷ the best peer beside them', () => {
  const layout = { ours: [10, 10, 10], peerValues: { 'd3 SVG': [20, 20, 20], Plot: [5, 40, 40] } };
  const samePeers = comparePeers([30, 20, 90], { 'd3 SVG': [40, 38, 90], Plot: [45, 44, 46] }, median, layout);
  assert.deepEqual(samePeers, {
    peers: [{ label: 'd3 SVG', median: 40 }, { label: 'Plot', median: 45 }], best: 'd3 SVG', ratio: 0.75, pairRatio: 0.75,
    layout: { peers: [{ label: 'd3 SVG', median: 20 }, { label: 'Plot', median: 40 }], best: 'd3 SVG', ratio: 0.5, pairRatio: 0.5 },
  });
  const rows = [normalizeRow({ key: 'chart:100', name: 'chart, 100', median_ms: 30, target_ms: null, samePeers }, 'chart')];
  const table = markdownTable(rows, { byKey: new Map([['chart:100', 'Plot 60']]) });
  assert.match(table, /ours ÷ best peer, same run \|$/m);
  assert.match(table, /\| d3 SVG 40 · Plot 45 \| 0\.75× d3 SVG \(pairs 0\.75×, to layout 0\.5×\) \|$/m);
  assert.equal(comparePeers([30], {}, median), null);
});

test('options read "--reps 3" and "--reps=3"; a bad --reps is a readable error', () => {
  assert.equal(repsOption(7, ['--reps', '3']), 3);
  assert.equal(repsOption(7, ['--reps=4']), 4);
  assert.equal(repsOption(7, []), 7);
  assert.throws(() => repsOption(7, ['--reps', '0']), /whole number/);
  assert.equal(option('--only', 'all', ['--only', 'seed']), 'seed');
});

/** Status of a GET sent with exactly this path. */
function rawStatus(origin, path) {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    get({ hostname, port, path }, (response) => { response.resume(); resolve(response.statusCode); }).on('error', reject);
  });
}

test('the static server serves files from its folder only, on loopback, GET/HEAD only', async () => {
  const base = mkdtempSync(join(tmpdir(), 'bench-server-'));
  mkdirSync(join(base, 'site'));
  writeFileSync(join(base, 'site', 'index.html'), '<p>hi</p>');
  writeFileSync(join(base, 'secret.txt'), 'outside');
  const server = await serveStatic(join(base, 'site'));
  try {
    assert.match(server.origin, /^http:\/\/127\.0\.0\.1:\d+$/);
    const page = await fetch(`${server.origin}/`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type'), /text\/html/);
    assert.equal(page.headers.get('cache-control'), 'no-store');
    assert.equal(await page.text(), '<p>hi</p>');
    // Raw paths (fetch would normalize "/../" away before sending): an encoded slash must not climb out either.
    assert.equal(await rawStatus(server.origin, '/..%2fsecret.txt'), 404);
    assert.equal(await rawStatus(server.origin, '/../secret.txt'), 404);
    assert.equal((await fetch(`${server.origin}/missing.json`)).status, 404);
    assert.equal((await fetch(`${server.origin}/index.html`, { method: 'POST' })).status, 405);
  } finally {
    await server.close();
    rmSync(base, { recursive: true, force: true });
  }
});

/** Status, headers and raw bytes of a GET sent with these request headers (no decoding, unlike fetch). */
function rawGet(origin, path, headers) {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    get({ hostname, port, path, headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

test('the static server sends text gzip-compressed to a client that accepts it, as a web host would', async () => {
  const base = mkdtempSync(join(tmpdir(), 'bench-server-'));
  const script = 'export const answer = 42;\n'.repeat(200);
  writeFileSync(join(base, 'app.js'), script);
  writeFileSync(join(base, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  const server = await serveStatic(base);
  try {
    const zipped = await rawGet(server.origin, '/app.js', { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(zipped.headers['content-encoding'], 'gzip');
    assert.equal(Number(zipped.headers['content-length']), zipped.body.length);
    assert.ok(zipped.body.length < script.length / 10, `${zipped.body.length} bytes for ${script.length}`);
    assert.equal(gunzipSync(zipped.body).toString(), script);
    const plain = await rawGet(server.origin, '/app.js', {});
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body.toString(), script);
    const image = await rawGet(server.origin, '/image.png', { 'accept-encoding': 'gzip' });
    assert.equal(image.headers['content-encoding'], undefined, 'images are already compressed');
  } finally {
    await server.close();
    rmSync(base, { recursive: true, force: true });
  }
});

test('peer figures are optional: an empty peer-bench folder gives a message, not an error', async () => {
  const empty = mkdtempSync(join(tmpdir(), 'bench-peers-'));
  process.env.PEER_BENCH_DIR = empty;
  try {
    const { readPeers } = await import(`./peers.mjs?empty=${Date.now()}`);
    const peers = readPeers();
    assert.equal(peers.byKey, undefined);
    assert.match(peers.message, /No peer figures/);
  } finally {
    delete process.env.PEER_BENCH_DIR;
    rmSync(empty, { recursive: true, force: true });
  }
});

test('peer figures are warm medians per configuration from the speed results file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-peers-'));
  mkdirSync(join(dir, 'speed'));
  const runs = [30, 10, 20].map((ms) => ({ cold: { mountMs: 999, sortMs: 999 }, warm: { mountMs: ms, sortMs: ms / 10 } }));
  writeFileSync(join(dir, 'speed', 'results-run1.json'), JSON.stringify({
    tables: [{ lib: 'vaadin-grid', name: '@vaadin/grid', rows: 1000, runs }],
    charts: [{ lib: 'observable-plot', name: 'Plot', points: 10000, runs }],
  }));
  process.env.PEER_BENCH_DIR = dir;
  try {
    const { readPeers } = await import(`./peers.mjs?speed=${Date.now()}`);
    const { byKey } = readPeers();
    assert.equal(byKey.get('table:mount:1000'), '@vaadin/grid 20');
    assert.equal(byKey.get('table:sort:1000'), '@vaadin/grid 2');
    assert.equal(byKey.get('chart:10000'), 'Plot 20');
    assert.equal(byKey.get('chart:1000'), '');
  } finally {
    delete process.env.PEER_BENCH_DIR;
    rmSync(dir, { recursive: true, force: true });
  }
});
