// <metric-trend> speed with the method of ../shared/peer-bench: 1,000 and 10,000 points, `reps` fresh pages each,
// three runs per page (1st cold, 3rd warm: same data, new container); timer from element creation with a parsed
// Feed until the chart is laid out, plus two animation frames (bench/metric-trend-page.ts). The peers get ready-made
// points too; the `json` mode (raw JSON, parsing timed) is printed for reference only. Targets (issue 4, warm
// medians): 1,000 points ≤ 40 ms; 10,000 ≤ 150 ms.
// Run: node bench/metric-trend.bench.mjs [--reps N] (default 5; CHROME_PATH for another browser). `npm run bench`
// (bench/run.mjs) imports run() from here.
import { launchBrowser } from './lib/browser.mjs';
import { isMain, repsOption } from './lib/cli.mjs';
import { buildBenchPage, callInFreshPages } from './lib/page-runs.mjs';
import { summarize } from './lib/stats.mjs';

const TARGETS_MS = { 1000: 40, 10000: 150 };
const SIZES = [1000, 10000];

function row(n, mode, pages) {
  const warm = pages.map((calls) => calls[2]);
  const s = summarize(warm.map((r) => r.mountMs));
  const parsed = mode === 'feed';
  return {
    key: parsed ? `chart:${n}` : `chart:json:${n}`,
    name: `<metric-trend> render, ${n.toLocaleString('en-US')} points${parsed ? '' : ' from raw JSON'} (warm)`,
    median_ms: s.median, min_ms: s.min, max_ms: s.max, reps: s.n,
    // Only the parsed-Feed figure is held to the issue's target: the peers' timings start from parsed points too.
    target_ms: parsed ? TARGETS_MS[n] : null,
    detail: {
      coldRender: summarize(pages.map((calls) => calls[0].mountMs)),
      warmRenderToLayout: summarize(warm.map((r) => r.mountLayoutMs)),
      marks: warm[0].marks,
    },
  };
}

/**
 * Render figures at 1,000 and 10,000 points: `[{key, name, median_ms, min_ms, max_ms, reps, target_ms, detail}]`
 * (parsed Feed, held to the targets), then with `json: true` the raw-JSON figures (target null). Uses `browser`
 * when given, else starts and closes its own.
 */
export async function run({ reps = 5, browser, json = false } = {}) {
  const url = await buildBenchPage('metric-trend-page.ts', { name: 'metric-trend' });
  const own = browser ? null : await launchBrowser();
  const rows = [];
  try {
    for (const mode of json ? ['feed', 'json'] : ['feed']) {
      for (const n of SIZES) {
        const pages = await callInFreshPages(browser ?? own, { url, fnName: 'runChart', args: [n, mode], reps });
        rows.push(row(n, mode, pages));
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
  console.log('| figure | median (min–max) | target | within? | warm to layout | cold | marks |');
  console.log('|---|---:|---:|:---:|---:|---:|---:|');
  for (const r of rows) {
    const verdict = r.target_ms === null ? '' : r.median_ms <= r.target_ms ? 'yes' : '**no**';
    const target = r.target_ms === null ? '—' : `≤ ${r.target_ms}`;
    console.log(`| ${r.name} | ${r.median_ms} (${Math.round(r.min_ms)}–${Math.round(r.max_ms)}) | ${target} | ${verdict} | ${range(r.detail.warmRenderToLayout)} | ${range(r.detail.coldRender)} | ${r.detail.marks} |`);
  }
}
