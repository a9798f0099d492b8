// `sota-widgets badge` as a user runs it (child process, real files), checked against what <sota-table> shows for
// the same board: every KeBioLM board of the demo feed, the table rendered by the script-tag build in Chromium.
// The KeBioLM values themselves are the archive's (../shared/seed/pwc-paper-page-kebiolm.txt, "Results" table).
// Needs `npm run build` first (npm test builds before this).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, servePages } from './policy-pages.mjs';

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const feedPath = fileURLToPath(new URL('../../demo/feeds/kebiolm.json', import.meta.url));
const run = (args, options = {}) => spawnSync(process.execPath, [cli, 'badge', ...args], { encoding: 'utf8', ...options });

// KeBioLM's F1 on each board, as the Papers with Code archive's paper page lists them.
const ARCHIVE = {
  GAD: '84.3', DDI: '81.9', ChemProt: '77.5', 'NCBI-disease': '89.1',
  'BC5CDR-chemical': '93.3', 'BC5CDR-disease': '86.1', BC2GM: '85.1', JNLPBA: '82',
};

let browser;
let server;
let dir;
let made;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sota-badge-'));
  const result = run([feedPath, '--paper', 'kebiolm', '--all', '-o', join(dir, 'badges')], { cwd: dir });
  assert.equal(result.status, 0, result.stderr);
  made = readdirSync(join(dir, 'badges')).sort();
  const feed = readFileSync(feedPath, 'utf8');
  // One table per board, as a README's reader would see it on the project's page.
  const tables = Object.keys(ARCHIVE).map((dataset) => `<sota-table src="/feed.json" dataset="${dataset}" highlight="KeBioLM"></sota-table>`);
  server = await servePages("default-src 'self'", {
    '/feed.json': ['application/json', () => feed],
    '/sota-widgets.js': ['text/javascript', () => readFileSync(new URL('../../dist/sota-widgets.js', import.meta.url))],
    '/tables.html': ['text/html', () => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>tables</title>
      <script type="module" src="/sota-widgets.js"></script></head><body>${tables.join('\n')}</body></html>`],
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('badge --all writes a light and a dark badge per KeBioLM board, and badges.md with <picture>', () => {
  const stems = ['bc2gm', 'bc5cdr-chemical', 'bc5cdr-disease', 'chemprot', 'ddi', 'gad', 'jnlpba', 'ncbi-disease'];
  assert.deepEqual(made, ['badges.md', ...stems.flatMap((s) => [`${s}-dark.svg`, `${s}.svg`])].sort());
  const markdown = readFileSync(join(dir, 'badges', 'badges.md'), 'utf8');
  assert.equal(markdown.match(/<picture>/g).length, 8);
  assert.match(markdown, /<source media="\(prefers-color-scheme: dark\)" srcset="ncbi-disease-dark.svg">\n {2}<img alt="NCBI-disease: #6 of 18 · F1 89.1" src="ncbi-disease.svg">/);
  const light = readFileSync(join(dir, 'badges', 'ncbi-disease.svg'), 'utf8');
  const dark = readFileSync(join(dir, 'badges', 'ncbi-disease-dark.svg'), 'utf8');
  assert.notEqual(light, dark, 'the dark badge has its own colours');
});

test('every badge is valid SVG with <title> and aria-label saying the same', async () => {
  const page = await browser.newPage();
  for (const file of made.filter((name) => name.endsWith('.svg'))) {
    const text = readFileSync(join(dir, 'badges', file), 'utf8');
    const found = await page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: root.localName, namespace: root.namespaceURI, role: root.getAttribute('role'),
        label: root.getAttribute('aria-label'), title: root.querySelector(':scope > title')?.textContent ?? null,
      };
    }, text);
    assert.equal(found.error, null, `${file} parses as SVG`);
    assert.equal(found.root, 'svg');
    assert.equal(found.namespace, 'http://www.w3.org/2000/svg');
    assert.equal(found.role, 'img');
    assert.match(found.label, /^\S.*: (SOTA|#\d+ of \d+) · F1 [\d.]+$/, file);
    assert.equal(found.title, found.label, file);
  }
  await page.close();
});

test('each badge says the rank, count and value <sota-table> shows for KeBioLM on that board', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/tables.html`);
  await page.waitForFunction(() => [...document.querySelectorAll('sota-table')]
    .every((table) => table.shadowRoot?.querySelector('tr.highlighted')));
  const tables = await page.evaluate(() => [...document.querySelectorAll('sota-table')].map((table) => {
    const root = table.shadowRoot;
    const headers = [...root.querySelectorAll('thead th')].map((th) => th.textContent.trim());
    const f1 = headers.findIndex((text) => /^F1\b/.test(text));
    const row = root.querySelector('tr.highlighted');
    return {
      dataset: table.getAttribute('dataset'),
      rank: row.querySelector('.rank').textContent.trim(),
      // What the cell shows on screen: the "(best)" read to screen readers is not part of the value.
      value: [...row.children[f1].childNodes].filter((node) => node.nodeType === Node.TEXT_NODE || (node.nodeType === Node.ELEMENT_NODE && !node.classList.contains('visually-hidden')))
        .map((node) => node.textContent).join('').trim(),
      ranked: [...root.querySelectorAll('tbody .rank')].filter((cell) => /^\d+$/.test(cell.textContent.trim())).length,
    };
  }));
  await page.close();
  assert.equal(tables.length, Object.keys(ARCHIVE).length);
  for (const { dataset, rank, value, ranked } of tables) {
    assert.equal(value, ARCHIVE[dataset], `the table shows the archive's ${dataset} value`);
    const svg = readFileSync(join(dir, 'badges', `${dataset.toLowerCase()}.svg`), 'utf8');
    const label = /aria-label="([^"]*)"/.exec(svg)[1];
    const standing = rank === '1' ? 'SOTA' : `#${rank} of ${ranked}`;
    assert.equal(label, `${dataset}: ${standing} · F1 ${value}`);
  }
});

