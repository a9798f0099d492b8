// sota-widgets/feed must load and work in plain Node 20, with no DOM: this imports the built file (run
// `npx vite build` first) exactly as a Node user of the package would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

const fixture = async (name) => JSON.parse(await readFile(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));

test('sota-widgets/feed loads in Node without a DOM', async () => {
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.HTMLElement, 'undefined');
  const feed = await import('../../dist/feed.js');
  for (const name of ['parseFeed', 'detectFormat', 'rankResults', 'stateOfTheArt', 'parseMetricValue', 'metricDirection']) {
    assert.equal(typeof feed[name], 'function', name);
  }
});

test('parseFeed reads PWC evaluation tables and rankResults ranks them in Node', async () => {
  const { parseFeed, rankResults } = await import('../../dist/feed.js');
  const feed = parseFeed(await fixture('pwc-evaluation-tables-squad.json'));
  assert.equal(feed.format, 'pwc-evaluation-tables');
  const squad = feed.leaderboards.find((board) => board.dataset === 'SQuAD1.1');
  const ranked = rankResults(squad, 'F1');
  assert.deepEqual(ranked.map(({ result, rank }) => [result.model, rank]), [
    ['BERT (ensemble)', 1],
    ['BiDAF (single model)', 2],
    ['Match-LSTM with Ans-Ptr (Boundary)', 3],
    ['Logistic Regression', 4],
    ['Human Performance', null],
  ]);
});

test('parseFeed honours a lower-is-better direction from our own format in Node', async () => {
  const { parseFeed, rankResults, FeedError } = await import('../../dist/feed.js');
  const feed = parseFeed(await fixture('own-format-blurb.json'));
  const ptb = feed.leaderboards.find((board) => board.id === 'lm-ptb');
  assert.equal(rankResults(ptb)[0].result.model, 'Transformer-XL');
  assert.throws(() => parseFeed(42), (error) => error instanceof FeedError && /found a number/.test(error.message));
});
