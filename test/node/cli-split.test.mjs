// `sota-widgets split` as a user runs it: `node dist/cli.js split …` as a child process on archives written here
// (npm test builds first). The archive below has the evaluation-tables shape (see ../shared/data/README.md);
// task, dataset and metric names are real PWC names, models, values and dates are invented, except where a
// comment names a source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { writeArchive } from '../../bench/make-archive.mjs';

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const run = (...args) => spawnSync(process.execPath, [cli, 'split', ...args], { encoding: 'utf8' });
const temp = () => mkdtempSync(join(tmpdir(), 'sota-split-'));
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

const row = (model, date, metrics, paper = {}) => ({
  code_links: [], metrics, model_links: [], model_name: model, paper_date: date,
  paper_title: paper.title ?? '', paper_url: paper.url ?? '', uses_additional_data: false,
});
const dataset = (name, metrics, rows) => ({ dataset: name, dataset_citations: [], dataset_links: [], description: '', sota: { metrics, rows }, subdatasets: [] });
const task = (name, datasets, subtasks = []) => ({ task: name, description: '', categories: [], datasets, subtasks, synonyms: [], source_link: null });

const KEBIOLM = { title: 'Improving Biomedical Pretrained Language Models with Knowledge', url: 'https://arxiv.org/abs/2104.10344v1' };

const ARCHIVE = [
  task('Question Answering', [
    dataset('SQuAD1.1', ['EM', 'F1'], [
      row('Early reader', '2016-08-27', { EM: '60.5', F1: '70.7' }),
      row('Percent reader', '2018-03-01', { EM: '80.1%', F1: '87.9%' }),
      row('No EM', '2019-01-01', { EM: '-', F1: '90.2' }),
      row('Null EM', null, { EM: null, F1: '88.0' }),
    ]),
  ], [
    task('Open-Domain Question Answering', [
      dataset('Natural Questions', ['EM'], [row('Retriever', '2020-05-01', { EM: '41.5' })]),
    ], [
      task('Open-Domain Biomedical Question Answering', [
        dataset('BioASQ', ['Accuracy'], [row('KeBioLM', '2021-04-21', { Accuracy: '93.3%' }, KEBIOLM)]),
      ]),
    ]),
  ]),
  task('Named Entity Recognition (NER)', [
    dataset('NCBI-disease', ['F1'], [
      row('KeBioLM', '2021-04-21', { F1: '89.1' }, KEBIOLM),
      row('BioBERT', '2019-01-25', { F1: '89.71' }, { title: 'BioBERT: a pre-trained biomedical language representation model', url: 'https://arxiv.org/abs/1901.08746' }),
    ]),
    dataset('No table yet', ['F1'], []),
  ]),
  // Two top-level tasks each with a subtask called "Image Classification" on "ImageNet": two boards, two files.
  task('Computer Vision', [], [task('Image Classification', [dataset('ImageNet', ['Top 1 Accuracy'], [row('ResNet-50', '2015-12-10', { 'Top 1 Accuracy': '76.1' })])])]),
  task('Self-Supervised Learning', [], [task('Image Classification', [dataset('ImageNet', ['Top 1 Accuracy'], [row('SimCLR', '2020-02-13', { 'Top 1 Accuracy': '69.3' })])])]),
  // "ImageNet" again under another task: the same dataset name in two tasks is two boards.
  task('Self-Supervised Image Classification', [dataset('ImageNet', ['Top 1 Accuracy'], [row('BYOL', '2020-06-13', { 'Top 1 Accuracy': '74.3' })])]),
  task('A task with no datasets', []),
];

function writeArchiveFile(dir, name = 'evaluation-tables.json', archive = ARCHIVE) {
  const path = join(dir, name);
  const text = JSON.stringify(archive, null, 1);
  writeFileSync(path, name.endsWith('.gz') ? gzipSync(text) : text);
  return path;
}

