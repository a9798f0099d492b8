// Prints the gzip size of every built entry and fails when the self-contained file is over budget.
// Deterministic (gzip -9 of the built bytes), so a failing budget fails the build, not a timing.
// `--enforce` turns an exceeded budget into a non-zero exit.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';

const BUDGET_KIB = { 'sota-widgets.js': 40, 'sota-widgets.iife.js': 40 };
const dist = new URL('../dist/', import.meta.url).pathname;
const kib = (n) => (n / 1024).toFixed(1);

const files = readdirSync(dist).filter((f) => f.endsWith('.js') && !f.includes('-')).sort();
let failed = false;
console.log('| file | min KiB | gzip KiB | brotli KiB | budget (gzip) |\n|---|---:|---:|---:|---:|');
for (const file of files) {
  const bytes = readFileSync(join(dist, file));
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const budget = BUDGET_KIB[file];
  const over = budget !== undefined && gzip / 1024 > budget;
  failed ||= over;
  console.log(`| ${file} | ${kib(bytes.length)} | ${kib(gzip)} | ${kib(brotli)} | ${budget ? `≤ ${budget}${over ? ' OVER' : ' ok'}` : ''} |`);
}
if (failed && process.argv.includes('--enforce')) {
  console.error('\nSize budget exceeded: the self-contained file must stay within 40 KiB gzip.');
  process.exit(1);
}
