// One element alone on a plain page, loaded cold the way most users load us: the script-tag file (built with
// vite.bundle.config.ts into a temporary folder, as dist/ has it) and the element's feed from `src`, over a network
// with a 40 ms round trip (CDP Network.emulateNetworkConditions, 20 Mbps down; the CPU is not slowed). Each load
// is a fresh browser context (empty cache, new renderer state); the timer runs from navigation start until the
// element shows data, plus two animation frames. What a blog post with one leaderboard costs its reader, element
// by element (the seed page, seed-page.bench.mjs, is five at once with no network delay). The three pages take
// turns within each rep.
// Run: node bench/cold-element.bench.mjs [--reps N]
import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './lib/browser.mjs';
import { isMain, repsOption } from './lib/cli.mjs';
import { buildToTemp, coldRow, loadCold } from './lib/cold-load.mjs';
import { serveStatic } from './lib/static-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const NETWORK = { offline: false, latency: 40, downloadThroughput: (20 * 1024 * 1024) / 8, uploadThroughput: (5 * 1024 * 1024) / 8 };

/** Each element as the seed page uses it, on a page of its own; the feeds are the demo's (demo/feeds/). */
const PAGES = [
  { tag: 'metric-trend', feed: 'squad.json', attributes: 'task="Question Answering" dataset="SQuAD1.1" metric="F1"' },
  { tag: 'sota-table', feed: 'squad.json', attributes: 'task="Question Answering" dataset="SQuAD1.1" metric="F1" limit="10"' },
  { tag: 'paper-card', feed: 'kebiolm.json', attributes: 'paper="2104.10344"' },
];

/** The script-tag files built into a fresh temporary folder, with the feeds and one page per element. */
function buildSite() {
  const outDir = buildToTemp('vite.bundle.config.ts', 'the script-tag files');
  for (const { tag, feed, attributes } of PAGES) {
    copyFileSync(join(root, 'demo', 'feeds', feed), join(outDir, feed));
    writeFileSync(join(outDir, `${tag}.html`), `<!doctype html><html lang="en"><meta charset="utf-8"><title>One ${tag}</title>
<script type="module" src="./sota-widgets.js"></script>
<body><h1>A post with one ${tag}</h1><${tag} src="./${feed}" ${attributes}></${tag}></body></html>\n`);
  }
  return outDir;
}

/** Median cold load of each element's page over `reps` fresh contexts. Resolves to one row per element. */
export async function run({ reps = 7, browser } = {}) {
  const outDir = buildSite();
  const server = await serveStatic(outDir);
  const ownBrowser = browser ? null : await launchBrowser();
  try {
    const loads = Object.fromEntries(PAGES.map(({ tag }) => [tag, []]));
    for (let rep = 0; rep < reps; rep++) {
      // Each rep starts with the next page, so no element always loads first after a rest.
      for (let i = 0; i < PAGES.length; i++) {
        const { tag } = PAGES[(rep + i) % PAGES.length];
        const url = `${server.origin}/${tag}.html`;
        loads[tag].push(await loadCold(browser ?? ownBrowser, url, tag, { network: NETWORK, what: `The ${tag} page` }));
      }
    }
    return PAGES.map(({ tag }) => coldRow(`cold:${tag}`,
      `<${tag}> alone, cold, script-tag file, feed over a 40 ms round trip (navigation → data + 2 frames)`, loads[tag]));
  } finally {
    await ownBrowser?.close();
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) {
  for (const row of await run({ reps: repsOption(7) })) {
    console.log(`${row.name}: median ${row.median_ms} ms (${row.min_ms}–${row.max_ms}, ${row.reps} reps);`
      + ` feed loaded at ${row.detail.feeds_loaded_ms} ms, data shown at ${row.detail.data_shown_ms} ms (medians)`);
  }
}