/** Every file under `dir`, relative path → sha256, for comparing two runs byte for byte. */
function digests(dir) {
  const out = {};
  const walk = (at) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

test('split writes one feed per board, each naming its source and licence, and an index.json', () => {
  const dir = temp();
  const out = join(dir, 'boards');
  const { status, stdout, stderr } = run(writeArchiveFile(dir), '-o', out);
  assert.equal(status, 0, stderr);
  assert.match(stdout, /Wrote 8 leaderboards \(11 results\) from 6 top-level tasks/);
  assert.match(stdout, /unreadable-value/, 'the "-" and null values are counted as warnings');
  const files = Object.keys(digests(out)).sort();
  assert.ok(files.includes('question-answering/squad1-1.json'));
  assert.ok(files.includes('open-domain-biomedical-question-answering/bioasq.json'));
  assert.ok(files.includes('image-classification/imagenet.json') && files.includes('image-classification/imagenet-2.json'), files.join(', '));
  assert.ok(files.includes('self-supervised-image-classification/imagenet.json'));
  assert.ok(files.includes('index.json'));

  const squad = readJson(join(out, 'question-answering/squad1-1.json'));
  assert.equal(squad.version, 1);
  assert.equal(squad.source.license, 'CC-BY-SA-4.0');
  assert.match(squad.$comment, /CC BY-SA 4\.0/);
  assert.equal(squad.leaderboards.length, 1);
  const board = squad.leaderboards[0];
  assert.equal(board.task, 'Question Answering');
  assert.equal(board.dataset, 'SQuAD1.1');
  // Odd values are kept exactly as the archive wrote them; null stays null.
  assert.deepEqual(board.results.map((r) => r.values.EM), ['60.5', '80.1%', '-', null]);
  assert.equal(board.results[3].date, undefined, 'an undated row stays undated');
});

test('index.json lists every board with its file, parent task, count, metric, best result and frontier', () => {
  const dir = temp();
  const out = join(dir, 'boards');
  assert.equal(run(writeArchiveFile(dir), '-o', out).status, 0);
  const index = readJson(join(out, 'index.json'));
  assert.equal(index.format, 'sota-widgets-index');
  assert.equal(index.version, 1);
  assert.equal(index.source.license, 'CC-BY-SA-4.0');
  const byTask = Object.fromEntries(index.tasks.map((t) => [t.task, t]));
  assert.deepEqual(Object.keys(byTask), [
    'Question Answering', 'Open-Domain Question Answering', 'Open-Domain Biomedical Question Answering',
    'Named Entity Recognition (NER)', 'Image Classification', 'Self-Supervised Image Classification',
  ]);
  assert.equal(byTask['Question Answering'].parent, undefined);
  assert.equal(byTask['Open-Domain Question Answering'].parent, 'Question Answering');
  assert.equal(byTask['Open-Domain Biomedical Question Answering'].parent, 'Open-Domain Question Answering');
  const squad = byTask['Question Answering'].datasets[0];
  assert.equal(squad.file, 'question-answering/squad1-1.json');
  assert.equal(squad.results, 4);
  assert.equal(squad.metric, 'EM');
  assert.equal(squad.direction, 'higher');
  assert.equal(squad.best.model, 'Percent reader');
  assert.equal(squad.best.value, 80.1);
  assert.deepEqual(squad.frontier, [['2016-08-27', 60.5], ['2018-03-01', 80.1]]);
  // Both "Image Classification" subtasks share one task line (names compared as the elements compare them).
  assert.deepEqual(byTask['Image Classification'].datasets.map((d) => d.file), ['image-classification/imagenet.json', 'image-classification/imagenet-2.json']);
  const ner = byTask['Named Entity Recognition (NER)'].datasets;
  assert.deepEqual(ner.map((d) => [d.dataset, d.results]), [['NCBI-disease', 2], ['No table yet', 0]]);
  for (const line of index.tasks.flatMap((t) => t.datasets)) assert.ok(existsSync(join(out, line.file)), line.file);
});

test('the same input gives byte-identical output, gzip or not', () => {
  const dir = temp();
  const plain = writeArchiveFile(dir);
  const gz = writeArchiveFile(dir, 'evaluation-tables.json.gz');
  assert.equal(run(plain, '-o', join(dir, 'a')).status, 0);
  assert.equal(run(plain, '-o', join(dir, 'b')).status, 0);
  const gzRun = run(gz, '-o', join(dir, 'c'));
  assert.equal(gzRun.status, 0, gzRun.stderr);
  const a = digests(join(dir, 'a'));
  assert.ok(Object.keys(a).length > 5);
  assert.deepEqual(digests(join(dir, 'b')), a);
  // The source file's name is in each feed's comment: the gzip run differs only there.
  const c = digests(join(dir, 'c'));
  assert.deepEqual(Object.keys(c).sort(), Object.keys(a).sort());
  assert.deepEqual(readJson(join(dir, 'c', 'index.json')), readJson(join(dir, 'a', 'index.json')));
});

test('filters: --task keeps a task and its subtasks, --dataset, --min-results, --paper by arXiv id or title', () => {
  const dir = temp();
  const archive = writeArchiveFile(dir);
  const boardsOf = (out) => readJson(join(out, 'index.json')).tasks.flatMap((t) => t.datasets.map((d) => `${t.task} / ${d.dataset}`));

  assert.equal(run(archive, '-o', join(dir, 't'), '--task', 'question answering').status, 0);
  assert.deepEqual(boardsOf(join(dir, 't')), [
    'Question Answering / SQuAD1.1', 'Open-Domain Question Answering / Natural Questions', 'Open-Domain Biomedical Question Answering / BioASQ',
  ]);
  assert.equal(run(archive, '-o', join(dir, 'd'), '--dataset', 'imagenet', '--task', 'Self-Supervised Learning').status, 0);
  assert.deepEqual(boardsOf(join(dir, 'd')), ['Image Classification / ImageNet']);
  assert.equal(run(archive, '-o', join(dir, 'm'), '--min-results', '2').status, 0);
  assert.deepEqual(boardsOf(join(dir, 'm')), ['Question Answering / SQuAD1.1', 'Named Entity Recognition (NER) / NCBI-disease']);
  const byId = run(archive, '-o', join(dir, 'p'), '--paper', 'arXiv:2104.10344');
  assert.equal(byId.status, 0, byId.stderr);
  assert.match(byId.stdout, /The filters left out 6 boards/);
  assert.deepEqual(boardsOf(join(dir, 'p')), ['Open-Domain Biomedical Question Answering / BioASQ', 'Named Entity Recognition (NER) / NCBI-disease']);
  assert.equal(run(archive, '-o', join(dir, 'q'), '--paper', 'improving biomedical pretrained language models with knowledge').status, 0);
  assert.deepEqual(boardsOf(join(dir, 'q')), boardsOf(join(dir, 'p')));
});

test('--papers and --links join the papers each board cites, and only those', () => {
  const dir = temp();
  const archive = writeArchiveFile(dir);
  // Records shaped as the archive's papers-with-abstracts.json and links-between-papers-and-code.json; the
  // KeBioLM facts are from its Papers with Code page (../shared/seed/pwc-paper-page-kebiolm.txt).
  const papers = join(dir, 'papers-with-abstracts.json.gz');
  writeFileSync(papers, gzipSync(JSON.stringify([
    { paper_url: 'https://paperswithcode.com/paper/an-unrelated-paper', arxiv_id: '1706.03762', title: 'An unrelated paper', abstract: 'Not cited by any board.', url_abs: 'https://arxiv.org/abs/1706.03762', url_pdf: null, proceeding: null, authors: ['Someone'], tasks: [], date: '2017-06-12', methods: [] },
    { paper_url: 'https://paperswithcode.com/paper/improving-biomedical-pretrained-language', arxiv_id: '2104.10344', title: KEBIOLM.title, abstract: 'Pretrained language models have shown success in many natural language processing tasks.', url_abs: 'https://arxiv.org/abs/2104.10344v1', url_pdf: 'https://arxiv.org/pdf/2104.10344v1.pdf', proceeding: 'NAACL (BioNLP) 2021 6', authors: ['Zheng Yuan', 'Yijia Liu', 'Chuanqi Tan', 'Songfang Huang', 'Fei Huang'], tasks: ['Named Entity Recognition (NER)'], date: '2021-04-21', methods: [] },
  ])));
  const links = join(dir, 'links-between-papers-and-code.json');
  writeFileSync(links, JSON.stringify([
    { paper_url: 'https://paperswithcode.com/paper/improving-biomedical-pretrained-language', paper_title: KEBIOLM.title, paper_arxiv_id: '2104.10344', paper_url_abs: 'https://arxiv.org/abs/2104.10344v1', paper_url_pdf: 'https://arxiv.org/pdf/2104.10344v1.pdf', repo_url: 'https://github.com/GanjinZero/KeBioLM', is_official: true, mentioned_in_paper: true, mentioned_in_github: true, framework: 'pytorch' },
  ]));
  const out = join(dir, 'boards');
  const result = run(archive, '--papers', papers, '--links', links, '-o', out);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /Joined \d+ paper records/);
  const ner = readJson(join(out, 'named-entity-recognition-ner/ncbi-disease.json'));
  assert.deepEqual(ner.papers.map((p) => p.title), [KEBIOLM.title]);
  const [paper] = ner.papers;
  assert.match(paper.abstract, /Pretrained language models/);
  assert.equal(paper.venue, 'NAACL (BioNLP) 2021');
  assert.deepEqual(paper.code.map((c) => [c.url, c.official]), [['https://github.com/GanjinZero/KeBioLM', true]]);
  assert.deepEqual(readJson(join(out, 'question-answering/squad1-1.json')).papers, [], 'a board citing no known paper gets none');
  // The joined file is still one the feed layer reads: the same board, now with its paper.
  const again = run(archive, '--papers', papers, '--links', links, '-o', join(dir, 'again'));
  assert.equal(again.status, 0);
  assert.deepEqual(digests(join(dir, 'again')), digests(out));
});

