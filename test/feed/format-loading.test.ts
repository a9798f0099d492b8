// The main entry's parseFeed (the script-tag file's) reads our own format itself and every other format once its
// reader group is loaded: loadReaderFor loads the one group a feed needs, loadFeedFormats all of them. This file
// imports parse-feed.ts and load-feed-formats.ts alone, as the main entry does, so nothing is installed yet.
import { expect } from '@open-wc/testing';
import { detectFormat, parseFeed } from '../../src/feed/parse-feed.js';
import { loadFeedFormats, loadReaderFor } from '../../src/feed/load-feed-formats.js';
import { FeedError } from '../../src/feed/feed-error.js';
import { fixtureJson, fixtureText } from './fixture-json.js';

const hubBoard = [{ rank: 1, modelId: 'org/model', value: 71.2, filename: '.eval_results/swe.yaml', verified: true, author: 'org' }];

describe('format readers loaded on demand', () => {
  it('reads our own format at once, and needs nothing loaded for it', () => {
    const own = { version: 1, leaderboards: [{ task: 'T', dataset: 'D', results: [{ model: 'M', values: { F1: 1 } }] }] };
    expect(loadReaderFor(own)).to.equal(null);
    expect(parseFeed(own).format).to.equal('sota-widgets');
    expect(loadReaderFor({ format: 'sota-widgets-index', version: 1, tasks: [] })).to.equal(null);
  });

  it('knows an archive file before loading its reader, refuses to read it until then, and reads it after', async () => {
    const tables = await fixtureJson('pwc-evaluation-tables-squad.json');
    expect(detectFormat(tables)).to.equal('pwc-evaluation-tables');
    expect(() => parseFeed(tables)).to.throw(FeedError, 'The pwc-evaluation-tables reader is loaded on demand: call loadFeedFormats()');
    const loading = loadReaderFor(tables);
    expect(loading).to.be.instanceOf(Promise);
    expect(loadReaderFor(tables)).to.equal(loading, 'one load per group, however many feeds ask');
    await loading;
    expect(loadReaderFor(tables)).to.equal(null);
    expect(parseFeed(tables).leaderboards.map((board) => board.dataset)).to.include('SQuAD1.1');
  });

  it('tells CSV text by its delimiters, and reads it once the table-text group is loaded', async () => {
    const csv = await fixtureText('kebiolm-results.csv');
    expect(detectFormat(csv)).to.equal('csv');
    expect(() => parseFeed(csv)).to.throw(FeedError, 'The csv reader is loaded on demand');
    await loadReaderFor(csv);
    const board = parseFeed(csv).leaderboards.find((b) => b.dataset === 'NCBI-disease')!;
    expect(board.results.map((result) => [result.model, result.values.F1.text])).to.deep.equal([['KeBioLM', '89.1'], ['PubMedBERT', '87.82']]);
  });

  it('loads the live group for a shape nothing built in knows, then tells the Hub\'s from unknown ones', async () => {
    expect(detectFormat(hubBoard)).to.equal(null, 'the Hub shapes are told apart by the live group itself');
    await loadReaderFor(hubBoard);
    expect(detectFormat(hubBoard)).to.equal('hf-leaderboard');
    expect(parseFeed(hubBoard, { dataset: 'SWE-bench/SWE-bench_Verified' }).leaderboards[0].results[0].model).to.equal('org/model');
    const unknown = { hello: 'world' };
    expect(loadReaderFor(unknown)).to.equal(null, 'every detector has been asked: parseFeed says what it is not');
    expect(() => parseFeed(unknown)).to.throw(FeedError, 'Could not tell the feed format: an object with the keys "hello"');
  });

  it('loadFeedFormats installs every group', async () => {
    await loadFeedFormats();
    for (const input of [[{ paper_url: 'https://paperswithcode.com/paper/x', title: 'X', authors: ['A'] }], { 'model-index': [] }]) {
      expect(loadReaderFor(input), JSON.stringify(input)).to.equal(null);
    }
  });
});
