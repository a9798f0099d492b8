// Which source files the self-contained script-tag file is made of, largest first: the list to read before
// trying to shrink it. Attributes every byte of dist/sota-widgets.js to a source file through its source map
// (a byte belongs to the source of the mapping segment it falls in), then gzips each file's bytes on their own.
// A file's own gzip figure overstates its share (it cannot borrow matches from its neighbours), so the
// "share" column scales them to add up to the real gzip size of the whole file.
// Usage: npm run build (or the bundle step alone), then `node scripts/size-report.mjs [file] [--top N]`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { relative } from 'node:path';

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args[topAt + 1]) : 30;
const file = args.find((arg, i) => !arg.startsWith('--') && i !== topAt + 1) ?? 'dist/sota-widgets.js';
const code = readFileSync(file, 'utf8');
const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Decodes one segment of base64 VLQ numbers (the source map v3 encoding). */
function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** Pieces of generated text per source index ('unmapped' for bytes no segment claims). */
const pieces = new Map();
const add = (source, text) => {
  if (!text) return;
  const list = pieces.get(source) ?? [];
  list.push(text);
  pieces.set(source, list);
};
const lines = code.split('\n');
let sourceIndex = 0;
map.mappings.split(';').forEach((lineMappings, lineNo) => {
  const line = lines[lineNo] ?? '';
  let column = 0;
  const segments = [];
  for (const segment of lineMappings ? lineMappings.split(',') : []) {
    const [columnDelta, sourceDelta] = decodeSegment(segment);
    column += columnDelta;
    if (sourceDelta !== undefined) sourceIndex += sourceDelta;
    // The other fields (original line, column, name) carry running state we do not need.
    segments.push({ column, source: sourceDelta === undefined ? 'unmapped' : sourceIndex });
  }
  add('unmapped', line.slice(0, segments[0]?.column ?? line.length) + '\n');
  segments.forEach((segment, i) => add(segment.source, line.slice(segment.column, segments[i + 1]?.column ?? line.length)));
});

const totalGzip = gzipSync(code, { level: 9 }).length;
const rows = [...pieces].map(([source, list]) => {
  const text = list.join('');
  const name = source === 'unmapped' ? '(unmapped)' : relative(process.cwd(), new URL(map.sources[source], `file://${process.cwd()}/${file}`).pathname);
  return { name, raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length };
});
/** Several sources (one per module of a package) folded into one row per npm package. */
const byPackage = new Map();
for (const row of rows) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(row.name);
  const key = match ? `${match[1]} (package)` : row.name.replace(/\/[^/]+$/, '/ (folder)');
  const sum = byPackage.get(key) ?? { name: key, raw: 0, gzip: 0 };
  sum.raw += row.raw;
  sum.gzip += row.gzip;
  byPackage.set(key, sum);
}
const gzipSum = rows.reduce((sum, row) => sum + row.gzip, 0);
const kib = (n) => (n / 1024).toFixed(2);
const print = (title, list) => {
  console.log(`\n${title}\n| source | raw KiB | own gzip KiB | share of gzip KiB |\n|---|---:|---:|---:|`);
  for (const row of list.sort((a, b) => b.gzip - a.gzip).slice(0, top)) {
    console.log(`| ${row.name} | ${kib(row.raw)} | ${kib(row.gzip)} | ${kib((row.gzip / gzipSum) * totalGzip)} |`);
  }
};
console.log(`${file}: ${kib(Buffer.byteLength(code))} KiB raw, ${kib(totalGzip)} KiB gzip -9`);
print(`Top ${top} source files`, rows);
print('By package / folder', [...byPackage.values()]);
