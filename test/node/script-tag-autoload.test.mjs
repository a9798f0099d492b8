// The script-tag files load the elements they do not carry (<sota-index>) from the chunk beside them, the first time
// a page has one: in the HTML, or added later by a script. A page without one never fetches it. Strict CSP, as a
// user's page may have. Needs `npm run build` first (npm test builds before this).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium, scriptTagRoutes, servePages } from './policy-pages.mjs';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";

// Made-up boards: what is tested is loading, not the data.
const feed = {
  version: 1,
  leaderboards: [
    { task: 'Question Answering', dataset: 'Toy QA', metrics: ['F1'],
      results: [{ model: 'Model A', date: '2019-01-10', values: { F1: 80.1 } }, { model: 'Model B', date: '2020-03-02', values: { F1: 85.4 } }] },
    { task: 'Question Answering', dataset: 'Toy QA 2', metrics: ['EM'], results: [{ model: 'Model C', date: '2021-07-19', values: { EM: 70 } }] },
  ],
};

const page = (script, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>autoload</title><link rel="icon" href="data:,">${script}</head>
<body>${body}<script type="module" src="/add-later.js"></script></body></html>`;
const moduleTag = '<script type="module" src="/dist/sota-widgets.js"></script>';
const classicTag = '<script src="/dist/sota-widgets.iife.js"></script>';

const pages = {
  '/module.html': page(moduleTag, '<sota-index src="/feed.json"></sota-index>'),
  '/classic.html': page(classicTag, '<sota-index src="/feed.json"></sota-index>'),
  '/table-only.html': page(moduleTag, '<sota-table src="/feed.json" dataset="Toy QA"></sota-table>'),
  '/later.html': page(moduleTag, '<sota-table src="/feed.json" dataset="Toy QA"></sota-table><div id="later"></div>'),
};

// On /later.html a script adds a <sota-index> (nested in a div) two seconds after the elements rendered.
const addLater = `if (location.pathname === '/later.html') {
  setTimeout(() => { const box = document.createElement('section'); box.innerHTML = '<div><sota-index src="/feed.json"></sota-index></div>';
    document.querySelector('#later').append(box); }, 500);
}`;

let server;
let browser;

before(async () => {
  const routes = { '/feed.json': ['application/json', () => JSON.stringify(feed)], '/add-later.js': ['text/javascript', () => addLater] };
  for (const [path, html] of Object.entries(pages)) routes[path] = ['text/html; charset=utf-8', () => html];
  Object.assign(routes, scriptTagRoutes('/dist/'));
  server = await servePages(CSP, routes);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page; returns the datasets <sota-index> lists (or null), the chunks fetched and every problem seen. */
async function open(path, waitForIndex = true) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const problems = [];
  const chunks = [];
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  tab.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
  tab.on('request', (request) => request.url().includes('/dist/sota-widgets/') && chunks.push(request.url().replace(/.*\/dist\/sota-widgets\//, '')));
  await tab.goto(server.origin + path);
  let datasets = null;
  if (waitForIndex) {
    await tab.waitForFunction(() => document.querySelector('sota-index')?.shadowRoot?.textContent.includes('Toy QA 2'), null, { timeout: 20_000 })
      .catch(() => problems.push('<sota-index> did not list "Toy QA 2" within 20 s'));
    datasets = await tab.evaluate(() => [...document.querySelector('sota-index')?.shadowRoot?.querySelectorAll('tbody [part~="dataset"]') ?? []]
      .map((cell) => cell.textContent.trim()));
  } else {
    await tab.waitForFunction(() => document.querySelector('sota-table')?.shadowRoot?.textContent.includes('Model B'), null, { timeout: 20_000 });
  }
  await context.close();
  return { datasets, chunks, problems };
}

for (const [name, path] of [['module', '/module.html'], ['classic', '/classic.html']]) {
  test(`the ${name} script-tag file defines <sota-index> from its chunk when the page has one`, async () => {
    const { datasets, chunks, problems } = await open(path);
    assert.deepEqual(problems, []);
    assert.deepEqual(datasets, ['Toy QA', 'Toy QA 2']);
    assert.equal(chunks.filter((chunk) => /^sota-index-[\w-]+\.js$/.test(chunk)).length, 1, `one sota-index chunk among ${chunks.join(', ')}`);
  });
}

test('a page without <sota-index> never fetches its chunk', async () => {
  const { chunks, problems } = await open('/table-only.html', false);
  assert.deepEqual(problems, []);
  assert.deepEqual(chunks.filter((chunk) => chunk.startsWith('sota-index')), []);
});

test('a <sota-index> added by a script after load is defined and renders', async () => {
  const { datasets, problems } = await open('/later.html');
  assert.deepEqual(problems, []);
  assert.deepEqual(datasets, ['Toy QA', 'Toy QA 2']);
});
