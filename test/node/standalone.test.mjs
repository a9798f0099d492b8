// The script-tag files work from a plain HTML page with no build step: dist/sota-widgets.js as
// <script type="module">, dist/sota-widgets.iife.js as a classic <script>, and both on one page (a CDN copy beside
// another copy). Pages come from a tiny static server on loopback under a strict Content-Security-Policy, and are
// opened in headless Chromium through playwright-core. Needs `npm run build` first (npm test builds before this).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium, scriptTagRoutes, servePages } from './policy-pages.mjs';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";

// Made-up models and papers: what is tested is loading and rendering, not the data.
const feed = {
  version: 1,
  leaderboards: [{
    id: 'toy-qa', task: 'Question Answering', dataset: 'Toy QA', metrics: ['F1'],
    results: [
      { model: 'Model A', date: '2019-01-10', values: { F1: 80.1 }, paper: 'paper-a' },
      { model: 'Model B', date: '2020-03-02', values: { F1: 85.4 }, paper: 'paper-b' },
      { model: 'Model C', date: '2021-07-19', values: { F1: 83.0 } },
    ],
  }],
  papers: [
    { id: 'paper-a', title: 'Model A: a made-up paper', authors: ['Ada Example'], date: '2019-01-10' },
    { id: 'paper-b', title: 'Model B: another made-up paper', authors: ['Bo Example'], date: '2020-03-02' },
  ],
};

/** A page a blogger could write: one script tag and three elements, one fed inline, two by URL. */
const page = (scripts) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>script-tag test</title>
<link rel="icon" href="data:,">${scripts}</head>
<body>
  <sota-table src="/feed.json" dataset="Toy QA"></sota-table>
  <metric-trend dataset="Toy QA" metric="F1"><script type="application/json">${JSON.stringify(feed)}</script></metric-trend>
  <paper-card src="/feed.json" paper="paper-b"></paper-card>
</body></html>`;

const pages = {
  '/module.html': page('<script type="module" src="/dist/sota-widgets.js"></script>'),
  '/classic.html': page('<script src="/dist/sota-widgets.iife.js"></script>'),
  '/both.html': page('<script src="/dist/sota-widgets.iife.js"></script>'
    + '<script type="module" src="/dist/sota-widgets.js"></script>'),
};

// The same paper card in a wide and a narrow column: its results table switches layout on the card's width through a
// container query, which the script-tag build's CSS minifier must keep.
pages['/widths.html'] = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>widths</title><link rel="icon" href="data:,">
<script type="module" src="/dist/sota-widgets.js"></script></head>
<body>
  <div id="wide"><paper-card src="/feed.json" paper="paper-b"></paper-card></div>
  <div id="narrow"><paper-card src="/feed.json" paper="paper-b"></paper-card></div>
</body></html>`;

let server;
let origin;
let browser;

before(async () => {
  const routes = { '/feed.json': ['application/json', () => JSON.stringify(feed)] };
  for (const [path, html] of Object.entries(pages)) routes[path] = ['text/html; charset=utf-8', () => html];
  Object.assign(routes, scriptTagRoutes('/dist/'));
  server = await servePages(CSP, routes);
  origin = server.origin;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page and reports what each element shows, and every error and CSP violation on the way. */
async function open(path) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const problems = [];
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  tab.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
  tab.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()}: ${response.url()}`));
  await tab.addInitScript(() => document.addEventListener('securitypolicyviolation',
    (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)));
  await tab.goto(origin + path);
  const shown = (selector) => tab.evaluate((css) => {
    const [tag, inner] = css.split(' >> ');
    return [...(document.querySelector(tag)?.shadowRoot?.querySelectorAll(inner) ?? [])]
      .map((node) => node.textContent.trim());
  }, selector);
  // Rendering waits for fetches and a layout pass: poll what is shown rather than guessing a delay.
  await tab.waitForFunction(() => ['sota-table', 'metric-trend', 'paper-card'].every(
    (tag) => document.querySelector(tag)?.shadowRoot?.textContent.includes('Model B')), null, { timeout: 20_000 })
    .catch(() => problems.push('not every element showed "Model B" within 20 s'));
  const result = {
    problems,
    defined: await tab.evaluate(() => ['sota-table', 'metric-trend', 'paper-card'].map((tag) => !!customElements.get(tag))),
    models: await shown('sota-table >> tbody [part~="model"]'),
    points: (await shown('metric-trend >> [part~="point"]')).length,
    title: (await shown('paper-card >> [part~="title"]'))[0],
    globalApi: await tab.evaluate(() => typeof globalThis.SotaWidgets?.parseFeed),
  };
  await context.close();
  return result;
}

function assertAllThreeWork(result) {
  assert.deepEqual(result.problems, []);
  assert.deepEqual(result.defined, [true, true, true]);
  assert.deepEqual(result.models, ['Model B', 'Model C', 'Model A']);
  assert.equal(result.points, 3);
  assert.equal(result.title, 'Model B: another made-up paper');
}

test('dist/sota-widgets.js as <script type="module"> shows all three elements under a strict CSP', async () => {
  const result = await open('/module.html');
  assertAllThreeWork(result);
  assert.equal(result.globalApi, 'undefined', 'the module build adds no global');
});

test('dist/sota-widgets.iife.js as a classic <script> shows all three elements and exposes SotaWidgets', async () => {
  const result = await open('/classic.html');
  assertAllThreeWork(result);
  assert.equal(result.globalApi, 'function');
});

test('both script-tag files on one page (two copies of the library) define once and never throw', async () => {
  assertAllThreeWork(await open('/both.html'));
});

test('the script-tag build keeps container queries: a wide paper-card shows a table, a narrow one stacks its rows',
  async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    const tab = await context.newPage();
    await tab.goto(`${origin}/widths.html`);
    await tab.evaluate(() => {
      document.querySelector('#wide').style.width = '860px';
      document.querySelector('#narrow').style.width = '300px';
    });
    await tab.waitForFunction(() => [...document.querySelectorAll('paper-card')]
      .every((card) => card.shadowRoot?.querySelector('tbody tr')), null, { timeout: 20_000 });
    const layout = await tab.evaluate(() => Object.fromEntries(['wide', 'narrow'].map((id) => {
      const root = document.querySelector(`#${id} paper-card`).shadowRoot;
      return [id, { thead: getComputedStyle(root.querySelector('thead')).position,
        row: getComputedStyle(root.querySelector('tbody tr')).display }];
    })));
    await context.close();
    assert.deepEqual(layout, { wide: { thead: 'static', row: 'table-row' }, narrow: { thead: 'absolute', row: 'block' } });
  });
