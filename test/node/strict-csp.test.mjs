// All three elements on a page served with the strictest policy a careful host would use, Trusted Types included:
//   Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'
// A node test rather than a wtr one, because wtr's own test page runs inline scripts that this policy forbids: a
// loopback static server (node:http) serves dist/sota-widgets.js, one HTML page and a feed, and headless Chromium
// (playwright-core) opens it. A `securitypolicyviolation` listener counts violations while the page loads and while
// a user sorts, opens the abstract, toggles the chart's table and uses every export button. Two control tests
// prove the policy is in force and that the listener does see a violation. Needs `npm run build` first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium, scriptTagRoutes, servePages } from './policy-pages.mjs';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

// Made-up models and paper: what is tested is the policy, not the data.
const feed = {
  version: 1,
  leaderboards: [{
    task: 'Question Answering', dataset: 'Toy QA', metrics: ['F1'],
    results: [
      { model: 'Model A', date: '2019-01-10', values: { F1: 80.1 }, paper: 'paper-a', code: ['https://example.org/a'] },
      { model: 'Model B', date: '2020-03-02', values: { F1: 85.4 }, paper: 'paper-a' },
      { model: 'Model C', date: '2021-07-19', values: { F1: 83.0 } },
    ],
  }],
  papers: [{
    id: 'paper-a', title: 'Model A: a made-up paper', authors: ['Ada Example', 'Bo Example'], date: '2019-01-10',
    url: 'https://example.org/paper-a', abstract: 'A made-up abstract that goes on. '.repeat(40), tasks: ['Question Answering'],
  }],
};

// The page's only script is the bundle (external, 'self'); the listener is in its own external file for the same reason.
const listener = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));`;
const page = (script) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>strict CSP</title><link rel="icon" href="/favicon.ico">
<script src="/listen.js"></script>${script}</head>
<body>
  <sota-table src="/feed.json" dataset="Toy QA"></sota-table>
  <metric-trend src="/feed.json" dataset="Toy QA" metric="F1"></metric-trend>
  <paper-card src="/feed.json" paper="paper-a"></paper-card>
</body></html>`;

const files = {
  '/': ['text/html; charset=utf-8', () => page('<script type="module" src="/sota-widgets.js"></script>')],
  '/classic': ['text/html; charset=utf-8', () => page('<script src="/sota-widgets.iife.js"></script>')],
  '/listen.js': ['text/javascript', () => listener],
  '/feed.json': ['application/json', () => JSON.stringify(feed)],
  '/favicon.ico': ['image/x-icon', () => ''],
};

let server;
let origin;
let browser;

before(async () => {
  server = await servePages(CSP, { ...files, ...scriptTagRoutes('/') });
  origin = server.origin;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the page with every error recorded, and waits until all three elements show the data. */
async function open(path = '/') {
  const context = await browser.newContext({ acceptDownloads: true });
  const tab = await context.newPage();
  const problems = [];
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  tab.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
  await tab.goto(origin + path);
  await tab.waitForFunction(() => ['sota-table', 'metric-trend', 'paper-card'].every(
    (tag) => document.querySelector(tag)?.shadowRoot?.textContent.includes('Model A')), null, { timeout: 20_000 });
  return { context, tab, problems };
}

/** Clicks the first element matching `css` inside `tag`'s shadow root. */
async function press(tab, tag, css) {
  await tab.locator(tag).locator(css).first().click();
  await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
}

for (const [build, path] of [['dist/sota-widgets.js (module)', '/'], ['dist/sota-widgets.iife.js (classic script)', '/classic']]) {
  test(`${build}: all three elements render under the strict policy with Trusted Types, no violation`, async () => {
    const { context, tab, problems } = await open(path);
    const shown = await tab.evaluate(() => ({
      rows: document.querySelector('sota-table').shadowRoot.querySelectorAll('tbody [part~="row"], tbody tr').length,
      points: document.querySelector('metric-trend').shadowRoot.querySelectorAll('[part~="point"]').length,
      title: document.querySelector('paper-card').shadowRoot.querySelector('[part~="title"]')?.textContent.trim(),
      display: ['sota-table', 'metric-trend', 'paper-card'].map((tag) => getComputedStyle(document.querySelector(tag)).display),
    }));
    assert.ok(shown.rows >= 3, `the table shows its rows (${shown.rows})`);
    assert.equal(shown.points, 3);
    assert.equal(shown.title, 'Model A: a made-up paper');
    // Custom elements are inline by default; `:host { display: block }` in the adopted style sheets says they applied.
    assert.deepEqual(shown.display, ['block', 'block', 'block'], "the elements' own styles apply");
    assert.deepEqual(await tab.evaluate(() => window.__violations), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('sorting, the abstract, the chart table and the CSV, Markdown, LaTeX and SVG exports cause no violation', async () => {
  const { context, tab, problems } = await open();
  await press(tab, 'sota-table', '[part~="sort-button"]');
  for (const label of ['Download CSV', 'Copy Markdown', 'Copy LaTeX']) {
    await press(tab, 'sota-table', `[aria-label="${label}"]`);
  }
  await press(tab, 'metric-trend', '[part~="point"]');
  await press(tab, 'metric-trend', '[aria-label="Download SVG"]');
  await press(tab, 'metric-trend', 'button:has-text("Table")');
  await press(tab, 'paper-card', '[part~="abstract-toggle"]');
  assert.deepEqual(await tab.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, []);
  await context.close();
});

// Download PNG draws the SVG into an <img> from a data: URL, which `img-src` (here default-src 'self') refuses. The
// browser reports that violation whatever the element does (no page can ask its policy beforehand); the element must
// then say so, not let the rejection escape.
test('Download PNG refused by the policy fails quietly with a message', async () => {
  const { context, tab, problems } = await open();
  await press(tab, 'metric-trend', '[aria-label="Download PNG"]');
  await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500))); // the PNG is drawn asynchronously
  const violations = await tab.evaluate(() => window.__violations);
  assert.equal(violations.length, 1, violations.join('; '));
  assert.match(violations[0], /^img-src/);
  assert.deepEqual(problems.filter((problem) => !problem.includes('violates the following Content Security Policy')), []);
  const said = await tab.evaluate(() => document.querySelector('metric-trend').shadowRoot.querySelector('[role="status"]').textContent);
  assert.match(said, /PNG/);
  await context.close();
});

test('control: the policy is in force (Trusted Types refuse a string as HTML) and the listener sees a violation', async () => {
  const { context, tab } = await open();
  const refused = await tab.evaluate(() => {
    try {
      document.createElement('div').innerHTML = '<b>feed text</b>';
      return false;
    } catch (error) {
      return error instanceof TypeError;
    }
  });
  assert.equal(refused, true, 'assigning a string to innerHTML throws under require-trusted-types-for');
  await tab.evaluate(() => document.body.setAttribute('style', 'color: red')); // an inline style attribute: style-src refuses it
  await tab.waitForFunction(() => window.__violations.length > 0, null, { timeout: 5000 });
  assert.match((await tab.evaluate(() => window.__violations)).join('\n'), /style-src|trusted-types/);
  await context.close();
});
