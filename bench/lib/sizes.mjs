// Bundle sizes for the bench table: runs scripts/check-size.mjs (the build's own size check, so the bench and
// `npm run build` can never disagree) and reads its Markdown rows. Sizes are of dist/ as it is: `--build` in
// bench/run.mjs rebuilds first; otherwise a dist/ older than src/ is flagged, not silently measured.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CEILING_KIB = 49; // issue 14: each script-tag file ≤ 49 KiB gzip

/** Newest modification time of any file under dir (0 when it does not exist). */
function newestMtime(dir) {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** A sentence when dist/ is missing or older than src/, else null. */
export function distProblem() {
  const bundle = join(root, 'dist', 'sota-widgets.js');
  if (!existsSync(bundle)) return 'dist/ has no build: run `npm run build` (or `npm run bench -- --build`).';
  if (statSync(bundle).mtimeMs < newestMtime(join(root, 'src'))) {
    return 'dist/ is older than src/: these are the sizes of the last build; `npm run bench -- --build` rebuilds first.';
  }
  return null;
}

/** Runs `npm run build` in the project (size check included); throws with its output when it fails. */
export function rebuild() {
  const done = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8' });
  if (done.status !== 0) throw new Error(`npm run build failed:\n${(done.stdout + done.stderr).slice(-3000)}`);
}

/**
 * One row per file check-size.mjs lists (gzip KiB, with the 49 KiB ceiling on the script-tag files, and their brotli
 * size too: what CDNs send), and what
 * it said on stderr: it exits non-zero when a file is over its ceiling, which is a figure to show, not a crash.
 */
export function runSizes() {
  const done = spawnSync(process.execPath, [join(root, 'scripts', 'check-size.mjs')], { cwd: root, encoding: 'utf8' });
  const rows = [];
  for (const line of done.stdout.split('\n')) {
    const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
    // Data rows: | file | KiB | gzip KiB | brotli KiB | ceiling |, skipping the header and the --- line.
    if (cells.length < 3 || cells[0] === 'file' || cells[0].startsWith('---')) continue;
    const gzip = Number(cells[2]);
    const file = cells[0].split(' ')[0];
    if (!Number.isFinite(gzip) || cells[1] === 'missing') {
      rows.push({ key: `size:${file}`, name: `dist/${file}, gzip -9`, value: null, unit: 'KiB', note: 'missing from dist/' });
      continue;
    }
    const selfContained = file === 'sota-widgets.js' || file === 'sota-widgets.iife.js';
    rows.push({
      key: `size:${file}`,
      name: `dist/${cells[0]}, gzip -9`,
      value: gzip,
      unit: 'KiB',
      target: selfContained ? CEILING_KIB : undefined,
    });
    if (selfContained && Number.isFinite(Number(cells[3]))) {
      rows.push({ key: `size-br:${file}`, name: `dist/${cells[0]}, brotli -11`, value: Number(cells[3]), unit: 'KiB' });
    }
  }
  if (rows.length === 0) throw new Error(`scripts/check-size.mjs printed no size rows:\n${done.stderr || done.stdout}`);
  const message = done.status === 0 ? null : done.stderr.trim().replace(/\s+/g, ' ') || `exit code ${done.status}`;
  return { rows, message };
}
