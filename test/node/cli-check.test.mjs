// `sota-widgets check` as a user runs it: node dist/cli.js in a child process, on real files in a temp folder,
// stdin and a .gz. Fixtures: test/fixtures/kebiolm-results.csv (sources named in test/feed/formats-csv.test.ts)
// and test/fixtures/cli/ (sources named inside each file).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const fixture = (name) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sota-check-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const run = (args, input) => spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', input });

copyFileSync(fixture('kebiolm-results.csv'), join(dir, 'results.csv'));
copyFileSync(fixture('cli/kebiolm-model-card.md'), join(dir, 'README.md'));
copyFileSync(fixture('cli/card-without-model-index.md'), join(dir, 'empty-card.md'));

test('check reads a spreadsheet export (BOM, quoted commas): boards, ranking metric and where its direction came from', () => {
  assert.equal(readFileSync(join(dir, 'results.csv'))[0], 0xef, 'the CSV keeps its byte-order mark');
  const { status, stdout } = run(['check', 'results.csv']);
  assert.equal(status, 0);
  assert.match(stdout, /^results\.csv: csv, 8 boards, 9 results \(9 dated, 0 undated\)/);
  assert.match(stdout, /Named Entity Recognition \(NER\) \/ NCBI-disease: 2 results, ranked by F1 \(higher is better, guessed from its name\)/);
  assert.match(stdout, /other \(1\):\n\s+\(the whole table\): Column "Knowledge source" holds text/);
});

test('--strict turns warnings into exit 1; --json gives the same report for scripts', () => {
  assert.equal(run(['check', 'results.csv', '--strict']).status, 1);
  const { status, stdout } = run(['check', 'results.csv', '--json']);
  assert.equal(status, 0);
  const [file] = JSON.parse(stdout).files;
  assert.equal(file.format, 'csv');
  assert.deepEqual(file.boards[0], {
    task: 'Named Entity Recognition (NER)', dataset: 'NCBI-disease', results: 2, dated: 2, undated: 0, metric: 'F1', direction: 'higher', directionFrom: 'inferred',
  });
  assert.deepEqual(file.warningCounts, { other: 1 });
});

test('a warning in a CSV row names its line and column', () => {
  writeFileSync(join(dir, 'dash.csv'), 'model,dataset,task,"F1"\nKeBioLM,GAD,Relation Extraction,84.3\n\nPubMedBERT,GAD,Relation Extraction,"-"\n');
  const { status, stdout } = run(['check', 'dash.csv']);
  assert.equal(status, 0);
  assert.match(stdout, /unreadable-value \(1\):\n\s+line 4, column "F1": Could not read a number in "-"/);
});

test('check reads stdin, a .gz and a model card, and states the direction a header gives', () => {
  const csv = 'model,dataset,task,WER:higher\nA,LibriSpeech,Speech Recognition,2.5\n';
  const piped = run(['check', '-'], csv);
  assert.equal(piped.status, 0);
  assert.match(piped.stdout, /^stdin: csv, 1 board/);
  assert.match(piped.stdout, /ranked by WER \(higher is better, stated by the feed\)/);
  writeFileSync(join(dir, 'results.csv.gz'), gzipSync(readFileSync(join(dir, 'results.csv'))));
  assert.match(run(['check', 'results.csv.gz']).stdout, /^results\.csv\.gz: csv, 8 boards/);
  assert.match(run(['check', 'README.md']).stdout, /^README\.md: yaml-model-index, 2 boards, 2 results \(0 dated, 2 undated\)/);
});

test('a broken file, a missing file and a card with no model-index: exit 1, each named with the place', () => {
  writeFileSync(join(dir, 'broken.json'), '{\n  "version": 1,\n  "leaderboards": [ }\n');
  const { status, stdout, stderr } = run(['check', 'results.csv', 'broken.json', 'missing.json', 'empty-card.md']);
  assert.equal(status, 1);
  assert.match(stdout, /^results\.csv: csv/, 'the readable file is still reported');
  assert.match(stderr, /broken\.json:3:21: not valid JSON: expected a value but found .}./);
  assert.match(stderr, /missing\.json: no such file/);
  assert.match(stderr, /empty-card\.md: has no model-index/);
});

test('a feed the feed layer refuses names the JSON pointer', () => {
  writeFileSync(join(dir, 'bad-board.json'), JSON.stringify({ version: 1, leaderboards: [{ dataset: 'GAD' }] }));
  const { status, stderr } = run(['check', 'bad-board.json']);
  assert.equal(status, 1);
  assert.match(stderr, /bad-board\.json \(at \/leaderboards\/0\/task\): Expected a task name/);
});

test('bad usage exits 2', () => {
  assert.equal(run(['check']).status, 2);
  assert.equal(run(['check', 'results.csv', '--frobnicate']).status, 2);
});
