#!/usr/bin/env node
// Writes demo/feeds/index.json, the board index of the demo's feeds, as a site would get it from `sota-widgets
// split`: every board of kebiolm.json, language-modelling.json and squad.json, each with the file it lives in.
// live.json is left out: it is the docs page's moving copy of squad.json's SQuAD2.0 board, not a board of its own.
// Reads the feed layer from the build (run `npx vite build` first). `--check` writes nothing and exits 1 when the
// file is not what it would write (test/node/demo-index.test.mjs runs that).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FEEDS = fileURLToPath(new URL('../demo/feeds/', import.meta.url));
export const INDEXED = ['kebiolm.json', 'language-modelling.json', 'squad.json'];
const OUT = join(FEEDS, 'index.json');

/** The index's JSON text, from the feeds as they are now. */
export async function demoIndexText() {
  const { parseFeed, buildBoardIndex } = await import('../dist/feed.js');
  const fileOf = new Map();
  const boards = [];
  let updated = null;
  for (const file of INDEXED) {
    const feed = parseFeed(JSON.parse(readFileSync(join(FEEDS, file), 'utf8')));
    for (const board of feed.leaderboards) fileOf.set(board, file);
    boards.push(...feed.leaderboards);
    if (feed.updated && (!updated || feed.updated > updated)) updated = feed.updated;
  }
  const source = { name: 'Papers with Code archive and the SQuAD leaderboard', url: 'https://github.com/paperswithcode/paperswithcode-data', license: 'CC-BY-SA-4.0' };
  return `${JSON.stringify(buildBoardIndex(boards, { fileFor: (board) => fileOf.get(board), source, updated }), null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = await demoIndexText();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(OUT, 'utf8');
    } catch {
      // missing: reported below
    }
    if (current !== text) {
      console.error('demo/feeds/index.json is not the index of the demo feeds: run `node scripts/demo-index.mjs`.');
      process.exit(1);
    }
  } else {
    writeFileSync(OUT, text);
    console.log(`wrote ${OUT}`);
  }
}
