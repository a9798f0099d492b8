// <metric-trend> speed with the method of ../shared/peer-bench: 100, 1,000 and 10,000 points, `reps` fresh pages
// each, three runs per page (1st cold, 3rd warm: same data, new container); timer from element creation with a
// parsed Feed until the chart is laid out, plus two animation frames (bench/metric-trend-page.ts). The peers
// (bench/lib/peer-pages.mjs) run in the same loop, a fresh page each after ours, with ready-made points too; each
// figure carries their medians and ours ÷ the best's. The `json` mode (raw JSON, parsing timed) is printed for
// reference only. Targets (issue 4, warm medians): 1,000 points ≤ 40 ms; 10,000 ≤ 150 ms; issue 15: ≤ 0.8× the
// best peer at 1,000, not behind any at 100.
// Run: node bench/metric-trend.bench.mjs [--reps N] (default 5; CHROME_PATH for another browser). `npm run bench`
// (bench/run.mjs) imports run() from here.
import { launchBrowser } from './lib/browser.mjs';
import { isMain, repsOption } from './lib/cli.mjs';
import { buildBenchPage, callInFreshPages, framePhase } from './lib/page-runs.mjs';
import { buildPeerPages, comparePeers, ratioText, CHART_PEERS } from './lib/peer-pages.mjs';
import { median, summarize } from './lib/stats.mjs';

const TARGETS_MS = { 1000: 40, 10000: 150 };
const SIZES = [100, 1000, 10000];

function row(n, mode, pages, peerValues, peerLayouts) {
  const warm = pages.map((calls) => calls[2]);
  const s = summarize(warm.map((r) => r.mountMs));
  const parsed = mode === 'feed';
  return {
    key: parsed ? `chart:${n}` : `chart:json:${n}`,
    name: `<metric-trend> render, ${n.toLocaleString('en-US')} points${parsed ? '' : ' from raw JSON'} (warm)`,
    median_ms: s.median, min_ms: s.min, max_ms: s.max, reps: s.n,
    // Only the parsed-Feed figure is held to the issue's target: the peers' timings start from parsed points too.
    target_ms: parsed ? TARGETS_MS[n] ?? null : null,
    samePeers: parsed ? comparePeers(warm.map((r) => r.mountMs), peerValues, median, { ours: warm.map((r) => r.mountLayoutMs), peerValues: peerLayouts }) : null,
    detail: {
      coldRender: summarize(pages.map((calls) => calls[0].mountMs)),
      warmRenderToLayout: summarize(warm.map((r) => r.mountLayoutMs)),
      marks: warm[0].marks,
    },
  };
}

/**
 * Render figures at 100, 1,000 and 10,000 points: `[{key, name, median_ms, min_ms, max_ms, reps, target_ms,
 * samePeers, detail}]` (parsed Feed, beside the peers), then with `json: true` the raw-JSON figures (target null).
 * `peers: false` measures ours alone. Uses `browser` when given, else starts and closes its own.
 */
export async function run({ reps = 5, browser, json = false, peers = true, sizes = SIZES } = {}) {
  const url = await buildBenchPage('metric-trend-page.ts', { name: 'metric-trend' });
  const peerPages = peers ? await buildPeerPages(CHART_PEERS) : [];
  const own = browser ? null : await launchBrowser();
  const rows = [];
  try {
    for (const mode of json ? ['feed', 'json'] : ['feed']) {
      for (const n of sizes) {
        const pages = [];
        const peerValues = Object.fromEntries((mode === 'feed' ? peerPages : []).map((p) => [p.label, []]));
        const peerLayouts = Object.fromEntries((mode === 'feed' ? peerPages : []).map((p) => [p.label, []]));
        for (let rep = 0; rep < reps; rep++) {
          const phase = framePhase(rep, reps);
          pages.push(...await callInFreshPages(browser ?? own, { url, fnName: 'runChart', args: [n, { mode, phase }], reps: 1 }));
          if (mode !== 'feed') continue;
          for (const peer of peerPages) {
            const [calls] = await callInFreshPages(browser ?? own, { url: peer.url, fnName: 'runChart', args: [n, { phase }], reps: 1 });
            peerValues[peer.label].push(calls[2].mountMs);
            peerLayouts[peer.label].push(calls[2].mountLayoutMs);
          }
        }
        rows.push(row(n, mode, pages, peerValues, peerLayouts));
      }
    }
  } finally {
    await own?.close();
  }
  return rows;
}

if (isMain(import.meta.url)) {
  const reps = repsOption(5);
  const rows = await run({ reps, json: true });
  const range = (s) => `${s.median} (${Math.round(s.min)}–${Math.round(s.max)})`;
  console.log(`<metric-trend>, ${reps} fresh pages per size, median (min–max) ms; warm = 3rd run in a page\n`);
  console.log('| figure | median (min–max) | target | within? | warm to layout | cold | marks | peers, same run | ours ÷ best peer |');
  console.log('|---|---:|---:|:---:|---:|---:|---:|---|---:|');
  for (const r of rows) {
    const verdict = r.target_ms === null ? '' : r.median_ms <= r.target_ms ? 'yes' : '**no**';
    const target = r.target_ms === null ? '—' : `≤ ${r.target_ms}`;
    const peers = r.samePeers ? r.samePeers.peers.map((p) => `${p.label} ${p.median}`).join(' · ') : '';
    console.log(`| ${r.name} | ${r.median_ms} (${Math.round(r.min_ms)}–${Math.round(r.max_ms)}) | ${target} | ${verdict} | ${range(r.detail.warmRenderToLayout)} | ${range(r.detail.coldRender)} | ${r.detail.marks} | ${peers} | ${r.samePeers ? ratioText(r.samePeers) : ''} |`);
  }
}