test('a truncated archive exits 1 naming the file and the line and byte where the JSON breaks off', () => {
  const dir = temp();
  const text = JSON.stringify(ARCHIVE, null, 1);
  const path = join(dir, 'cut.json');
  writeFileSync(path, text.slice(0, 900));
  const { status, stderr } = run(path, '-o', join(dir, 'out'));
  assert.equal(status, 1);
  assert.match(stderr, /cut\.json: not valid JSON at line \d+, column \d+ \(byte \d+\)/);
  assert.match(stderr, /truncated/);
  const gz = join(dir, 'cut.json.gz');
  writeFileSync(gz, gzipSync(text).subarray(0, 200));
  const gzRun = run(gz, '-o', join(dir, 'out2'));
  assert.equal(gzRun.status, 1);
  assert.match(gzRun.stderr, /cut\.json\.gz: .*(gzip|byte \d+)/);
});

test('a missing archive, an object instead of a list and a task without a name are problems (exit 1), named', () => {
  const dir = temp();
  const missing = run(join(dir, 'nope.json'), '-o', join(dir, 'out'));
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /nope\.json: no such file/);
  // A papers file that is not there is found before the archive is read, not after.
  const noPapers = run(writeArchiveFile(dir), '--papers', join(dir, 'nope-papers.json'), '-o', join(dir, 'out4'));
  assert.equal(noPapers.status, 1);
  assert.match(noPapers.stderr, /nope-papers\.json: no such file/);
  assert.equal(existsSync(join(dir, 'out4')), false);
  const object = join(dir, 'object.json');
  writeFileSync(object, '{"task": "Question Answering"}');
  assert.match(run(object, '-o', join(dir, 'out')).stderr, /object\.json: the file holds an object, not a list/);
  // A task the feed layer cannot read is skipped with its place named; the rest is still written.
  const nameless = writeArchiveFile(dir, 'nameless.json', [task('Question Answering', [dataset('SQuAD1.1', ['EM'], [row('A', null, { EM: '1' })])]), { datasets: [dataset('X', ['F1'], [])], subtasks: [] }]);
  const skipped = run(nameless, '-o', join(dir, 'out3'));
  assert.equal(skipped.status, 1);
  assert.match(skipped.stderr, /nameless\.json: task \/1\/task: Expected a task name/);
  assert.ok(existsSync(join(dir, 'out3', 'question-answering', 'squad1-1.json')));
});

