// `sota-widgets split` end to end on a generated archive of the real one's size and shape (bench/make-archive.mjs:
// 2,250 top-level tasks, 60,000 results, about 147 MB) and on a quarter of it, beside two peers that only read the
// same file: `jq -c '.. | .datasets? // empty'` and Python's json.load, and beside `cp -r` of split's output (the same
// files made with no reading or parsing: what creating them costs on this disk). Each run is a fresh process timed by
// /usr/bin/time (wall time, CPU time and peak resident memory, the same way for every tool). Medians over the reps.
// Goals (issue 11): faster than jq, peak memory under 300 MB and not growing with the archive's size.
//
// Every run writes into a folder of its own, and the folders are deleted after the last timed run. Deleting
// thousands of files just before a run is not free for the run: on an ext4 without a journal (the VMs this was
// built on) the kernel skips every inode freed in the last minute when it makes a new one, reading its inode
// table block each time (perf: `recently_deleted` under ext4_create and ext4_mkdir, most of the run's system
// time), so a run right after `rm -rf` of the last output took 5-8 s of system time instead of 0.5-1.7. That cost
// is the disk's, not split's, and not what a user's first run meets; one figure shows it, measured last.
// Run: node bench/split.bench.mjs [--reps N]
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMain, repsOption } from './lib/cli.mjs';
import { summarize } from './lib/stats.mjs';
import { writeArchive } from './make-archive.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const out = join(here, 'out');
const TIME = '/usr/bin/time';
const RSS_TARGET_MB = 300;
const SEED = 11;

/** The generated archive at `scale`, written once and reused while the generator is unchanged. */
async function archiveAt(scale) {
  const path = join(out, `archive-seed${SEED}-scale${scale}.json`);
  const generator = statSync(join(here, 'make-archive.mjs')).mtimeMs;
  if (!existsSync(path) || statSync(path).mtimeMs < generator) await writeArchive(path, { scale, seed: SEED });
  return path;
}

/** dist/cli.js, rebuilt when missing or older than the code it is built from. */
function cliBuild() {
  const cli = join(root, 'dist', 'cli.js');
  const newest = ['src/cli', 'src/cli/split', 'src/cli/commands', 'src/feed', 'src/feed/formats', 'src/feed/internal']
    .map((dir) => statSync(join(root, dir)).mtimeMs);
  if (!existsSync(cli) || statSync(cli).mtimeMs < Math.max(...newest)) {
    const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
    const done = spawnSync(process.execPath, [vite, 'build', '--config', 'vite.cli.config.ts', '--logLevel', 'warn'], { cwd: root, encoding: 'utf8' });
    if (done.status !== 0) throw new Error(`Building the CLI failed:\n${done.stderr || done.stdout}`);
  }
  return cli;
}

