// Table and chart figures measured straight from the bench pages (bench/sota-table-page.ts, window.runTable;
// bench/metric-trend-page.ts, window.runChart), for when bench/sota-table.bench.mjs or bench/metric-trend.bench.mjs
// does not export run({reps, browser}) yet. Same method and targets as those benches: warm run (3rd in a fresh
// page), median over pages.
import { buildBenchPage, callInFreshPages } from './page-runs.mjs';
import { summarize } from './stats.mjs';

/** Targets from the element issues (warm medians on this machine class). */
export const TARGETS_MS = {
  'table:mount:1000': 100, 'table:sort:1000': 40, 'table:mount:10000': 120, 'table:sort:10000': 40,
  'chart:1000': 40, 'chart:10000': 150,
};

const rows = (n) => n.toLocaleString('en-US');

function row(key, name, values) {
  const s = summarize(values);
  return { key, name, median_ms: s.median, min_ms: s.min, max_ms: s.max, reps: s.n, target_ms: TARGETS_MS[key] };
}

/** <sota-table> mount and sort at 1,000 and 10,000 rows. */
export async function runTableFromPage({ reps, browser }) {
  const url = await buildBenchPage('sota-table-page.ts', { name: 'sota-table', rootStyle: 'width:1000px' });
  const out = [];
  for (const n of [1000, 10000]) {
    const pages = await callInFreshPages(browser, { url, fnName: 'runTable', args: [n], reps });
    const warm = pages.map((calls) => calls[2]);
    out.push(row(`table:mount:${n}`, `<sota-table> mount, ${rows(n)} rows (warm)`, warm.map((r) => r.mountMs)));
    out.push(row(`table:sort:${n}`, `<sota-table> sort click, ${rows(n)} rows (warm)`, warm.map((r) => r.sortMs)));
  }
  return out;
}

/** <metric-trend> from a parsed Feed to painted at 1,000 and 10,000 points. */
export async function runChartFromPage({ reps, browser }) {
  const url = await buildBenchPage('metric-trend-page.ts', { name: 'metric-trend' });
  const out = [];
  for (const n of [1000, 10000]) {
    const pages = await callInFreshPages(browser, { url, fnName: 'runChart', args: [n, 'feed'], reps });
    out.push(row(`chart:${n}`, `<metric-trend> render, ${rows(n)} points (warm)`, pages.map((calls) => calls[2].mountMs)));
  }
  return out;
}
