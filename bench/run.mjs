// `npm run bench`: every benchmark, one Markdown table of medians with the issues' targets beside them, and
// bench/out/latest.json. Options: --reps N (fresh pages / contexts per figure, default 7),
// --only table|chart|seed|cold|prerender|index|size|split (comma-separated for several), --build (npm run build before measuring
// sizes). The table and chart groups run their peer libraries (bench/peers/) in the same loop. Needs Chromium (CHROME_PATH or /usr/bin/chromium) for table, chart, seed, cold and prerender; split needs
// /usr/bin/time, and jq and python3 for its peers. Peer figures come from ../shared/peer-bench when present.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './lib/browser.mjs';
import { option, repsOption } from './lib/cli.mjs';
import { readPeers } from './lib/peers.mjs';
import { markdownTable, normalizeRow } from './lib/report.mjs';
import { distProblem, rebuild, runSizes } from './lib/sizes.mjs';
import { run as runChart } from './metric-trend.bench.mjs';
import { run as runCold } from './cold-element.bench.mjs';
import { run as runPrerender } from './prerender.bench.mjs';
import { run as runSeed } from './seed-page.bench.mjs';
import { run as runSplit } from './split.bench.mjs';
import { run as runTable } from './sota-table.bench.mjs';
import { run as runIndex } from './sota-index.bench.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const GROUPS = ['table', 'chart', 'seed', 'cold', 'prerender', 'index', 'size', 'split'];

/** Options, or a one-line usage error (exit code 2) instead of a stack trace. */
function readOptions() {
  try {
    const only = option('--only', GROUPS.join(',')).split(',').map((g) => g.trim());
    const unknown = only.filter((g) => !GROUPS.includes(g));
    if (unknown.length) throw new Error(`--only takes ${GROUPS.join('|')} (comma-separated), not "${unknown.join(',')}".`);
    return { reps: repsOption(7), only, build: process.argv.includes('--build') };
  } catch (error) {
    console.error(`bench: ${error.message}\nUsage: npm run bench -- [--reps N] [--only table,chart,seed,cold,prerender,index,size,split] [--build]`);
    process.exit(2);
  }
}

const { reps, only, build } = readOptions();

const rows = [];
const notes = [];
let failed = false;
const needsBrowser = only.some((g) => g !== 'size' && g !== 'split');
const browser = needsBrowser ? await launchBrowser() : null;
const started = Date.now();

/** Runs one group; a failure becomes a row and a note, and the other groups still run. */
async function section(group, measure) {
  if (!only.includes(group)) return;
  const t0 = Date.now();
  process.stderr.write(`bench: ${group}… `);
  try {
    for (const row of await measure()) rows.push(normalizeRow(row, group));
    process.stderr.write(`${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
  } catch (error) {
    failed = true;
    process.stderr.write('failed\n');
    notes.push(`${group}: ${error.message}`);
    rows.push(normalizeRow({ name: `${group} (failed, see notes)`, value: null, note: 'failed' }, group));
  }
}

try {
  await section('table', () => runTable({ reps, browser }));
  await section('chart', () => runChart({ reps, browser }));
  await section('seed', () => runSeed({ reps, browser }));
  await section('cold', () => runCold({ reps, browser }));
  await section('prerender', () => runPrerender({ reps, browser }));
  await section('index', () => runIndex({ reps, browser }));
  await section('size', async () => {
    if (build) rebuild();
    const problem = distProblem();
    if (problem) notes.push(`size: ${problem}`);
    const { rows: sizes, message } = runSizes();
    if (message) notes.push(`size: scripts/check-size.mjs says: ${message}`);
    return sizes;
  });
  await section('split', async () => {
    const { rows: figures, notes: splitNotes } = await runSplit({ reps });
    notes.push(...splitNotes.map((note) => `split: ${note}`));
    return figures;
  });
} finally {
  await browser?.close();
}

const peers = readPeers();
if (peers.message) notes.push(peers.message);
const browserVersion = browser ? browser.version() : null;
console.log(`\nsota-widgets bench: ${reps} reps per figure, Chromium ${browserVersion ?? '(not used)'}, ${cpus().length} cores, ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log('Times in ms are warm medians over fresh pages (table, chart) or cold loads in fresh contexts (seed page, cold); split\'s\nfigures are medians over fresh processes (seconds, and peak RSS in MB).\n');
console.log(markdownTable(rows, peers));
if (rows.some((row) => row.samePeers)) console.log('\nPeers of the table and chart figures ran in this run (bench/lib/peer-pages.mjs: a fresh page each after ours, every rep); ours ÷ best peer is our median over the fastest peer\'s.');
if (peers.source) console.log(`\nFigures marked (peer-bench): warm medians recomputed from ${peers.source} (another run on this machine; compare loosely).`);
if (notes.length) console.log(`\nNotes:\n${notes.map((n) => `- ${n}`).join('\n')}`);

mkdirSync(join(here, 'out'), { recursive: true });
const json = {
  date: new Date().toISOString(), reps, only, chromium: browserVersion, cores: cpus().length, node: process.version,
  rows, peers: peers.byKey ? { source: peers.source, figures: Object.fromEntries(peers.byKey) } : null, notes,
};
writeFileSync(join(here, 'out', 'latest.json'), `${JSON.stringify(json, null, 2)}\n`);
console.log('\nWrote bench/out/latest.json');
if (failed) process.exitCode = 1;
