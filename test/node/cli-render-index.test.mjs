// `sota-widgets render` on a page with <sota-index> (an index file) and a <sota-table> fed a CSV file: with
// JavaScript disabled both show what the elements render client-side from the same files; with the script-tag file,
// <sota-index> is loaded from its chunk and takes over the shadow root the page came with, nothing shown twice.
// Needs `npm run build` first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, scriptTagRoutes, servePages } from './policy-pages.mjs';

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const file = (path) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

// Pre-rendered shadow roots carry their styles inline.
const CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'";

const ELEMENTS = `<sota-index src="index.json" highlight="KeBioLM"></sota-index>
<sota-table src="results.csv" dataset="NCBI-disease"></sota-table>`;

const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>All benchmarks</title><link rel="icon" href="data:,">
<script type="module" src="/sota-widgets.js"></script></head>
<body>
${ELEMENTS}
</body></html>`;

let rendered;
let rendering;
let server;
let browser;

before(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sota-render-index-'));
  copyFileSync(file('demo/feeds/index.json'), join(dir, 'index.json'));
  copyFileSync(file('test/fixtures/kebiolm-results.csv'), join(dir, 'results.csv'));
  writeFileSync(join(dir, 'page.html'), page);
  rendering = spawnSync(process.execPath, [cli, 'render', 'page.html'], { cwd: dir, encoding: 'utf8' });
  rendered = readFileSync(join(dir, 'page.html'), 'utf8');
  server = await servePages(CSP, {
    '/page.html': ['text/html', () => rendered],
    '/client.html': ['text/html', () => page],
    '/index.json': ['application/json', () => readFileSync(file('demo/feeds/index.json'))],
    '/results.csv': ['text/csv', () => readFileSync(file('test/fixtures/kebiolm-results.csv'))],
    ...scriptTagRoutes('/'),
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The index's rows and the table's rows, as text. */
function shown(tab) {
  return tab.evaluate(() => {
    const rows = (tag) => [...document.querySelector(tag).shadowRoot?.querySelectorAll('tbody tr') ?? []]
      .map((row) => row.textContent.replace(/\s+/g, ' ').trim());
    return { index: rows('sota-index'), table: rows('sota-table') };
  });
}

test('render pre-renders <sota-index> and a table read from CSV', () => {
  assert.equal(rendering.status, 0, rendering.stderr);
  assert.match(rendering.stderr, /^page\.html: 2 elements pre-rendered$/m);
});

test('with JavaScript disabled the pre-rendered index and CSV table show what the elements render', async () => {
  const client = await browser.newPage();
  await client.goto(`${server.origin}/client.html`);
  await client.waitForFunction(() => ['sota-index', 'sota-table'].every((tag) => document.querySelector(tag).shadowRoot?.querySelector('tbody tr')
    && !document.querySelector(tag).hasAttribute('aria-busy')));
  const expected = await shown(client);
  await client.close();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await context.newPage();
  await noScript.goto(`${server.origin}/page.html`);
  const got = await shown(noScript);
  await context.close();
  assert.equal(got.index.filter((row) => /KeBioLM/.test(row)).length, 5, 'the five boards KeBioLM leads');
  assert.deepEqual(got.index, expected.index);
  assert.deepEqual(got.table, expected.table);
  assert.equal(got.table.length, 2);
});

test('with the script-tag file <sota-index> loads from its chunk and takes over its pre-rendered shadow root', async () => {
  const tab = await browser.newPage();
  const problems = [];
  tab.on('pageerror', (error) => problems.push(error.message));
  await tab.addInitScript(() => document.addEventListener('readystatechange', () => {
    if (document.readyState === 'interactive') window.root = document.querySelector('sota-index').shadowRoot;
  }));
  await tab.goto(`${server.origin}/page.html`);
  await tab.waitForFunction(() => customElements.get('sota-index') && document.querySelector('sota-index').hasUpdated);
  await tab.evaluate(() => document.querySelector('sota-index').updateComplete);
  const state = await tab.evaluate(() => ({
    pageRoot: window.root instanceof ShadowRoot,
    sameRoot: document.querySelector('sota-index').shadowRoot === window.root,
    tables: document.querySelector('sota-index').shadowRoot.querySelectorAll('table').length,
  }));
  const got = await shown(tab);
  await tab.close();
  assert.deepEqual(problems, []);
  assert.deepEqual(state, { pageRoot: true, sameRoot: true, tables: 1 });
  assert.equal(got.index.length, 16, 'four task rows and twelve boards, once each');
});
