// The demo's seed page pre-rendered (`sota-widgets render`) against the same page script-only, on a slow phone:
// cold loads in fresh contexts, network emulated as Lighthouse's "Slow 4G" (150 ms RTT, 1.6 Mbps down, 675 kbps up)
// and the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate), alternating the two pages rep by rep in one run; text is
// sent gzip-compressed, as hosts send it (lib/static-server.mjs).
// The timer runs from navigation start until the leaderboard's first row is on screen (the first <sota-table>
// has a body row with a score, laid out), plus two animation frames, as in seed-page.bench.mjs.
// Both copies get 'unsafe-inline' added to the demo's style-src: the pre-rendered shadow roots carry their styles
// as <style>, which the demo's strict policy would refuse (the script-only page has no inline style to allow).
// Needs dist/cli.js (npm run build). Run: node bench/prerender.bench.mjs [--reps N]
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './lib/browser.mjs';
import { isMain, repsOption } from './lib/cli.mjs';
import { buildToTemp } from './lib/cold-load.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { summarize } from './lib/stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 };
const CPU_SLOWDOWN = 4;

function exec(args, what) {
  const done = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  if (done.status !== 0) throw new Error(`${what} failed:\n${done.stderr || done.stdout}`);
}

/** The demo built into a temporary folder, as two sites: script-only, and pre-rendered by the CLI. */
function buildSites() {
  const plain = buildToTemp('vite.demo.config.ts', 'the demo');
  const page = join(plain, 'index.html');
  writeFileSync(page, readFileSync(page, 'utf8').replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"));
  const rendered = mkdtempSync(join(tmpdir(), 'sota-bench-rendered-'));
  cpSync(plain, rendered, { recursive: true });
  exec([join(root, 'dist/cli.js'), 'render', join(rendered, 'index.html'), '--root', rendered], 'sota-widgets render');
  return { plain, rendered };
}

/** In the page: the first leaderboard shows a scored row with a size. */
function firstRowShown() {
  const row = document.querySelector('sota-table')?.shadowRoot?.querySelector('tbody tr td.num');
  return !!row && row.getBoundingClientRect().height > 0;
}

async function loadOnce(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(firstRowShown, null, { polling: 'raf', timeout: 60_000 });
    return await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())))));
  } finally {
    await context.close();
  }
}

/** Medians for both pages over `reps` cold loads each, alternating. Resolves to two result rows. */
export async function run({ reps = 7, browser } = {}) {
  const sites = buildSites();
  const servers = { plain: await serveStatic(sites.plain), rendered: await serveStatic(sites.rendered) };
  const ownBrowser = browser ? null : await launchBrowser();
  try {
    const times = { plain: [], rendered: [] };
    for (let rep = 0; rep < reps; rep++) {
      // Alternate which goes first, so neither always meets a warmer machine.
      for (const kind of rep % 2 ? ['rendered', 'plain'] : ['plain', 'rendered']) {
        times[kind].push(await loadOnce(browser ?? ownBrowser, `${servers[kind].origin}/index.html`));
      }
    }
    const row = (kind, name) => {
      const s = summarize(times[kind]);
      return { key: `prerender:${kind}`, name, median_ms: s.median, min_ms: s.min, max_ms: s.max, reps: s.n, target_ms: undefined };
    };
    return [
      row('plain', 'seed page, Slow 4G + 4× CPU: first leaderboard row painted, script only'),
      row('rendered', 'the same, pre-rendered by `sota-widgets render`'),
    ];
  } finally {
    await ownBrowser?.close();
    await servers.plain.close();
    await servers.rendered.close();
    for (const dir of [sites.plain, sites.rendered]) rmSync(dir, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) {
  const [plain, rendered] = await run({ reps: repsOption(7) });
  for (const result of [plain, rendered]) console.log(`${result.name}: median ${result.median_ms} ms (${result.min_ms}–${result.max_ms}, ${result.reps} reps)`);
  console.log(`pre-rendered shows the first row ${(plain.median_ms / rendered.median_ms).toFixed(1)}× sooner`);
}
