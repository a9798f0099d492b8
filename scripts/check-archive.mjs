#!/usr/bin/env node
// Reads the real PWC-style archive files (kept outside the project, never copied in) through the BUILT feed
// layer, to see what parseFeed makes of real-world quirks. Usage:
//   npx vite build && node scripts/check-archive.mjs [directory or .json files...]
// Default directory: ../shared/data relative to the project root. Exits 0 with a note when it is absent.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist', 'feed.js');
if (!existsSync(built)) {
  console.error(`No build at ${built}: run "npx vite build" first.`);
  process.exit(1);
}
const { parseFeed } = await import(pathToFileURL(built).href);

const targets = process.argv.slice(2);
const files = (targets.length > 0 ? targets : [resolve(root, '..', 'shared', 'data')]).flatMap((target) => {
  if (!existsSync(target)) return [];
  return statSync(target).isDirectory()
    ? readdirSync(target).filter((name) => name.endsWith('.json')).sort().map((name) => join(target, name))
    : [target];
});
if (files.length === 0) {
  console.log(`No archive files found (looked in ${targets.join(', ') || resolve(root, '..', 'shared', 'data')}); nothing to check.`);
  process.exit(0);
}

let failed = false;
for (const file of files) {
  console.log(`\n== ${file}`);
  let feed;
  try {
    feed = parseFeed(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    failed = true;
    console.log(`   could not read: ${error.name}: ${error.message}${error.path ? ` (at ${error.path})` : ''}`);
    continue;
  }
  const results = feed.leaderboards.reduce((sum, board) => sum + board.results.length, 0);
  const values = feed.leaderboards.reduce((sum, board) => sum + board.results.reduce((n, r) => n + Object.keys(r.values).length, 0), 0);
  const unread = feed.leaderboards.reduce((sum, board) => sum + board.results.reduce((n, r) => n + Object.values(r.values).filter((v) => v.value === null).length, 0), 0);
  console.log(`   format ${feed.format}: ${feed.leaderboards.length} leaderboards, ${results} results, ${values} values (${unread} without a number), ${feed.papers.length} papers`);
  for (const board of feed.leaderboards) {
    const metrics = board.metrics.map((m) => `${m.name} [${m.direction}${m.descriptor ? ', descriptor' : ''}]`).join('; ');
    const dated = board.results.filter((r) => r.date !== null).length;
    console.log(`   - ${board.task} / ${board.dataset}: ${board.results.length} results (${dated} dated); ${metrics}`);
  }
  const byKind = count(feed.warnings, (w) => w.kind);
  console.log(`   warnings: ${feed.warnings.length}`);
  for (const [kind, n] of byKind) {
    console.log(`     ${kind}: ${n}`);
    const forms = count(feed.warnings.filter((w) => w.kind === kind), (w) => formOf(w));
    for (const [form, m] of forms) console.log(`       ${m} × ${form}`);
  }
  // The promise this script checks: a value without a number is always in the warnings.
  if (unread !== (byKind.get('unreadable-value') ?? 0) - warningsOutsideValues(feed)) {
    failed = true;
    console.log('   MISMATCH: values without a number and unreadable-value warnings differ');
  }
}
process.exit(failed ? 1 : 0);

function count(items, keyOf) {
  const counts = new Map();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return new Map([...counts].sort((a, b) => b[1] - a[1]));
}

/** Raw text for value-like warnings; the field name for missing or ignored fields (their raw is not the point). */
function formOf(warning) {
  if (warning.kind === 'missing-field' || warning.kind === 'ignored-field') return `field "${warning.path.split('/').pop()}"`;
  return JSON.stringify(warning.raw ?? '');
}

/** unreadable-value warnings that are not about a metric cell (a malformed title, say). */
function warningsOutsideValues(feed) {
  return feed.warnings.filter((w) => w.kind === 'unreadable-value' && !/\/metrics\/[^/]+$|\/values\/[^/]+$|\/value$/.test(w.path)).length;
}
