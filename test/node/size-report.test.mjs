// scripts/size-report.mjs decides where size work goes, so its attribution must be right: every byte of a
// bundle counted once, each under the source that produced it. Checked on a tiny bundle esbuild makes here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { attributeBytes, decodeSegment, sizeRows } from '../../scripts/size-report.mjs';

test("decodeSegment reads base64 VLQ ('AAAA' is zeros, 'gB' is 16, 'D' is -1)", () => {
  assert.deepEqual(decodeSegment('AAAA'), [0, 0, 0, 0]);
  assert.deepEqual(decodeSegment('gB'), [16]);
  assert.deepEqual(decodeSegment('DACA'), [-1, 0, 1, 0]);
});

async function bundle() {
  const dir = mkdtempSync(join(tmpdir(), 'size-report-'));
  writeFileSync(join(dir, 'small.js'), 'export const smallGreeting = () => "hello from the small file";\n');
  const long = Array.from({ length: 40 }, (_, i) => `  "entry number ${i} of the big table",`).join('\n');
  writeFileSync(join(dir, 'big.js'), `export const bigTable = [\n${long}\n];\n`);
  writeFileSync(join(dir, 'entry.js'), 'export { smallGreeting } from "./small.js";\nexport { bigTable } from "./big.js";\n');
  const result = await build({
    entryPoints: [join(dir, 'entry.js')], bundle: true, format: 'esm', minify: true, sourcemap: 'external',
    outfile: join(dir, 'out.js'), write: false,
  });
  const code = result.outputFiles.find((file) => file.path.endsWith('.js')).text;
  const map = JSON.parse(result.outputFiles.find((file) => file.path.endsWith('.map')).text);
  return { code, map };
}

test('attributeBytes counts every byte once, under the file that produced it', async () => {
  const { code, map } = await bundle();
  const pieces = attributeBytes(code, map);
  assert.equal([...pieces.values()].join('').length, code.length);
  const owner = (needle) => [...pieces].find(([, text]) => text.includes(needle))?.[0];
  assert.match(owner('hello from the small file'), /small\.js$/);
  assert.match(owner('entry number 39 of the big table'), /big\.js$/);
});

test('sizeRows ranks the bigger source first and its shares add up to the real gzip size', async () => {
  const { code, map } = await bundle();
  const { totalGzip, files } = sizeRows(code, map);
  assert.match(files[0].name, /big\.js$/);
  const shares = files.reduce((sum, row) => sum + row.share, 0);
  assert.ok(Math.abs(shares - totalGzip) < 1e-6, `${shares} vs ${totalGzip}`);
});