/** One timed run: { seconds, rssMB, cpu (user + system seconds), system }; throws with the tool's stderr when it fails. */
function timed(command, args) {
  const done = spawnSync(TIME, ['-f', '%e %M %U %S', command, ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const last = done.stderr.trim().split('\n').at(-1) ?? '';
  const match = /^([\d.]+) (\d+) ([\d.]+) ([\d.]+)$/.exec(last);
  if (done.status !== 0 || !match) throw new Error(`${command} ${args.join(' ')} failed (exit ${done.status}):\n${done.stderr.slice(-2000)}`);
  return { seconds: Number(match[1]), rssMB: Number(match[2]) / 1024, cpu: Number(match[3]) + Number(match[4]), system: Number(match[4]) };
}

function available(command, args) {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

/** `reps` timed runs of the command `argsFor(rep)` gives, `before(rep)` run untimed ahead of each. */
function measure(reps, label, command, argsFor, before = () => {}) {
  const runs = [];
  for (let i = 0; i < reps; i++) {
    before(i);
    runs.push(timed(command, argsFor(i)));
  }
  const seconds = summarize(runs.map((r) => r.seconds));
  const rss = summarize(runs.map((r) => r.rssMB));
  const cpu = summarize(runs.map((r) => r.cpu));
  const system = summarize(runs.map((r) => r.system));
  return { label, seconds, rss, cpu, system };
}

export async function run({ reps = 5 } = {}) {
  if (!existsSync(TIME)) throw new Error(`${TIME} is needed to time the runs and read their peak memory (Debian: apt-get install time).`);
  const cli = cliBuild();
  const full = await archiveAt(1);
  const quarter = await archiveAt(0.25);
  const mb = (path) => `${(statSync(path).size / 1e6).toFixed(0)} MB`;
  // Output of an earlier, interrupted run is moved aside, not deleted, so no deletion comes before the timed runs.
  const runs = join(out, 'split-runs');
  const aside = `${runs}-old`;
  if (existsSync(runs)) {
    rmSync(aside, { recursive: true, force: true });
    renameSync(runs, aside);
  }
  const into = (name) => (rep) => join(runs, `${name}-${rep}`);
  const fullInto = into('full');
  const figures = [];
  const notes = [];
  try {
    figures.push(
      { ...measure(reps, `split, full archive (${mb(full)})`, process.execPath, (rep) => [cli, 'split', full, '-o', fullInto(rep)]), goals: true },
      { ...measure(reps, `split, quarter archive (${mb(quarter)})`, process.execPath, (rep) => [cli, 'split', quarter, '-o', into('quarter')(rep)]), goals: true },
      measure(reps, 'cp -r of the full archive\'s split output (the same files, nothing read)', 'cp', (rep) => ['-r', fullInto(0), into('cp')(rep)]),
    );
    if (available('jq', ['--version'])) figures.push(measure(reps, `jq -c '.. | .datasets? // empty', full archive`, 'jq', () => ['-c', '.. | .datasets? // empty', full]));
    else notes.push('jq is not installed: its figure is missing (Debian: apt-get install jq).');
    if (available('python3', ['--version'])) figures.push(measure(reps, 'python3 json.load, full archive', 'python3', () => ['-c', 'import json, sys; json.load(open(sys.argv[1], "rb"))', full]));
    else notes.push('python3 is not installed: its figure is missing.');
    // Last, as its deletions slow whatever makes files in the next minute (see the top of this file).
    const again = into('again');
    figures.push(measure(reps, 'split, full archive, right after deleting the last run\'s output', process.execPath,
      (rep) => [cli, 'split', full, '-o', again(rep)],
      (rep) => rmSync(rep === 0 ? fullInto(reps - 1) : again(rep - 1), { recursive: true, force: true })));
  } finally {
    rmSync(runs, { recursive: true, force: true });
    rmSync(aside, { recursive: true, force: true });
  }

  const jq = figures.find((f) => f.label.startsWith('jq'));
  const rows = [];
  for (const figure of figures) {
    rows.push({
      key: `split:time:${figure.label}`, name: `${figure.label}: wall time`, value: figure.seconds.median, unit: 's',
      min: figure.seconds.min, max: figure.seconds.max,
      // The goal is to beat jq on the same file, so jq's median in this run is the target.
      target: figure.goals && jq ? jq.seconds.median : undefined,
    });
    // CPU time beside wall time: on a shared machine, wall time mostly measures the neighbours.
    rows.push({
      key: `split:cpu:${figure.label}`, name: `${figure.label}: CPU time (user + system)`, value: figure.cpu.median, unit: 's',
      min: figure.cpu.min, max: figure.cpu.max, target: figure.goals && jq ? jq.cpu.median : undefined,
    });
    // The kernel's share apart: for split it is mostly creating 19,188 files, which a busy shared disk makes vary most.
    rows.push({
      key: `split:system:${figure.label}`, name: `${figure.label}: of which system`, value: figure.system.median, unit: 's',
      min: figure.system.min, max: figure.system.max,
    });
    rows.push({
      key: `split:rss:${figure.label}`, name: `${figure.label}: peak RSS`, value: Math.round(figure.rss.median), unit: 'MB',
      min: figure.rss.min, max: figure.rss.max, target: figure.goals ? RSS_TARGET_MB : undefined,
    });
  }
  return { rows, notes };
}

if (isMain(import.meta.url)) {
  const { rows, notes } = await run({ reps: repsOption(5) });
  for (const row of rows) console.log(`${row.name}: ${row.value} ${row.unit} (${row.min}–${row.max})${row.target ? `, target ≤ ${row.target} ${row.unit}` : ''}`);
  for (const note of notes) console.log(`note: ${note}`);
}
