// Cold load of the demo's seed page (demo/index.html: the KeBioLM <paper-card>, then a <sota-table> and a
// <metric-trend> for NCBI-disease, then SQuAD1.1's chart and table). The demo is built for production
// (`vite build --config vite.demo.config.ts`) into a temporary folder and served from loopback. Each rep uses a
// fresh browser context (empty cache, new renderer state); the timer runs from navigation start (the page's
// performance.timeOrigin) until every element on the page shows data, plus two animation frames.
// Run: node bench/seed-page.bench.mjs [--reps N]
import { rmSync } from 'node:fs';
import { launchBrowser } from './lib/browser.mjs';
import { isMain, repsOption } from './lib/cli.mjs';
import { buildToTemp, coldRow, loadCold } from './lib/cold-load.mjs';
import { serveStatic } from './lib/static-server.mjs';

const ELEMENTS = 'paper-card, sota-table, metric-trend';

/** Median cold load of the seed page over `reps` fresh browser contexts. Resolves to one result row. */
export async function run({ reps = 7, browser } = {}) {
  const outDir = buildToTemp('vite.demo.config.ts', 'the demo');
  const server = await serveStatic(outDir);
  const ownBrowser = browser ? null : await launchBrowser();
  try {
    const loads = [];
    for (let rep = 0; rep < reps; rep++) {
      loads.push(await loadCold(browser ?? ownBrowser, `${server.origin}/index.html`, ELEMENTS, { what: 'The seed page' }));
    }
    return [coldRow('seed:cold', `seed page cold load, ${loads[0].elements} elements (navigation → data + 2 frames)`, loads)];
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
