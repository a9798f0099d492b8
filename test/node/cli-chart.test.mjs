// `sota-widgets chart` as a user runs it, held to <metric-trend>: the file's chart must be the element's own drawing
// (every line, dot, path and text at the same place, in the same colours) as the element exports it with
// Download SVG, light and dark, on a page whose font is the one the file's width table describes.
// Needs `npm run build` first (npm test builds before this).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, servePages } from './policy-pages.mjs';

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const feeds = { squad: 'squad.json', kebiolm: 'kebiolm.json' };
const feedPath = (name) => fileURLToPath(new URL(`../../demo/feeds/${feeds[name]}`, import.meta.url));
const run = (args, options = {}) => spawnSync(process.execPath, [cli, 'chart', ...args], { encoding: 'utf8', ...options });

let browser;
let server;
let page;
let dir;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sota-chart-'));
  const routes = {
    '/sota-widgets.js': ['text/javascript', () => readFileSync(new URL('../../dist/sota-widgets.js', import.meta.url))],
    '/page.html': ['text/html', () => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>chart</title>
      <link rel="stylesheet" href="/page.css"><script type="module" src="/sota-widgets.js"></script></head>
      <body></body></html>`],
    // The font the file's widths are Helvetica's for (Liberation Sans is metric-compatible and on this machine).
    '/page.css': ['text/css', () => "body { margin: 0; font-family: 'Liberation Sans'; }"],
  };
  for (const name of Object.keys(feeds)) routes[`/${name}.json`] = ['application/json', () => readFileSync(feedPath(name))];
  server = await servePages("default-src 'self'", routes);
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(`${server.origin}/page.html`);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** What an SVG draws, leaf by leaf: tag, geometry rounded to 0.1 px, text, and paint as #rrggbb. */
function drawn(svgText, chartSelector) {
  return page.evaluate(([text, selector]) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    if (doc.querySelector('parsererror')) throw new Error('not valid SVG');
    const probe = document.createElement('i');
    document.body.append(probe);
    const hex = (colour) => {
      if (!colour || colour === 'none') return 'none';
      probe.style.color = colour;
      const [r, g, b] = getComputedStyle(probe).color.match(/\d+/g).map(Number);
      return `#${[r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('')}`;
    };
    const round = (value) => value.replace(/-?\d+(\.\d+)?/g, (n) => String(Math.round(Number(n) * 10) / 10));
    const leaves = [...doc.querySelector(selector).querySelectorAll('line, text, circle, path')];
    const result = leaves.map((el) => {
      const geometry = ['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'd']
        .filter((name) => el.hasAttribute(name)).map((name) => `${name}=${round(el.getAttribute(name))}`).join(' ');
      const paintsFill = el.localName !== 'line';
      return {
        what: `${el.localName} ${geometry} ${el.textContent.trim()}`,
        paint: `fill ${paintsFill ? hex(el.getAttribute('fill')) : '-'}, stroke ${hex(el.getAttribute('stroke'))}`,
      };
    });
    probe.remove();
    return result;
  }, [svgText, chartSelector]);
}

async function elementExport(feed, attributes) {
  return page.evaluate(async ([src, attrs]) => {
    document.querySelector('metric-trend')?.remove();
    const trend = document.createElement('metric-trend');
    trend.style.width = '640px';
    trend.setAttribute('src', src);
    trend.setAttribute('height', '320');
    for (const [name, value] of Object.entries(attrs)) trend.setAttribute(name, value);
    document.body.append(trend);
    for (let i = 0; i < 100 && !trend.shadowRoot?.querySelector('svg.chart circle'); i++) await new Promise((r) => setTimeout(r, 50));
    await trend.updateComplete;
    return { svg: trend.toSVG(), summary: trend.shadowRoot.querySelector('.summary').textContent.trim() };
  }, [`/${feed}.json`, attributes]);
}

const cases = [
  { feed: 'squad', args: ['--dataset', 'SQuAD1.1', '--metric', 'F1'], attributes: { dataset: 'SQuAD1.1', metric: 'F1' } },
  { feed: 'kebiolm', args: ['--dataset', 'NCBI-disease', '--highlight', 'KeBioLM'], attributes: { dataset: 'NCBI-disease', highlight: 'KeBioLM' } },
];

for (const theme of ['light', 'dark']) {
  for (const { feed, args, attributes } of cases) {
    test(`chart draws ${attributes.dataset} as <metric-trend theme="${theme}"> exports it`, async () => {
      const out = join(dir, `${feed}-${theme}.svg`);
      const result = run([feedPath(feed), ...args, '--theme', theme, '-o', out]);
      assert.equal(result.status, 0, result.stderr);
      const file = readFileSync(out, 'utf8');
      const element = await elementExport(feed, { ...attributes, theme });
      const ours = await drawn(file, 'svg > g[transform]');
      const theirs = await drawn(element.svg, 'svg');
      assert.ok(ours.length > 20, 'the chart has its marks');
      assert.deepEqual(ours.map((leaf) => leaf.what), theirs.map((leaf) => leaf.what), 'same marks and text at the same places');
      assert.deepEqual(ours.map((leaf) => leaf.paint), theirs.map((leaf) => leaf.paint), 'same colours');
      // The title and the written summary are inside the file, for readers and for screen readers.
      assert.match(file, new RegExp(`<title id="chart-title">${attributes.metric ?? 'F1'} on ${attributes.dataset} \\(higher is better\\)</title>`));
      assert.ok(file.includes(`<desc id="chart-desc">${element.summary.replace(/&/g, '&amp;')}`), 'the element\'s summary is the description');
      const shown = [...file.matchAll(/<text x="12" y="\d+" font-size="12" fill="[^"]+">([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
      assert.ok(shown.startsWith(element.summary.replace(/&/g, '&amp;')), 'the summary is written under the chart');
    });
  }
}

test('chart refuses what it cannot draw: exit 2 for usage, 1 for a board or metric the feed lacks', () => {
  assert.equal(run([feedPath('squad')]).status, 2);
  assert.equal(run([feedPath('squad'), '--dataset', 'SQuAD1.1', '--theme', 'sepia']).status, 2);
  assert.equal(run([feedPath('squad'), '--dataset', 'SQuAD1.1', '--width', '12']).status, 2);
  const metric = run([feedPath('squad'), '--dataset', 'SQuAD1.1', '--metric', 'BLEU']);
  assert.equal(metric.status, 1);
  assert.match(metric.stderr, /no metric "BLEU"; it has EM, F1/);
  const board = run([feedPath('squad'), '--dataset', 'SQuAD 3']);
  assert.equal(board.status, 1);
  assert.match(board.stderr, /No leaderboard matches "SQuAD 3"/);
});