test('bad usage exits 2 with the usage line', () => {
  const dir = temp();
  const archive = writeArchiveFile(dir);
  for (const args of [[archive], [], [archive, archive, '-o', dir], [archive, '-o', dir, '--min-results', 'many'], [archive, '-o', dir, '--frobnicate']]) {
    const { status, stderr } = run(...args);
    assert.equal(status, 2, `${args.join(' ')}: ${stderr}`);
    assert.match(stderr, /Usage: sota-widgets split ARCHIVE -o DIR/);
  }
  assert.equal(spawnSync(process.execPath, [cli, 'split', '--help'], { encoding: 'utf8' }).status, 0);
});

test('the real evaluation-tables samples in ../shared/data split into their boards, values as written', { skip: !existsSync(new URL('../../../shared/data/sota-extractor-squad-ogb.json', import.meta.url)) }, () => {
  const dir = temp();
  const sample = fileURLToPath(new URL('../../../shared/data/sota-extractor-squad-ogb.json', import.meta.url));
  const { status, stderr } = run(sample, '-o', dir);
  assert.equal(status, 0, stderr);
  const index = readJson(join(dir, 'index.json'));
  const lines = index.tasks.flatMap((t) => t.datasets.map((d) => [t.task, d.dataset, d.results]));
  assert.deepEqual(lines, [['Question Answering', 'SQuAD2.0', 234], ['Question Answering', 'SQuAD1.1', 217], ['Node Property Prediction', 'ogbn-arxiv', 46]]);
  const arxiv = readJson(join(dir, index.tasks[1].datasets[0].file)).leaderboards[0];
  assert.ok(arxiv.results.some((r) => Object.values(r.values).some((v) => typeof v === 'string' && v.includes('±'))), 'ogbn-arxiv keeps its "±" values');
  assert.equal(arxiv.source.url.startsWith('https://'), true, 'the task\'s source_link is the board\'s source');
});

