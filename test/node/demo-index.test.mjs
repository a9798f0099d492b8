// The demo's "All benchmarks" page reads demo/feeds/index.json: it must be the index of the demo feeds as they are
// (built with the feed layer from dist/, so `npx vite build` first), list every board of them, and parse back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { demoIndexText, INDEXED } from '../../scripts/demo-index.mjs';

const read = (name) => JSON.parse(readFileSync(new URL(`../../demo/feeds/${name}`, import.meta.url), 'utf8'));

test('demo/feeds/index.json is current (node scripts/demo-index.mjs writes it)', async () => {
  assert.equal(readFileSync(new URL('../../demo/feeds/index.json', import.meta.url), 'utf8'), await demoIndexText());
});

test('the demo index lists every board of the indexed demo feeds, each with its file, and reads back without warnings', async () => {
  const { parseFeed, parseBoardIndex } = await import('../../dist/feed.js');
  const { index, warnings } = parseBoardIndex(read('index.json'));
  assert.deepEqual(warnings, []);
  const listed = index.tasks.flatMap((task) => task.datasets.map((entry) => `${entry.file}: ${task.task} / ${entry.dataset}`)).sort();
  const boards = INDEXED.flatMap((file) => parseFeed(read(file)).leaderboards.map((board) => `${file}: ${board.task} / ${board.dataset}`)).sort();
  assert.deepEqual(listed, boards);
  assert.equal(listed.length, 12);
});
