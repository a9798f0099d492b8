// <sota-index> speed with the table bench's method (../shared/peer-bench): index files of 100, 1,000 and 10,000
// boards, `reps` fresh pages each, three runs per page (1st cold, 3rd warm); mount from element creation (with the
// index JSON, so reading it counts) until the first board row shows, plus two animation frames; a search keystroke
// from the input event until the one matching board is the first row, plus two frames. Beside them, ratios to
// <sota-table> at 10,000 rows (mount to mount, keystroke to sort click), from pairs of fresh pages opened one right
// after the other, so the load of a shared machine weighs on both sides of each ratio alike (the median of the
// pairs' ratios is reported). No targets were set (issue 13 asks for the figures); the ratios say how the index
// compares with the element whose targets are known.
// Run: node bench/sota-index.bench.mjs [--reps N] (default 5). `npm run bench -- --only index` runs it too.
import { launchBrowser } from './lib/browser.mjs';
import { isMain, repsOption } from './lib/cli.mjs';
import { buildBenchPage, callInFreshPages, framePhase } from './lib/page-runs.mjs';
import { summarize } from './lib/stats.mjs';

const SIZES = [100, 1000, 10000];
const PAIRED = 10000;

function row(kind, n, values) {
  const s = summarize(values);
  return {
    key: `index:${kind}:${n}`,
    name: `<sota-index> ${kind === 'mount' ? 'mount' : 'search keystroke'}, ${n.toLocaleString('en-US')} boards (warm)`,
    median_ms: s.median, min_ms: s.min, max_ms: s.max, reps: s.n,
  };
}

function ratioRow(key, name, values) {
  const s = summarize(values.map((v) => Math.round(v * 100) / 100));
  return { key, name, value: s.median, min: s.min, max: s.max, unit: '×', reps: s.n };
}

/** Mount and search figures at 100, 1,000 and 10,000 boards, then the paired ratios to the table at 10,000. */
export async function run({ reps = 5, browser } = {}) {
  const url = await buildBenchPage('sota-index-page.ts', { name: 'sota-index', rootStyle: 'width:1000px' });
  const tableUrl = await buildBenchPage('sota-table-page.ts', { name: 'sota-table', rootStyle: 'width:1000px' });
  const own = browser ? null : await launchBrowser();
  const rows = [];
  try {
    for (const n of SIZES) {
      const pages = [];
      for (let rep = 0; rep < reps; rep++) {
        pages.push(...await callInFreshPages(browser ?? own, { url, fnName: 'runIndex', args: [n, { phase: framePhase(rep, reps) }], reps: 1 }));
      }
      const warm = pages.map((calls) => calls[2]);
      const detail = {
        coldMount: summarize(pages.map((calls) => calls[0].mountMs)),
        coldSearch: summarize(pages.map((calls) => calls[0].searchMs)),
        domNodes: warm[0].domNodes,
      };
      rows.push({ ...row('mount', n, warm.map((r) => r.mountMs)), detail });
      rows.push(row('search', n, warm.map((r) => r.searchMs)));
    }
    const mountRatios = [];
    const searchRatios = [];
    for (let pair = 0; pair < reps; pair++) {
      const options = { phase: framePhase(pair, reps) }; // both pages start at the same point of a frame
      const [index] = await callInFreshPages(browser ?? own, { url, fnName: 'runIndex', args: [PAIRED, options], reps: 1 });
      const [table] = await callInFreshPages(browser ?? own, { url: tableUrl, fnName: 'runTable', args: [PAIRED, options], reps: 1 });
      mountRatios.push(index[2].mountMs / table[2].mountMs);
      searchRatios.push(index[2].searchMs / table[2].sortMs);
    }
    rows.push(
      ratioRow('index:ratio:mount', '<sota-index> mount ÷ <sota-table> mount, 10,000 each (paired pages)', mountRatios),
      ratioRow('index:ratio:search', '<sota-index> search keystroke ÷ <sota-table> sort click, 10,000 each (paired pages)', searchRatios),
    );
  } finally {
    await own?.close();
  }
  return rows;
}

if (isMain(import.meta.url)) {
  const reps = repsOption(5);
  const rows = await run({ reps });
  console.log(`<sota-index>, ${reps} fresh pages per size, median (min–max); warm = 3rd run in a page\n`);
  console.log('| figure | median (min–max) | cold | DOM nodes |');
  console.log('|---|---:|---:|---:|');
  for (const r of rows) {
    const value = r.median_ms !== undefined ? `${r.median_ms} ms (${Math.round(r.min_ms)}–${Math.round(r.max_ms)})` : `${r.value} ${r.unit} (${r.min}–${r.max})`;
    const cold = r.detail ? `${r.detail.coldMount.median} ms` : '';
    console.log(`| ${r.name} | ${value} | ${cold} | ${r.detail?.domNodes ?? ''} |`);
  }
}
