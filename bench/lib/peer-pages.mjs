// The peer libraries our table and chart benches run beside our elements, in the same run and browser, with the
// method of ../shared/peer-bench (bench/peers/: our own pages, the peers' published npm packages as exact
// devDependencies). The fastest of them in its own configuration each: @vaadin/grid and Tabulator render the rows
// in view, Grid.js a 50-row page; d3 and Observable Plot draw SVG. (peer-bench's vega-lite and the unwindowed
// tables are several times slower at every size, so they are left to peer-bench.)
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBenchPage } from './page-runs.mjs';

const modules = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'node_modules');
const ROOT_STYLE = 'width:1000px;font:13px sans-serif'; // peer-bench's page

export const TABLE_PEERS = [
  { lib: 'vaadin-grid', label: '@vaadin/grid' },
  { lib: 'tabulator', label: 'Tabulator', stylesheets: ['tabulator-tables/dist/css/tabulator.min.css'] },
  { lib: 'gridjs', label: 'Grid.js paged', stylesheets: ['gridjs/dist/theme/mermaid.min.css'] },
];
export const CHART_PEERS = [
  { lib: 'd3-svg', label: 'd3 SVG' },
  { lib: 'observable-plot', label: 'Plot' },
];

/** Builds each peer's page (bench/peers/<lib>.js); resolves to [{ lib, label, url }]. */
export async function buildPeerPages(peers) {
  const pages = [];
  for (const peer of peers) {
    const stylesheets = (peer.stylesheets ?? []).map((path) => join(modules, path));
    const url = await buildBenchPage(`peers/${peer.lib}.js`, { name: `peer-${peer.lib}`, rootStyle: ROOT_STYLE, stylesheets });
    pages.push({ ...peer, url });
  }
  return pages;
}

/**
 * The same-run comparison for one figure. `ours` and each of `peerValues` (label → values, ms) hold one value per
 * rep, in rep order (a peer's page opened right after ours). Returns each peer's median, the best peer (lowest
 * median), `ratio`: our median ÷ the best peer's, and `pairRatio`: the median over reps of ours ÷ the best peer's
 * in the same rep, which a load that changes during the run weighs on least. Below 1: we are faster. With
 * `layout` (the same values taken at forced layout, before the two frames, whose 16.7 ms steps hide small
 * differences) the same comparison of those is added as `layout`.
 */
export function comparePeers(ours, peerValues, median, layout = null) {
  const medians = Object.entries(peerValues).filter(([, values]) => values.length)
    .map(([label, values]) => ({ label, median: Math.round(median(values) * 10) / 10 }));
  if (!medians.length) return null;
  const best = medians.reduce((a, b) => (b.median < a.median ? b : a));
  const bestValues = peerValues[best.label];
  const round = (x) => Math.round(x * 100) / 100;
  return {
    peers: medians,
    best: best.label,
    ratio: round(median(ours) / best.median),
    pairRatio: round(median(ours.map((value, rep) => value / bestValues[rep]))),
    ...(layout ? { layout: comparePeers(layout.ours, layout.peerValues, median) } : {}),
  };
}

/** "0.96× @vaadin/grid (pairs 0.9×, to layout 0.8×)": the comparison in one table cell. */
export function ratioText(samePeers) {
  const layout = samePeers.layout ? `, to layout ${samePeers.layout.pairRatio}×` : '';
  return `${samePeers.ratio}× ${samePeers.best} (pairs ${samePeers.pairRatio}×${layout})`;
}