test('badge for one board writes SVG to stdout, or a shields endpoint file with --format json', () => {
  const svg = run([feedPath, '--dataset', 'ncbi disease', '--paper', '2104.10344']);
  assert.equal(svg.status, 0, svg.stderr);
  assert.match(svg.stdout, /^<svg [^>]*aria-label="NCBI-disease: #6 of 18 · F1 89.1"/);
  const json = run([feedPath, '--dataset', 'NCBI-disease', '--model', 'KeBioLM', '--format', 'json', '--theme', 'dark', '-o', join(dir, 'e.json')]);
  assert.equal(json.status, 0, json.stderr);
  const endpoint = JSON.parse(readFileSync(join(dir, 'e.json'), 'utf8'));
  assert.deepEqual({ ...endpoint, color: undefined, labelColor: undefined }, {
    schemaVersion: 1, label: 'NCBI-disease', message: '#6 of 18 · F1 89.1', style: 'flat', color: undefined, labelColor: undefined,
  });
  assert.match(endpoint.color, /^#[0-9a-f]{6}$/);
});

test('badge reads the feed from stdin and names the leader without a model or paper', () => {
  const result = run(['-', '--dataset', 'BC2GM'], { input: readFileSync(feedPath) });
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /aria-label="BC2GM: SOTA KeBioLM · F1 85.1"/);
});

test('badge explains what went wrong: exit 2 for usage, 1 for a board, model or file it cannot find', () => {
  const usage = run([feedPath, '--paper', 'kebiolm']);
  assert.equal(usage.status, 2);
  assert.match(usage.stderr, /--dataset \(or --task\) names the leaderboard/);
  assert.equal(run([feedPath, '--dataset', 'GAD', '--style', 'round']).status, 2);
  const board = run([feedPath, '--dataset', 'NCBI']);
  assert.equal(board.status, 1);
  assert.match(board.stderr, /No leaderboard matches "NCBI"\. Nearest: Named Entity Recognition \(NER\) on NCBI-disease/);
  const model = run([feedPath, '--dataset', 'GAD', '--model', 'GPT-9']);
  assert.equal(model.status, 1);
  assert.match(model.stderr, /has no result for the model "GPT-9"/);
  const missing = run(['nope.json', '--dataset', 'GAD'], { cwd: dir });
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /nope\.json: no such file/);
  writeFileSync(join(dir, 'broken.json'), '{\n  "version": 1,\n  "leaderboards": [}\n');
  const broken = run(['broken.json', '--dataset', 'GAD'], { cwd: dir });
  assert.equal(broken.status, 1);
  assert.match(broken.stderr, /broken\.json:3:\d+: .*not valid JSON/);
});

test('sota-widgets/static imports in plain Node and words a standing as the CLI does', async () => {
  const { parseFeed } = await import('sota-widgets/feed');
  const { boardStanding, badgeWording, badgeSvg } = await import('sota-widgets/static');
  const feed = parseFeed(JSON.parse(readFileSync(feedPath, 'utf8')));
  const wording = badgeWording(boardStanding(feed, { dataset: 'BC5CDR-chemical', paper: 'KeBioLM' }));
  assert.deepEqual(wording, { label: 'BC5CDR-chemical', message: '#2 of 7 · F1 93.3', tier: 'top' });
  assert.match(badgeSvg(wording, { style: 'for-the-badge' }), /aria-label="BC5CDR-CHEMICAL: #2 OF 7 · F1 93.3"/, "for-the-badge is badge-maker's upper case");
});
