// One rendering, three builds. Most users never run our build: they paste dist/sota-widgets.js (or the .iife.js),
// which a different pipeline makes (it minifies the css`` and html`` literals itself). Every state the gallery and
// the stories show is rendered from the source (bundled as it is, as the browser tests run it), from the ES
// script-tag file and from the classic one, and compared: each element's text and accessibility tree (what a reader
// and a screen reader get), and a screenshot of each element. Screenshots must match to the pixel but for
// anti-aliasing: Chromium's software rasteriser may draw the edge of a rounded corner one level apart from one page
// to the next (seen between the ES and the classic file, which carry the same CSS), so a pixel may differ by at most
// AA_TOLERANCE of 255 in a channel; any real difference (a glyph, a colour, a box one pixel off) is far larger.
// Needs `npm run build` first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { launchChromium, scriptTagRoutes, servePages } from './policy-pages.mjs';

const root = new URL('../../', import.meta.url);
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";
const TAGS = ['sota-table', 'metric-trend', 'paper-card', 'sota-index'];
const AA_TOLERANCE = 4;
const seed = 'src="/feeds/kebiolm.json" task="Named Entity Recognition" dataset="NCBI-disease" metric="F1"';
const emptyFeed = '<script type="application/json">{"version": 1, "leaderboards": [], "papers": []}</script>';

/** Every state, as the body of a page. `width` is the viewport's; `dark` gives the page a dark colour scheme. */
const STATES = {
  'seed card': { body: '<paper-card src="/feeds/kebiolm.json" paper="2104.10344"></paper-card>' },
  'seed table': { body: `<sota-table ${seed} highlight="KeBioLM"></sota-table>` },
  'seed chart': { body: `<metric-trend ${seed} highlight="KeBioLM"></metric-trend>` },
  loading: { body: TAGS.map((tag) => `<${tag} src="/pending.json" dataset="SQuAD1.1" paper="x"></${tag}>`).join('') },
  error: { body: TAGS.map((tag) => `<${tag} src="/missing.json" dataset="SQuAD1.1" paper="x"></${tag}>`).join('') },
  empty: { body: TAGS.map((tag) => `<${tag} dataset="SQuAD1.1" paper="x">${emptyFeed}</${tag}>`).join('') },
  'no such board': {
    body: '<sota-table src="/feeds/squad.json" task="Question Answering" dataset="SQuAD3.0"></sota-table>'
      + '<metric-trend src="/feeds/squad.json" task="Question Answering" dataset="SQuAD3.0"></metric-trend>'
      + '<paper-card src="/feeds/squad.json" paper="Attention Is All You Need"></paper-card>',
  },
  'lower is better': {
    body: ['metric-trend', 'sota-table'].map((tag) => `<${tag} src="/feeds/language-modelling.json"`
      + ` dataset="WikiText-103" metric="Test perplexity"></${tag}>`).join(''),
  },
  'theme dark': {
    body: '<paper-card src="/feeds/kebiolm.json" paper="2104.10344" theme="dark"></paper-card>'
      + `<sota-table ${seed} theme="dark"></sota-table><metric-trend ${seed} theme="dark"></metric-trend>`,
  },
  'page dark': { dark: true, body: `<sota-table ${seed}></sota-table><metric-trend ${seed}></metric-trend>` },
  highlighted: {
    body: '<sota-table src="/feeds/squad.json" dataset="SQuAD1.1" metric="F1" highlight="BERT" limit="8"></sota-table>'
      + '<metric-trend src="/feeds/squad.json" dataset="SQuAD1.1" metric="F1" highlight="BERT"></metric-trend>',
  },
  // Loaded on demand: <sota-index> and the readers of every format but our own are chunks beside the file.
  index: {
    body: '<sota-index src="/feeds/index.json" href="boards/{task}/{dataset}.html" highlight="KeBioLM"></sota-index>',
    shows: ['sota-index: ', 'NCBI-disease', 'SQuAD1.1'],
  },
  'other formats': {
    shows: ['sota-table: ', 'PubMedBERT', '87.82', 'metric-trend: ', 'SQuAD1.1'],
    body: '<sota-table src="/fixtures/kebiolm-results.csv" dataset="NCBI-disease"></sota-table>'
      + '<metric-trend src="/fixtures/pwc-evaluation-tables-squad.json" dataset="SQuAD1.1" metric="F1"></metric-trend>',
  },
  // Loaded on demand too: the reader of an author's own <table> (facts: CoNLL-2003 English test F1 as each paper
  // reports it, Lample et al. 2016 and Devlin et al. 2019).
  'light-DOM table': {
    shows: ['sota-table: ', 'BERT-large', '92.8', 'LSTM-CRF'],
    body: '<sota-table dataset="CoNLL 2003 (English)"><table><caption>Named Entity Recognition</caption>'
      + '<tr><th>Model</th><th>F1</th><th>Year</th></tr><tr><td>LSTM-CRF</td><td>90.94</td><td>2016</td></tr>'
      + '<tr><td>BERT-large</td><td>92.8</td><td>2018</td></tr></table></sota-table>',
  },
  '360 px': {
    width: 360,
    body: '<paper-card src="/feeds/kebiolm.json" paper="2104.10344"></paper-card>'
      + `<sota-table ${seed} highlight="KeBioLM"></sota-table><metric-trend ${seed} highlight="KeBioLM"></metric-trend>`,
  },
};