test('a tiny archive from the benchmark generator splits with every generated result accounted for', async () => {
  const dir = temp();
  const path = join(dir, 'generated.json.gz');
  await writeArchive(path, { scale: 0.004, seed: 3, gzip: true });
  const out = join(dir, 'boards');
  const { status, stderr } = run(path, '-o', out);
  assert.equal(status, 0, stderr);
  const index = readJson(join(out, 'index.json'));
  const results = index.tasks.flatMap((t) => t.datasets).reduce((sum, d) => sum + d.results, 0);
  assert.equal(results, 240);
});

test('the demo\'s SQuAD feeds are a curated subset of what split makes of the archive-format sample they came from', { skip: !existsSync(new URL('../../../shared/data/sota-extractor-squad-ogb.json', import.meta.url)) }, () => {
  const dir = temp();
  assert.equal(run(fileURLToPath(new URL('../../../shared/data/sota-extractor-squad-ogb.json', import.meta.url)), '-o', dir, '--task', 'Question Answering').status, 0);
  const rowKey = (r) => JSON.stringify([r.model, r.date ?? null, Object.entries(r.values).sort()]);
  for (const name of ['squad.json', 'live.json']) {
    const demo = readJson(fileURLToPath(new URL(`../../demo/feeds/${name}`, import.meta.url)));
    for (const board of demo.leaderboards) {
      const split = readJson(join(dir, 'question-answering', `${board.dataset.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.json`)).leaderboards[0];
      const rows = new Set(split.results.map(rowKey));
      const missing = board.results.filter((r) => !rows.has(rowKey(r))).map((r) => r.model);
      assert.deepEqual(missing, [], `${name} ${board.dataset}: rows not in the split board`);
    }
  }
});
