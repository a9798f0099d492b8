// Same-machine peer figures from ../shared/peer-bench (or PEER_BENCH_DIR), shown beside ours when that folder
// exists. Optional by design: the project must run without it, so a missing folder is a message, not an error.
// Reads its newest speed results (speed/results.json from a fresh `npm run speed`, else the highest
// speed/results-runN.json) and size/sizes.json; peers' figures are recomputed as the same warm medians we use.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const PEER_DIR = process.env.PEER_BENCH_DIR ?? join(root, '..', 'shared', 'peer-bench');

/** Which peers to show per figure, by the `lib` (and name pattern) peer-bench records. */
const TABLE_PEERS = [['vaadin-grid', /./, '@vaadin/grid'], ['tabulator', /./, 'Tabulator'], ['gridjs', /pagination/, 'Grid.js paged']];
const CHART_PEERS = [['d3-svg', /./, 'd3 SVG'], ['observable-plot', /./, 'Plot'], ['vega-lite', /canvas/, 'vega-lite canvas']];
/** Size peers: each label sums the listed entries (issue 6 compares with the lightest table + chart pair, CSS included). */
const SIZE_PEERS = [
  [['gridjs', 'uplot', /gridjs theme/, /uPlot\.min\.css/], 'Grid.js + uPlot + CSS'],
  [['tabulator-sort-only', /tabulator\.min\.css/], 'Tabulator sort-only + CSS'],
  [['vaadin-grid'], '@vaadin/grid'],
  [['observable-plot'], 'Plot'],
];

function newestSpeedFile(dir) {
  if (existsSync(join(dir, 'results.json'))) return join(dir, 'results.json');
  const runs = existsSync(dir) ? readdirSync(dir).filter((f) => /^results-run\d+\.json$/.test(f)) : [];
  runs.sort((a, b) => Number(a.match(/\d+/)[0]) - Number(b.match(/\d+/)[0]));
  return runs.length ? join(dir, runs.at(-1)) : null;
}

const round = (x) => Math.round(x * 10) / 10;
const warmMedian = (entry, field) => round(median(entry.runs.map((run) => run.warm[field])));

/**
 * { source, byKey: Map(key → "name 12.3 · name 45.6") } or { message } when there is nothing to read.
 * Keys match the bench rows: table:mount:1000, table:sort:10000, chart:1000, size:sota-widgets.js, ...
 */
export function readPeers() {
  const speedFile = newestSpeedFile(join(PEER_DIR, 'speed'));
  const sizeFile = join(PEER_DIR, 'size', 'sizes.json');
  if (!speedFile && !existsSync(sizeFile)) {
    return { message: `No peer figures: ${PEER_DIR} has no speed/results*.json or size/sizes.json (optional; see its README to run it).` };
  }
  const byKey = new Map();
  const sources = [];
  if (speedFile) {
    const speed = JSON.parse(readFileSync(speedFile, 'utf8'));
    sources.push(relative(root, speedFile));
    const pick = (list, peers, size, field) => peers
      .map(([lib, pattern, label]) => [list.find((e) => e.lib === lib && pattern.test(e.name) && (e.rows ?? e.points) === size), label])
      .filter(([entry]) => entry)
      .map(([entry, label]) => `${label} ${warmMedian(entry, field)}`)
      .join(' · ');
    for (const n of [1000, 10000]) {
      byKey.set(`table:mount:${n}`, pick(speed.tables ?? [], TABLE_PEERS, n, 'mountMs'));
      byKey.set(`table:sort:${n}`, pick(speed.tables ?? [], TABLE_PEERS, n, 'sortMs'));
      byKey.set(`chart:${n}`, pick(speed.charts ?? [], CHART_PEERS, n, 'mountMs'));
    }
  }
  if (existsSync(sizeFile)) {
    const sizes = JSON.parse(readFileSync(sizeFile, 'utf8'));
    sources.push(relative(root, sizeFile));
    const find = (want) => sizes.find((s) => (typeof want === 'string' ? s.entry === want : want.test(s.entry)));
    const text = SIZE_PEERS
      .map(([wanted, label]) => [wanted.map(find), label])
      .filter(([found]) => found.every(Boolean))
      .map(([found, label]) => `${label} ${(found.reduce((sum, s) => sum + s.gzip, 0) / 1024).toFixed(1)}`)
      .join(' · ');
    byKey.set('size:sota-widgets.js', text);
    byKey.set('size:sota-widgets.iife.js', text);
  }
  return { source: sources.join(', '), byKey };
}
