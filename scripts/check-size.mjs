// Prints the gzip size of every built entry against the self-contained file's budget (40 KiB gzip, issue 6) and
// fails the build when a file grows past its ceiling. Deterministic (gzip -9 of the built bytes), so it fails on
// size, never on timing. The budget is not met (48.7 KiB when the ceiling was last set) and cannot be with the
// features the element issues ask for: a throwaway build with every format but our own, the exports, BibTeX, the
// light-DOM upgrade, JSON line/column and the parsed-feed guard stubbed out still measures 40.3 KiB
// (`node scripts/size-without.mjs`). The ceiling stops growth until the budget is decided again; `--enforce` fails
// on the budget itself.
// An ESM entry is counted with the shared chunks it imports (its bare dependencies, lit and d3, excluded):
// the entry file alone is a line of re-exports and would say nothing.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';

const BUDGET_KIB = { 'sota-widgets.js': 40, 'sota-widgets.iife.js': 40 };
const CEILING_KIB = { 'sota-widgets.js': 49, 'sota-widgets.iife.js': 49 };
const SELF_CONTAINED = ['sota-widgets.js', 'sota-widgets.iife.js'];
const ENTRIES = ['index.js', 'feed.js', 'sota-table.js', 'metric-trend.js', 'paper-card.js', 'sota-index.js'];
const dist = new URL('../dist/', import.meta.url).pathname;
const kib = (n) => (n / 1024).toFixed(1);

/** The entry and every chunk it reaches through relative imports, each once. */
function withChunks(file, seen = new Set()) {
  if (seen.has(file) || !existsSync(join(dist, file))) return seen;
  seen.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  for (const [, chunk] of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) withChunks(chunk, seen);
  return seen;
}

let failed = false;
let grew = false;
const overBy = [];
console.log('| file | KiB | gzip KiB | brotli KiB | budget (gzip) |\n|---|---:|---:|---:|---:|');
for (const file of [...SELF_CONTAINED, ...ENTRIES]) {
  if (!existsSync(join(dist, file))) {
    console.log(`| ${file} | missing | | | |`);
    failed ||= file in BUDGET_KIB;
    grew ||= file in CEILING_KIB;
    continue;
  }
  const parts = SELF_CONTAINED.includes(file) ? [file] : [...withChunks(file)];
  const bytes = Buffer.concat(parts.map((part) => readFileSync(join(dist, part))));
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const budget = BUDGET_KIB[file];
  const over = budget !== undefined && gzip / 1024 > budget;
  failed ||= over;
  grew ||= gzip / 1024 > (CEILING_KIB[file] ?? Infinity);
  if (over) overBy.push(`${file} is ${kib(gzip - budget * 1024)} KiB gzip over its ${budget} KiB budget`);
  const label = parts.length > 1 ? `${file} (+${parts.length - 1} chunks, bare deps excluded)` : file;
  console.log(`| ${label} | ${kib(bytes.length)} | ${kib(gzip)} | ${kib(brotli)} | ${budget ? `≤ ${budget}${over ? ' OVER' : ' ok'}` : ''} |`);
}
if (overBy.length) {
  console.log(`\n${overBy.join('; ')}. \`node scripts/size-report.mjs\` lists the sources it is made of, largest first.`);
}
if (grew) {
  console.error(`\nA self-contained file is missing or past its ceiling (${Object.values(CEILING_KIB)[0]} KiB gzip): it may only shrink.`);
  process.exit(1);
}
if (failed && process.argv.includes('--enforce')) {
  console.error('\nSize budget exceeded (or a budgeted file is missing): the self-contained file must stay within 40 KiB gzip.');
  process.exit(1);
}
