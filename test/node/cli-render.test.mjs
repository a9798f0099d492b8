// `sota-widgets render` as a user runs it on a built page, then the page in Chromium: with JavaScript disabled the
// Declarative Shadow DOM shows every row, the chart and the card (their text compared with what the elements
// render client-side from the same feed); with the script, the elements take over in the shadow roots the page
// came with, nothing moves (layout-shift entries), and sorting works. Needs `npm run build` first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, servePages } from './policy-pages.mjs';

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const feedPath = fileURLToPath(new URL('../../demo/feeds/kebiolm.json', import.meta.url));
const run = (args, options = {}) => spawnSync(process.execPath, [cli, 'render', ...args], { encoding: 'utf8', ...options });

// The elements' inline styles come with them in the shadow roots, so a pre-rendered page needs inline styles.
const CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'";

const page = (body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>KeBioLM</title><link rel="icon" href="data:,">
<script type="module" src="/sota-widgets.js"></script></head>
<body>
<h1>KeBioLM</h1>
${body}
<p id="after">Text after the elements.</p>
</body></html>`;

const ELEMENTS = `<paper-card src="kebiolm.json" paper="kebiolm"></paper-card>
<sota-table src="kebiolm.json" dataset="NCBI-disease" highlight="KeBioLM"></sota-table>
<metric-trend src="kebiolm.json" dataset="NCBI-disease" highlight="KeBioLM"></metric-trend>`;

let dir;
let rendered;
let rendering;
let server;
let browser;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sota-render-'));
  copyFileSync(feedPath, join(dir, 'kebiolm.json'));
  writeFileSync(join(dir, 'page.html'), page(ELEMENTS));
  writeFileSync(join(dir, 'broken.html'), page(`<sota-table src="missing.json" dataset="GAD"></sota-table>\n${ELEMENTS}`));
  rendering = run(['page.html', 'broken.html'], { cwd: dir });
  rendered = readFileSync(join(dir, 'page.html'), 'utf8');
  const dist = (file) => () => readFileSync(new URL(`../../dist/${file}`, import.meta.url));
  server = await servePages(CSP, {
    '/page.html': ['text/html', () => rendered],
    '/client.html': ['text/html', () => page(ELEMENTS)],
    '/kebiolm.json': ['application/json', () => readFileSync(feedPath)],
    '/sota-widgets.js': ['text/javascript', dist('sota-widgets.js')],
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** What each element shows: the table's rows, the chart's dots and summary, the card's title and results. */
function shown(page) {
  return page.evaluate(() => {
    const root = (tag) => document.querySelector(tag).shadowRoot;
    const text = (node) => node?.textContent.replace(/\s+/g, ' ').trim() ?? null;
    return {
      rows: [...root('sota-table').querySelectorAll('tbody tr')].map(text),
      dots: root('metric-trend').querySelectorAll('svg.chart circle').length,
      ticks: [...root('metric-trend').querySelectorAll('svg.chart .tick-label')].map(text),
      summary: text(root('metric-trend').querySelector('.summary')),
      title: text(root('paper-card').querySelector('.title')),
      results: [...root('paper-card').querySelectorAll('tbody tr')].map(text),
    };
  });
}

test('render pre-renders each element, and names the page and element it cannot render', () => {
  assert.equal(rendering.status, 1, 'an element left unrendered is a problem found');
  assert.match(rendering.stderr, /^page\.html: 3 elements pre-rendered$/m);
  assert.match(rendering.stderr, /^broken\.html:6: <sota-table src="missing\.json" dataset="GAD"> left as it was: .*missing\.json: no such file\.$/m);
  assert.equal(rendered.match(/<template shadowrootmode="open"|<template shadowroot="open" shadowrootmode="open"/g).length, 3);
  const broken = readFileSync(join(dir, 'broken.html'), 'utf8');
  assert.match(broken, /<sota-table src="missing\.json" dataset="GAD"><\/sota-table>/, 'the element it could not render is as it was');
  // The page around the elements is untouched: take the templates out and it is the page as written.
  assert.equal(rendered.replace(/<template shadowroot[^]*?<\/template>(?=<\/(sota-table|metric-trend|paper-card)>)/g, ''), page(ELEMENTS));
  const again = run(['page.html'], { cwd: dir });
  assert.equal(again.status, 0, again.stderr);
  assert.equal(readFileSync(join(dir, 'page.html'), 'utf8'), rendered, 'a rendered page is left alone');
});

test('with JavaScript disabled the rendered page shows every row, the chart and the card, as the elements render them', async () => {
  const client = await browser.newPage();
  await client.goto(`${server.origin}/client.html`);
  await client.waitForFunction(() => ['sota-table', 'metric-trend', 'paper-card']
    .every((tag) => document.querySelector(tag).shadowRoot?.querySelector('table, svg.chart') && !document.querySelector(tag).hasAttribute('aria-busy')));
  const expected = await shown(client);
  await client.close();

  const context = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await context.newPage();
  await noScript.goto(`${server.origin}/page.html`);
  const got = await shown(noScript);
  await context.close();
  assert.equal(got.rows.length, 18, 'all 18 NCBI-disease results');
  assert.deepEqual(got.rows, expected.rows);
  assert.equal(got.dots, expected.dots);
  assert.ok(got.dots >= 16);
  assert.deepEqual(got.ticks.filter((t) => /^\d{4}$/.test(t)).length > 0, true, 'the time axis is labelled');
  assert.equal(got.summary, expected.summary);
  assert.equal(got.title, expected.title);
  assert.deepEqual(got.results, expected.results);
});

test('with the script the elements take over in the shadow roots the page came with: no layout shift, and sorting works', async () => {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((entry) => entry.value)))
      .observe({ type: 'layout-shift', buffered: true });
    // Parsing is done, the declarative shadow roots are attached, and the module script has not run yet.
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') {
        window.roots = ['sota-table', 'metric-trend', 'paper-card'].map((tag) => document.querySelector(tag).shadowRoot);
      }
    });
  });
  await page.goto(`${server.origin}/page.html`);
  await page.waitForFunction(() => ['sota-table', 'metric-trend', 'paper-card'].every((tag) => {
    const element = document.querySelector(tag);
    return customElements.get(tag) && element.hasUpdated && !element.hasAttribute('aria-busy');
  }));
  await page.evaluate(() => Promise.all(['sota-table', 'metric-trend', 'paper-card'].map((tag) => document.querySelector(tag).updateComplete)));
  await page.waitForTimeout(300);
  const state = await page.evaluate(() => ({
    pageRoots: window.roots.every((root) => root instanceof ShadowRoot),
    sameRoots: ['sota-table', 'metric-trend', 'paper-card'].every((tag, i) => document.querySelector(tag).shadowRoot === window.roots[i]),
    rows: document.querySelector('sota-table').shadowRoot.querySelectorAll('tbody tr').length,
    charts: document.querySelector('metric-trend').shadowRoot.querySelectorAll('svg.chart').length,
    cards: document.querySelector('paper-card').shadowRoot.querySelectorAll('article').length,
    shifts: window.shifts,
  }));
  assert.ok(state.pageRoots, 'the page came with declarative shadow roots');
  assert.ok(state.sameRoots, 'no shadow root was replaced');
  assert.deepEqual([state.rows, state.charts, state.cards], [18, 1, 1], 'the pre-rendered content made way: nothing twice');
  assert.deepEqual(state.shifts, [], 'no layout shift');

  const table = page.locator('sota-table');
  await table.getByRole('button', { name: /^Model/ }).click();
  const models = await page.evaluate(() => [...document.querySelector('sota-table').shadowRoot.querySelectorAll('tbody th.model')].map((th) => th.textContent.trim()));
  assert.deepEqual(models, [...models].sort((a, b) => a.localeCompare(b)), 'sorted by model name');
  assert.notEqual(models[0], 'BioBERT');
  await page.close();
});
