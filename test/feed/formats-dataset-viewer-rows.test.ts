// The dataset viewer's /rows pages (dataset-viewer docs/source/rows.md) and the records reader's intervals and
// holders, on LMArena-shaped sample rows (test/fixtures/hf/README.md says what is sample).
import { expect } from '@open-wc/testing';
import { detectFormat, parseFeed } from '../../src/feed/all-formats.js';
import { FeedError } from '../../src/feed/feed-error.js';
import { rankResults } from '../../src/feed/rank-results.js';
import { fixtureJson } from './fixture-json.js';

const ROWS_URL = 'https://datasets-server.huggingface.co/rows?dataset=lmarena-ai%2Fleaderboard-dataset&config=text&split=latest&offset=0&length=100';

describe('parseFeed: dataset viewer /rows pages', () => {

  it('detectFormat names a {features, rows: [{row_idx, row}]} page dataset-viewer-rows', async () => {
    expect(detectFormat(await fixtureJson('hf/rows-lmarena-text-sample.json'))).to.equal('dataset-viewer-rows');
  });

  it('reads the overall category of LMArena rows as one board: rating ± its interval, votes and variance as descriptors, the source\'s rank kept', async () => {
    const feed = parseFeed(await fixtureJson('hf/rows-lmarena-text-sample.json'), { url: ROWS_URL });
    expect(feed.leaderboards).to.have.length(1);
    const [board] = feed.leaderboards;
    expect([board.task, board.dataset]).to.deep.equal(['lmarena-ai/leaderboard-dataset', 'text · overall']);
    expect(board.source).to.deep.equal({ name: 'LMArena', url: 'https://huggingface.co/datasets/lmarena-ai/leaderboard-dataset', license: null });
    expect(feed.source).to.deep.equal(board.source);
    expect(board.metrics.map((m) => [m.name, m.descriptor])).to.deep.equal([
      ['rank', true], ['organization', true], ['license', true], ['rating', false], ['variance', true], ['vote_count', true],
    ]);
    expect(board.results.map((r) => [r.model, r.values.rating.text, r.values.rank.value, r.date])).to.deep.equal([
      ['sample-model-alpha', '1504.2 ± 6', 1, '2026-11-28'],
      ['sample-model-beta', '1497.6', 1, '2026-11-28'],
      ['sample-model-gamma', '1462 ± 7', 3, '2026-11-28'],
    ]);
    expect(board.results[1].values.rating.interval, 'an asymmetric interval is kept as one').to.deep.equal([1492.1, 1504]);
    expect(rankResults(board)[0].result.model).to.equal('sample-model-alpha');
  });

  it('selects another board with the category option, and names the categories when it has none of that name', async () => {
    const json = await fixtureJson('hf/rows-lmarena-text-sample.json');
    const coding = parseFeed(json, { url: ROWS_URL, category: 'Coding' }).leaderboards[0];
    expect([coding.dataset, coding.results.map((r) => r.model)]).to.deep.equal(['text · Coding', ['sample-model-alpha', 'sample-model-gamma']]);
    expect(() => parseFeed(json, { url: ROWS_URL, category: 'poetry' }))
      .to.throw(FeedError, 'No rows of category "poetry"; this table\'s categories are: overall, coding.');
  });

  it('says when the table was cut short of num_rows_total', async () => {
    const json = await fixtureJson('hf/rows-lmarena-text-sample.json') as { num_rows_total: number };
    const feed = parseFeed({ ...json, num_rows_total: 1200 }, { url: ROWS_URL });
    expect(feed.warnings.map((w) => w.message)).to.include('Shows the first 5 of 1200 rows: the source has more than were read.');
  });
});

describe('parseFeed: any JSON table of records', () => {

  it('reads an object holding its table under a usual key, with stderr as the first metric\'s ± half-width', () => {
    const json = { updated: '2026-11-30', data: [
      { 'Model version': 'm-1', 'Release date': '2026-03-01', mean_score: 0.61, stderr: 0.02 },
      { 'Model version': 'm-2', 'Release date': '2026-05-01', mean_score: 0.7, stderr: 0.015 },
    ] };
    expect(detectFormat(json)).to.equal('records');
    const feed = parseFeed(json, { records: { columns: 'model: Model version; date: Release date; value: mean_score', task: 't', dataset: 'd' } });
    const [board] = feed.leaderboards;
    expect(board.results.map((r) => [r.model, r.date, r.values.mean_score.text])).to.deep.equal([
      ['m-1', '2026-03-01', '0.61 ± 0.02'], ['m-2', '2026-05-01', '0.7 ± 0.015'],
    ]);
    expect(board.metrics.map((m) => m.name)).to.deep.equal(['mean_score']);
  });

  it('recognises {results: [{model, score}]} by itself and pairs *_ci_lower / *_ci_upper with their metric', () => {
    const json = { results: [{ model: 'a', score: 80, score_ci_lower: 78, score_ci_upper: 82, votes: 100 }, { model: 'b', score: 70, score_ci_lower: 60, score_ci_upper: 71, votes: 50 }] };
    expect(detectFormat(json)).to.equal('records');
    const [board] = parseFeed(json, { records: { task: 't', dataset: 'd' } }).leaderboards;
    expect(board.metrics.map((m) => [m.name, m.descriptor])).to.deep.equal([['score', false], ['votes', true]]);
    expect(board.results.map((r) => [r.values.score.text, r.values.score.interval])).to.deep.equal([['80 ± 2', undefined], ['70', [60, 71]]]);
  });
});