const BUILDS = {
  source: '<script type="module" src="/builds/source.js"></script>',
  'dist/sota-widgets.js': '<script type="module" src="/builds/sota-widgets.js"></script>',
  'dist/sota-widgets.iife.js': '<script src="/builds/sota-widgets.iife.js"></script>',
};

const page = (state, build) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${state}</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/page.css">${BUILDS[build]}</head>
<body${STATES[state].dark ? ' class="dark"' : ''}>${STATES[state].body}</body></html>`;

// A plain host page: a font every machine has, room between elements, and a dark variant.
const PAGE_CSS = `body { font: 16px/1.5 "DejaVu Sans", sans-serif; margin: 16px; }
body > * { display: block; margin-block: 0 24px; }
body.dark { color-scheme: dark; background: #111; color: #eee; }`;

let server;
let browser;
const differences = mkdtempSync(join(tmpdir(), 'sota-build-parity-'));

before(async () => {
  // The source as the browser tests see it: TypeScript compiled and bundled, nothing minified.
  const source = await build({
    entryPoints: [new URL('src/script-tag/script-tag.ts', root).pathname], bundle: true, format: 'esm', target: 'es2022',
    write: false, tsconfig: new URL('tsconfig.json', root).pathname, logLevel: 'silent',
  });
  const routes = {
    '/builds/source.js': ['text/javascript', () => source.outputFiles[0].contents],
    ...scriptTagRoutes('/builds/'),
    '/page.css': ['text/css', () => PAGE_CSS],
  };
  for (const feed of ['kebiolm', 'squad', 'language-modelling', 'index']) {
    routes[`/feeds/${feed}.json`] = ['application/json', () => readFileSync(new URL(`demo/feeds/${feed}.json`, root))];
  }
  routes['/fixtures/kebiolm-results.csv'] = ['text/csv', () => readFileSync(new URL('test/fixtures/kebiolm-results.csv', root))];
  routes['/fixtures/pwc-evaluation-tables-squad.json'] = ['application/json',
    () => readFileSync(new URL('test/fixtures/pwc-evaluation-tables-squad.json', root))];
  routes['/compare.html'] = ['text/html', () => '<!doctype html><title>compare</title>'];
  for (const state of Object.keys(STATES)) {
    for (const name of Object.keys(BUILDS)) routes[pagePath(state, name)] = ['text/html; charset=utf-8', () => page(state, name)];
  }
  server = await servePages(CSP, routes, { pending: ['/pending.json'] });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

function pagePath(state, build) {
  return `/${encodeURIComponent(state)}/${encodeURIComponent(build)}.html`;
}

/** What each of our elements on the page shows, once what it shows has stopped changing. */
async function render(state, build) {
  const context = await browser.newContext({ viewport: { width: STATES[state].width ?? 900, height: 800 } });
  const tab = await context.newPage();
  const problems = [];
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await tab.goto(server.origin + pagePath(state, build));
  await tab.evaluate(() => document.fonts.ready);
  // Feeds arrive and charts wait for a layout pass: poll until two snapshots a few frames apart agree.
  const snapshot = () => tab.evaluate((tags) => {
    const text = (node) => {
      let out = '';
      for (const child of [...(node.shadowRoot?.childNodes ?? []), ...node.childNodes]) {
        out += child.nodeType === Node.TEXT_NODE ? child.data : child.nodeType === Node.ELEMENT_NODE ? ` ${text(child)} ` : '';
      }
      return out;
    };
    return [...document.querySelectorAll(tags.join(','))].map((el) => `${el.localName}: ${text(el).replace(/\s+/g, ' ').trim()}`
      + ` [${el.shadowRoot?.querySelectorAll('*').length}]`);
  }, TAGS);
  let last;
  for (let tries = 0; tries < 100; tries++) {
    const now = JSON.stringify(await snapshot());
    if (now === last && tries >= 3) break;
    last = now;
    await tab.waitForTimeout(150);
  }
  const elements = [];
  const count = await tab.locator(TAGS.join(',')).count();
  for (let i = 0; i < count; i++) {
    const element = tab.locator(TAGS.join(',')).nth(i);
    elements.push({
      name: `${state} › ${i + 1}. <${await element.evaluate((el) => el.localName)}>`,
      aria: await element.ariaSnapshot(),
      png: await element.screenshot({ animations: 'disabled', caret: 'hide' }),
    });
  }
  await context.close();
  return { problems, text: JSON.parse(last), elements };
}

/** Where two lists of lines first differ, as a short message. */
function firstDifference(expected, actual) {
  for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
    const [a = '(nothing)', b = '(nothing)'] = [expected[i], actual[i]];
    if (a === b) continue;
    let at = 0;
    while (a[at] === b[at]) at++;
    const around = (text) => JSON.stringify(text.slice(Math.max(0, at - 40), at + 40));
    return `line ${i + 1}, character ${at + 1}: the source has ${around(a)}, the build ${around(b)}`;
  }
  return null;
}

/** Pixels of two PNGs that differ by more than the anti-aliasing tolerance (decoded by the browser's own canvas). */
async function pixelsApart(a, b) {
  if (a.equals(b)) return { size: true, apart: 0 };
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.goto(`${server.origin}/compare.html`);
  const result = await tab.evaluate(async ([urlA, urlB, tolerance]) => {
    const pixels = async (url) => {
      const bitmap = new Image();
      bitmap.src = url; // an image, not a fetch: the page's policy lets img-src read data: URLs
      await bitmap.decode();
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      context.drawImage(bitmap, 0, 0);
      return context.getImageData(0, 0, bitmap.width, bitmap.height);
    };
    const [one, two] = await Promise.all([pixels(urlA), pixels(urlB)]);
    if (one.width !== two.width || one.height !== two.height) return { size: false, apart: 0 };
    let apart = 0;
    for (let i = 0; i < one.data.length; i += 4) {
      for (let c = 0; c < 4; c++) {
        if (Math.abs(one.data[i + c] - two.data[i + c]) > tolerance) {
          apart++;
          break;
        }
      }
    }
    return { size: true, apart };
  }, [a, b, AA_TOLERANCE].map((x) => (Buffer.isBuffer(x) ? `data:image/png;base64,${x.toString('base64')}` : x)));
  await context.close();
  return result;
}

for (const state of Object.keys(STATES)) {
  test(`${state}: the script-tag files render what the source renders`, async () => {
    const [source, ...builds] = await Promise.all(Object.keys(BUILDS).map((name) => render(state, name)));
    assert.deepEqual(source.problems, [], 'the source build renders without an error');
    assert.ok(source.elements.length > 0 && source.text.every((line) => !line.endsWith(' [0]')), 'every element rendered');
    for (const words of STATES[state].shows ?? []) assert.ok(source.text.join('\n').includes(words), `the source shows "${words}"`);
    for (const [index, name] of Object.keys(BUILDS).slice(1).entries()) {
      const built = builds[index];
      assert.deepEqual(built.problems, [], `${name} renders without an error`);
      const textApart = firstDifference(source.text, built.text);
      assert.equal(textApart, null, `${state}: ${name} shows other text than the source, at ${textApart}`);
      for (const [i, element] of source.elements.entries()) {
        const other = built.elements[i];
        const ariaApart = firstDifference(element.aria.split('\n'), other.aria.split('\n'));
        assert.equal(ariaApart, null, `${element.name}: ${name} gives another accessibility tree, at ${ariaApart}`);
        const { size, apart } = await pixelsApart(element.png, other.png);
        if (!size || apart > 0) {
          const file = (build) => join(differences, `${element.name}-${build}.png`.replace(/[^\w.-]+/g, '_'));
          writeFileSync(file('source'), element.png);
          writeFileSync(file(name), other.png);
          assert.fail(`${element.name}: ${name} draws ${size ? `${apart} pixels unlike` : 'a box of another size than'}`
            + ` the source's (both screenshots in ${differences})`);
        }
      }
    }
  });
}
