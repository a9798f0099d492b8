// split's ListSplitter (src/cli/split/list-splitter.ts) cuts a JSON list's bytes into its items' texts without
// parsing them. Checked against JSON.parse on lists holding what could fool a byte scanner (brackets, commas and
// escaped quotes inside strings, backslashes at chunk ends, multi-byte characters, a byte-order mark), cut into
// chunks at every possible place. The module is built with esbuild here, as split's own code is not in dist/'s API.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';

const { outputFiles } = buildSync({
  entryPoints: [fileURLToPath(new URL('../../src/cli/split/list-splitter.ts', import.meta.url))], bundle: true, format: 'esm', platform: 'node', write: false,
});
const { ListSplitter, NotAList, ListSyntaxError } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);

/** Every item's value, feeding `bytes` in chunks of `size`. */
function split(bytes, size) {
  const splitter = new ListSplitter();
  const items = [];
  for (let at = 0; at < bytes.length; at += size) items.push(...splitter.push(bytes.subarray(at, at + size)));
  splitter.end();
  return items.map((text) => JSON.parse(text));
}

const TRICKY = [
  { task: 'a "quoted" [task], {with} commas', datasets: [{ name: 'back\\slash\\', sota: { rows: [{ v: '93.3%' }, null] } }] },
  'a string item with ] and }',
  42.5e-3,
  null,
  true,
  [[], {}, [[['deep']]]],
  { emoji: 'Ελληνικά 中文 🧪', escapes: '\\"\\\\\n\t\u0001', empty: '' },
  {},
];

test('ListSplitter gives the same items as JSON.parse, wherever the chunks are cut', () => {
  for (const text of [JSON.stringify(TRICKY), JSON.stringify(TRICKY, null, 2), `\uFEFF ${JSON.stringify(TRICKY)} \n`]) {
    const bytes = Buffer.from(text);
    for (let size = 1; size <= 64; size++) assert.deepEqual(split(bytes, size), TRICKY, `chunks of ${size} bytes`);
    assert.deepEqual(split(bytes, bytes.length), TRICKY);
  }
});

test('ListSplitter: an empty list has no items; not a list, empty, unended or trailing text is refused', () => {
  assert.deepEqual(split(Buffer.from(' [ ] '), 1), []);
  assert.throws(() => split(Buffer.from('{"task": "x"}'), 4), (error) => error instanceof NotAList && /an object, not a list/.test(error.message));
  assert.throws(() => split(Buffer.from('"x"'), 4), (error) => error instanceof NotAList && /a single value/.test(error.message));
  assert.throws(() => split(Buffer.from('  '), 4), (error) => error instanceof NotAList && /empty/.test(error.message));
  assert.throws(() => split(Buffer.from('[{"a": 1}, {"b": '), 4), ListSyntaxError);
  assert.throws(() => split(Buffer.from('[1, 2] 3'), 4), ListSyntaxError);
  assert.throws(() => split(Buffer.from('[1, 2,]'), 4), ListSyntaxError);
  // Invalid JSON inside an item is left to JSON.parse, which refuses the item.
  assert.throws(() => split(Buffer.from('[1,, 2]'), 4), SyntaxError);
});
