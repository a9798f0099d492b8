// Which source files the self-contained script-tag file is made of, largest first: the list to read before
// trying to shrink it. Attributes every byte of dist/sota-widgets.js to a source file through its source map
// (a byte belongs to the source of the mapping segment it falls in), then gzips each file's bytes on their own.
// A file's own gzip figure overstates its share (it cannot borrow matches from its neighbours), so the
// "share" column scales them to add up to the real gzip size of the whole file.
// Usage: npm run build (or the bundle step alone), then `node scripts/size-report.mjs [file] [--top N]`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { relative, resolve, dirname } from 'node:path';
import { pathToFileURL } from 'node:url';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one segment of base64 VLQ numbers (the source map v3 encoding). */
export function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) * 2 ** shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value % 2 ? -Math.floor(value / 2) : value / 2);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/**
 * The generated text each source produced: a Map from the source's name as the map spells it (or
 * "(unmapped)" for bytes no segment claims, such as line breaks before the first segment) to its text.
 */
export function attributeBytes(code, map) {
  const pieces = new Map();
  const add = (source, text) => {
    if (text) pieces.set(source, (pieces.get(source) ?? '') + text);
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
      // The other fields (original line, column, name) carry running state that attribution does not need.
      segments.push({ column, source: sourceDelta === undefined ? '(unmapped)' : map.sources[sourceIndex] });
    }
    const newline = lineNo < lines.length - 1 ? '\n' : '';
    add('(unmapped)', line.slice(0, segments[0]?.column ?? line.length) + newline);
    segments.forEach((segment, i) => add(segment.source, line.slice(segment.column, segments[i + 1]?.column ?? line.length)));
  });
  // Lines past the map's last one belong to nobody.
  add('(unmapped)', lines.slice(map.mappings.split(';').length).join('\n'));
  return pieces;
}

/** Rows per source and per npm package or source folder: raw bytes, own gzip, and the scaled gzip share. */
export function sizeRows(code, map, mapDir = '.') {
  const totalGzip = gzipSync(code, { level: 9 }).length;
  const files = [...attributeBytes(code, map)].map(([source, text]) => ({
    name: source === '(unmapped)' ? source : relative(process.cwd(), resolve(mapDir, map.sourceRoot ?? '', source)),
    raw: Buffer.byteLength(text),
    gzip: gzipSync(text, { level: 9 }).length,
  }));
  const groups = new Map();
  for (const row of files) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(row.name);
    const key = match ? `${match[1]} (package)` : row.name.replace(/\/[^/]+$/, '/ (folder)');
    const sum = groups.get(key) ?? { name: key, raw: 0, gzip: 0 };
    sum.raw += row.raw;
    sum.gzip += row.gzip;
    groups.set(key, sum);
  }
  const gzipSum = files.reduce((sum, row) => sum + row.gzip, 0);
  const withShare = (rows) =>
    rows.map((row) => ({ ...row, share: (row.gzip / gzipSum) * totalGzip })).sort((a, b) => b.gzip - a.gzip);
  return { totalGzip, files: withShare(files), groups: withShare([...groups.values()]) };
}

function main(args) {
  const topAt = args.indexOf('--top');
  const top = topAt >= 0 ? Number(args[topAt + 1]) : 30;
  const file = args.find((arg, i) => !arg.startsWith('--') && i !== topAt + 1) ?? 'dist/sota-widgets.js';
  const code = readFileSync(file, 'utf8');
  const { totalGzip, files, groups } = sizeRows(code, JSON.parse(readFileSync(`${file}.map`, 'utf8')), dirname(file));
  const kib = (n) => (n / 1024).toFixed(2);
  const print = (title, rows) => {
    console.log(`\n${title}\n| source | raw KiB | own gzip KiB | share of gzip KiB |\n|---|---:|---:|---:|`);
    for (const row of rows.slice(0, top)) console.log(`| ${row.name} | ${kib(row.raw)} | ${kib(row.gzip)} | ${kib(row.share)} |`);
  };
  console.log(`${file}: ${kib(Buffer.byteLength(code))} KiB raw, ${kib(totalGzip)} KiB gzip -9`);
  print(`Top ${top} source files`, files);
  print('By package / folder', groups);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));
