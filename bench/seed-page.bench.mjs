// Cold load of the demo's seed page (demo/index.html: the KeBioLM <paper-card>, then a <sota-table> and a
// <metric-trend> for NCBI-disease, then SQuAD1.1's chart and table). The demo is built for production
// (`vite build --config vite.demo.config.ts`) into a temporary folder and served from loopback. Each rep uses a
// fresh browser context (empty cache, new renderer state); the timer runs from navigation start (the page's
// performance.timeOrigin) until every element on the page shows data, plus two animation frames.
// Run: node bench/seed-page.bench.mjs [--reps N]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './lib/browser.mjs';
import { isMain, repsOption } from './lib/cli.mjs';
import { describeElements, everyElementShowsData } from './lib/shows-data.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { summarize } from './lib/stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ELEMENTS = 'paper-card, sota-table, metric-trend';

/** Builds the demo site into a fresh temporary folder (never into dist-demo/, which `npm run build:demo` owns). */
function buildDemo() {
  const outDir = mkdtempSync(join(tmpdir(), 'sota-bench-demo-'));
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const args = [vite, 'build', '--config', 'vite.demo.config.ts', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'];
  const done = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  if (done.status !== 0) {
    rmSync(outDir, { recursive: true, force: true });
    throw new Error(`Building the demo failed:\n${done.stderr || done.stdout}`);
  }
  return outDir;
}

async function loadOnce(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url, { waitUntil: 'commit' });
    try {
      await page.waitForFunction(everyElementShowsData, ELEMENTS, { polling: 'raf', timeout: 30_000 });
    } catch (error) {
      const state = await page.evaluate(describeElements, ELEMENTS).catch(() => '');
      throw new Error(`The seed page never showed data in every element (${error.message.split('\n')[0]}).\n${state}\n${errors.join('\n')}`);
    }
    const shownMs = await page.evaluate(() => performance.now());
    const paintedMs = await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())))),
    );
    const { elements, feedsMs } = await page.evaluate((selector) => ({
      elements: document.querySelectorAll(selector).length,
      // When the last feed response ended: splits the figure into "getting there" and "rendering".
      feedsMs: Math.max(0, ...performance.getEntriesByType('resource').filter((e) => /\.json(\?|$)/.test(e.name)).map((e) => e.responseEnd)),
    }), ELEMENTS);
    return { feedsMs, shownMs, paintedMs, elements };
  } finally {
    await context.close();
  }
}

/** Median cold load of the seed page over `reps` fresh browser contexts. Resolves to one result row. */
export async function run({ reps = 7, browser } = {}) {
  const outDir = buildDemo();
  const server = await serveStatic(outDir);
  const ownBrowser = browser ? null : await launchBrowser();
  try {
    const loads = [];
    for (let rep = 0; rep < reps; rep++) loads.push(await loadOnce(browser ?? ownBrowser, `${server.origin}/index.html`));
    const s = summarize(loads.map((load) => load.paintedMs));
    const phase = (name) => summarize(loads.map((load) => load[name])).median;
    return [{
      key: 'seed:cold', name: `seed page cold load, ${loads[0].elements} elements (navigation → data + 2 frames)`,
      median_ms: s.median, min_ms: s.min, max_ms: s.max, reps: s.n, target_ms: undefined,
      detail: { feeds_loaded_ms: phase('feedsMs'), data_shown_ms: phase('shownMs') },
    }];
  } finally {
    await ownBrowser?.close();
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) {
  const [result] = await run({ reps: repsOption(7) });
  console.log(`${result.name}: median ${result.median_ms} ms (${result.min_ms}–${result.max_ms}, ${result.reps} reps);`
    + ` feeds loaded at ${result.detail.feeds_loaded_ms} ms, data shown at ${result.detail.data_shown_ms} ms (medians)`);
}
