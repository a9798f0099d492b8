// `sota-widgets convert` as a user runs it: node dist/cli.js in a child process, on real files in a temp folder.
// What it writes is read back by the feed layer (dist/feed.js) and must show the same boards and values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const fixture = (name) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sota-convert-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const run = (args, input) => spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', input });
const { parseFeed, defaultMetric } = await import('../../dist/feed.js');

copyFileSync(fixture('kebiolm-results.csv'), join(dir, 'results.csv'));
copyFileSync(fixture('cli/kebiolm-model-card.md'), join(dir, 'README.md'));
copyFileSync(fixture('cli/card-without-model-index.md'), join(dir, 'empty-card.md'));
copyFileSync(fixture('cli/kebiolm-pwc-model-index.yml'), join(dir, 'model-index.yml'));

test('a CSV becomes our format, valid, with the same boards and values, scores before descriptive columns', () => {
  const { status, stderr } = run(['convert', 'results.csv', '--to', 'sota-widgets', '-o', 'results.json']);
  assert.equal(status, 0, stderr);
  assert.match(stderr, /wrote results\.json: csv → sota-widgets: 8 board\(s\), 9 result\(s\), 1 warning\(s\)/);
  const json = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8'));
  assert.equal(json.version, 1);
  const board = json.leaderboards[0];
  assert.deepEqual([board.task, board.dataset], ['Named Entity Recognition (NER)', 'NCBI-disease']);
  assert.deepEqual(board.metrics, [{ name: 'F1' }, { name: 'Knowledge source', descriptor: true }]);
  assert.deepEqual(board.results[0].values, { F1: '89.1', 'Knowledge source': 'UMLS, through entity detection and linking' });
  const feed = parseFeed(json);
  assert.equal(defaultMetric(feed.leaderboards[0]).name, 'F1');
  assert.deepEqual(feed.leaderboards.map((b) => b.results.length), [2, 1, 1, 1, 1, 1, 1, 1]);
});

test('a model card README.md and a PWC model-index file convert, to stdout by default', () => {
  const card = run(['convert', 'README.md', '--to', 'sota-widgets']);
  assert.equal(card.status, 0, card.stderr);
  const fromCard = JSON.parse(card.stdout);
  assert.deepEqual(fromCard.leaderboards.map((b) => [b.dataset, b.results[0].model, b.results[0].values.F1]), [
    ['NCBI-disease', 'KeBioLM', '89.1'], ['BC5CDR-chemical', 'KeBioLM', '93.3'],
  ]);
  const pwc = JSON.parse(run(['convert', 'model-index.yml', '--to', 'sota-widgets']).stdout);
  assert.deepEqual(pwc.leaderboards.map((b) => [b.task, b.dataset, b.results[0].values.F1]), [
    ['Relation Extraction', 'GAD', '84.3'], ['Relation Extraction', 'DDI', '81.9'],
  ]);
  assert.deepEqual(pwc.leaderboards[0].results[0].code, [{ url: 'https://github.com/GanjinZero/KeBioLM' }]);
});

test('stdin with --task, --dataset and --columns', () => {
  const csv = 'Model version,Release date,votes,mean_score\nKeBioLM,2021-04-21,12,77.5\n';
  const { status, stdout, stderr } = run(['convert', '-', '--to', 'sota-widgets', '--task', 'Relation Extraction', '--dataset', 'ChemProt',
    '--columns', 'model: Model version; date: Release date; value: mean_score'], csv);
  assert.equal(status, 0, stderr);
  const [board] = JSON.parse(stdout).leaderboards;
  assert.deepEqual([board.task, board.dataset, board.results[0].model, board.results[0].date], ['Relation Extraction', 'ChemProt', 'KeBioLM', '2021-04-21']);
  assert.deepEqual(board.metrics.map((m) => m.name), ['mean_score', 'votes']);
});

test('a card with no model-index, a missing file: a clear message, exit 1, nothing written', () => {
  const card = run(['convert', 'empty-card.md', '--to', 'sota-widgets', '-o', 'out.json']);
  assert.equal(card.status, 1);
  assert.match(card.stderr, /empty-card\.md: has no model-index/);
  assert.equal(existsSync(join(dir, 'out.json')), false);
  const missing = run(['convert', 'nope.csv', '--to', 'sota-widgets']);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /nope\.csv: no such file/);
});

test('an asymmetric interval (rating_lower / rating_upper) is written to our format, valid, and read back the same', () => {
  const records = [{ model: 'a', rating: 1504, rating_lower: 1498, rating_upper: 1510 }, { model: 'b', rating: 1498, rating_lower: 1490.2, rating_upper: 1504 }];
  const { status, stdout, stderr } = run(['convert', '-', '--to', 'sota-widgets', '--task', 'Chat', '--dataset', 'Arena'], JSON.stringify(records));
  assert.equal(status, 0, stderr);
  const json = JSON.parse(stdout);
  assert.deepEqual(json.leaderboards[0].results.map((r) => [r.values.rating, r.intervals]), [['1504 ± 6', undefined], ['1498', { rating: [1490.2, 1504] }]]);
  assert.deepEqual(parseFeed(json).leaderboards[0].results.map((r) => r.values.rating.interval), [undefined, [1490.2, 1504]]);
});

test('a feed our JSON Schema refuses is not written: exit 1, naming the input, the JSON pointer, the value and what to do', () => {
  const feed = { version: 1, leaderboards: [{ task: 'T', dataset: 'D', metrics: ['Score'], results: [{ model: 'm', values: { Score: 1 }, community: { pullRequest: 7.5 } }] }] };
  const { status, stderr } = run(['convert', '-', '--to', 'sota-widgets', '-o', 'refused.json'], JSON.stringify(feed));
  assert.equal(status, 1);
  assert.match(stderr, /^sota-widgets convert: the feed made from stdin does not match our JSON Schema \(schema\/sota-feed\.schema\.json\), so nothing was written:\n/);
  assert.match(stderr, /\n {2}\/leaderboards\/0\/results\/0\/community\/pullRequest: must be integer,null \(found 7\.5\)\n/);
  assert.match(stderr, /correct it in the source/);
  assert.equal(existsSync(join(dir, 'refused.json')), false);
});

test('bad usage exits 2: no --to, an unknown target, an unknown role in --columns is a problem of the input (1)', () => {
  assert.equal(run(['convert', 'results.csv']).status, 2);
  const target = run(['convert', 'results.csv', '--to', 'yaml']);
  assert.equal(target.status, 2);
  assert.match(target.stderr, /--to takes sota-widgets/);
  const role = run(['convert', 'results.csv', '--to', 'sota-widgets', '--columns', 'modle: Name']);
  assert.match(role.stderr, /Unknown column role "modle"/);
});
