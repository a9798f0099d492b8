// Cold page loads for the benches that time a whole page (seed-page.bench.mjs, cold-element.bench.mjs): a Vite build
// into a temporary folder, one load in a fresh browser context timed from navigation start until every element
// shows data plus two animation frames, and the result row those loads make.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { summarize } from './stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `vite build --config CONFIG` into a fresh temporary folder (never into dist/ or dist-demo/); returns the folder. */
export function buildToTemp(config, what) {
  const outDir = mkdtempSync(join(tmpdir(), 'sota-bench-'));
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const args = [vite, 'build', '--config', config, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'];
  const done = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  if (done.status !== 0) {
    rmSync(outDir, { recursive: true, force: true });
    throw new Error(`Building ${what} failed:\n${done.stderr || done.stdout}`);
  }
  return outDir;
}

/** In the page: true once every element matching `selector` shows data (a paper title, a score cell, a plotted point). */
function everyElementShowsData(selector) {
  const shows = {
    'PAPER-CARD': (r) => (r.querySelector('[part~="title"]')?.textContent ?? '').trim() !== '',
    'SOTA-TABLE': (r) => r.querySelector('tbody tr td.num') !== null,
    'METRIC-TREND': (r) => r.querySelector('svg .point') !== null,
  };
  const elements = [...document.querySelectorAll(selector)];
  return elements.length > 0 && elements.every((el) => el.shadowRoot && shows[el.tagName](el.shadowRoot));
}

/** In the page: what each element shows, for the message when the wait timed out. */
function describeElements(selector) {
  return [...document.querySelectorAll(selector)]
    .map((el) => `${el.localName}: ${(el.shadowRoot?.textContent ?? '(no shadow root)').replace(/\s+/g, ' ').trim().slice(0, 120)}`)
    .join('\n');
}

/**
 * Loads `url` in a fresh context (empty cache) until every element matching `selector` shows data. `network`: CDP
 * Network.emulateNetworkConditions for the load, or none. Resolves to ms from navigation start: when the last feed
 * response ended (`feedsMs`), when data showed, when that was painted (two frames later); and the element count.
 */
export async function loadCold(browser, url, selector, { network, what = url } = {}) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    if (network) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', network);
    }
    await page.goto(url, { waitUntil: 'commit' });
    try {
      await page.waitForFunction(everyElementShowsData, selector, { polling: 'raf', timeout: 30_000 });
    } catch (error) {
      const state = await page.evaluate(describeElements, selector).catch(() => '');
      throw new Error(`${what} never showed data in every element (${error.message.split('\n')[0]}).\n${state}\n${errors.join('\n')}`);
    }
    const shownMs = await page.evaluate(() => performance.now());
    const paintedMs = await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())))),
    );
    const { elements, feedsMs } = await page.evaluate((sel) => ({
      elements: document.querySelectorAll(sel).length,
      // When the last feed response ended: splits the figure into "getting there" and "rendering".
      feedsMs: Math.max(0, ...performance.getEntriesByType('resource').filter((e) => /\.json(\?|$)/.test(e.name)).map((e) => e.responseEnd)),
    }), selector);
    return { feedsMs, shownMs, paintedMs, elements };
  } finally {
    await context.close();
  }
}

/** The result row of a set of cold loads: the painted median with its range, and when feeds ended and data showed. */
export function coldRow(key, name, loads) {
  const s = summarize(loads.map((load) => load.paintedMs));
  const phase = (field) => summarize(loads.map((load) => load[field])).median;
  return {
    key, name, median_ms: s.median, min_ms: s.min, max_ms: s.max, reps: s.n, target_ms: undefined,
    detail: { feeds_loaded_ms: phase('feedsMs'), data_shown_ms: phase('shownMs') },
  };
}
