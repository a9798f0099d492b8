// Main-thread CPU time until painted, ours beside the peers: a reading neither the machine's load nor where a frame
// falls can move. The other figures are wall-clock (peer-bench's method): on a shared 2-core machine a neighbour's
// load can stretch a 10 ms run by half, more for one page than the next, and a painted figure moves in whole
// frames. CPU time counts only what the page's main thread did: rendering, style, layout, the frames' own work
// (paint included, and rows a grid renders in requestAnimationFrame), none of the waiting.
// Each rep opens a fresh page per library (ours first, then each peer), makes the two warm-up calls the bench makes,
// then a third in `cpu` mode: the page makes its data and waits; the harness reads the renderer's main-thread CPU
// time (CDP Performance.getMetrics, ThreadTime), lets the run start (window.benchGo), and reads it again once the
// result is painted (two frames after it is laid out, the bench's end). The few idle frames between the page's end
// and the second reading cost every library alike. `--first` skips the warm-up calls and measures the first call in
// the fresh page: a first render, with whatever each library does only once (its templates, compiling its code).
// Run: node bench/cpu-time.mjs [--only chart:100,chart:1000,table:20,table:10000] [--reps 9] [--first]
import { launchBrowser } from './lib/browser.mjs';
import { isMain, option, repsOption } from './lib/cli.mjs';
import { buildBenchPage } from './lib/page-runs.mjs';
import { buildPeerPages, CHART_PEERS, TABLE_PEERS } from './lib/peer-pages.mjs';
import { median } from './lib/stats.mjs';

const KINDS = {
  chart: { entry: 'metric-trend-page.ts', name: 'cpu-metric-trend', fn: 'runChart', rootStyle: 'width:1000px', peers: CHART_PEERS },
  table: { entry: 'sota-table-page.ts', name: 'cpu-sota-table', fn: 'runTable', rootStyle: 'width:1000px', peers: TABLE_PEERS },
};

/** CPU ms of the third call (the first when `first`), in a fresh page, and its wall-clock ms until painted. */
async function cpuOfRun(browser, url, fn, n, first) {
  const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
  try {
    await page.goto(url);
    for (let i = 0; i < (first ? 0 : 2); i++) await page.evaluate(([name, size]) => window[name](size), [fn, n]);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const threadTime = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value;
    const run = page.evaluate(([name, size]) => window[name](size, { cpu: true }), [fn, n]);
    await page.waitForFunction(() => typeof window.benchGo === 'function');
    const before = await threadTime();
    await page.evaluate(() => window.benchGo());
    const { mountMs } = await run;
    return { cpu: (await threadTime() - before) * 1000, wall: mountMs };
  } finally {
    await page.close();
  }
}

/** [{ figure, ours, oursWall, peers: [{ label, ms, wall }], best, ratio, pairRatio }] for each `kind:n` figure (ms). */
export async function run({ figures = ['chart:100', 'chart:1000', 'table:20', 'table:10000'], reps = 9, first = false } = {}) {
  const unknown = figures.find((figure) => !(figure.split(':')[0] in KINDS && Number(figure.split(':')[1]) > 0));
  if (unknown) throw new Error(`Unknown figure "${unknown}": expected chart:N or table:N, such as chart:1000.`);
  const browser = await launchBrowser();
  const rows = [];
  try {
    for (const figure of figures) {
      const [kind, size] = figure.split(':');
      const spec = KINDS[kind];
      const ours = await buildBenchPage(spec.entry, { name: spec.name, rootStyle: spec.rootStyle });
      const peers = await buildPeerPages(spec.peers);
      const runs = { ours: [], ...Object.fromEntries(peers.map((p) => [p.label, []])) };
      for (let rep = 0; rep < reps; rep++) {
        runs.ours.push(await cpuOfRun(browser, ours, spec.fn, Number(size), first));
        for (const peer of peers) runs[peer.label].push(await cpuOfRun(browser, peer.url, spec.fn, Number(size), first));
      }
      const values = Object.fromEntries(Object.entries(runs).map(([label, list]) => [label, list.map((r) => r.cpu)]));
      const wall = (label) => median(runs[label].map((r) => r.wall));
      const peerMedians = peers.map((p) => ({ label: p.label, ms: median(values[p.label]), wall: wall(p.label) }));
      const best = peerMedians.reduce((a, b) => (b.ms < a.ms ? b : a));
      rows.push({
        figure, ours: median(values.ours), oursWall: wall('ours'), peers: peerMedians, best: best.label,
        ratio: median(values.ours) / best.ms,
        pairRatio: median(values.ours.map((v, rep) => v / values[best.label][rep])),
      });
    }
  } finally {
    await browser.close();
  }
  return rows;
}

if (isMain(import.meta.url)) {
  const reps = repsOption(9);
  const figures = option('--only', 'chart:100,chart:1000,table:20,table:10000').split(',');
  const first = process.argv.includes('--first');
  const rows = await run({ figures, reps, first }).catch((error) => {
    console.error(`cpu-time: ${error.message}`);
    process.exit(2);
  });
  console.log(`Main-thread CPU time until painted, ${first ? 'the first call' : 'the third call (warm)'} in ${reps} fresh pages per`
    + ' library and figure: median ms (the same runs\''
    + ' wall-clock ms in brackets); ours ÷ the best peer by CPU time\n');
  console.log('| figure | ours | peers | ÷ best, medians | pairs |\n|---|---:|---|---:|---:|');
  const ms = (cpu, wallMs) => `${cpu.toFixed(1)} (${wallMs.toFixed(1)})`;
  for (const r of rows) {
    const peers = r.peers.map((p) => `${p.label} ${ms(p.ms, p.wall)}`).join(' · ');
    console.log(`| ${r.figure} | ${ms(r.ours, r.oursWall)} | ${peers} | ${r.ratio.toFixed(2)}× ${r.best} | ${r.pairRatio.toFixed(2)}× |`);
  }
}
