import { expect } from '@open-wc/testing';
import { detectFormat, parseFeed } from '../../src/feed/all-formats.js';
import { rankResults } from '../../src/feed/rank-results.js';
import { fixtureJson } from './fixture-json.js';

const URL_SWE = 'https://huggingface.co/api/datasets/SWE-bench/SWE-bench_Verified/leaderboard';

describe('parseFeed: Hugging Face benchmark leaderboard', () => {

  it('detectFormat names a list of {rank, modelId, value} hf-leaderboard', async () => {
    expect(detectFormat(await fixtureJson('hf/leaderboard-swe-bench-verified.json'))).to.equal('hf-leaderboard');
  });

  it('names the board after the dataset id in the URL and keeps the Hub\'s rank, badges and notes', async () => {
    const feed = parseFeed(await fixtureJson('hf/leaderboard-swe-bench-verified.json'), { url: URL_SWE });
    expect(feed.format).to.equal('hf-leaderboard');
    const [board] = feed.leaderboards;
    expect([board.task, board.dataset]).to.deep.equal(['SWE-bench/SWE-bench_Verified', 'SWE-bench/SWE-bench_Verified']);
    expect(board.metrics.map((m) => [m.name, m.direction])).to.deep.equal([['Score', 'higher']]);
    expect(board.source).to.deep.equal({ name: 'Hugging Face Eval Results', url: 'https://huggingface.co/datasets/SWE-bench/SWE-bench_Verified', license: null });
    expect(board.results.map((r) => [r.rank, r.model, r.values.Score.value])).to.deep.equal([
      [1, 'Qwen/Qwen3.5-397B-A17B', 76.4],
      [2, 'MiniMaxAI/MiniMax-M2.5', 75.8],
      [3, 'stepfun-ai/Step-3.5-Flash', 74.4],
      [4, 'example-org/sample-model', 61],
    ]);
    const [first, , third, fourth] = board.results;
    expect(first).to.deep.include({ modelUrl: 'https://huggingface.co/Qwen/Qwen3.5-397B-A17B', verified: false, date: null });
    expect(first.paper).to.deep.include({ title: 'Model card', url: 'https://huggingface.co/Qwen/Qwen3.5-397B-A17B' });
    expect(third.paper, 'an entry without source').to.equal(null);
    expect(fourth).to.deep.include({ verified: true, community: { pullRequest: 7 }, notes: 'With tools' });
    expect('community' in first, 'no pull request, no community mark').to.equal(false);
    expect(feed.warnings).to.deep.equal([]);
  });

  it('takes the dataset option over the URL, and a lower-is-better direction from the caller', () => {
    const feed = parseFeed([{ rank: 1, modelId: 'a/b', value: 3 }, { rank: 2, modelId: 'c/d', value: 1 }],
      { url: URL_SWE, dataset: 'my/bench', directions: { score: 'lower' } });
    const [board] = feed.leaderboards;
    expect(board.dataset).to.equal('my/bench');
    expect(board.metrics[0].direction).to.equal('lower');
    expect(rankResults(board)[0].result.model).to.equal('c/d');
  });

  it('warns when nothing names the benchmark, and keeps an entry without a modelId or a readable value', () => {
    const feed = parseFeed([{ rank: 1, modelId: 'a/b', value: 'n/a' }, { rank: 2, value: 1, modelId: null }]);
    const [board] = feed.leaderboards;
    expect(board.dataset).to.equal('Hugging Face benchmark');
    expect(board.results.map((r) => r.model)).to.deep.equal(['a/b', 'Unnamed model']);
    expect(feed.warnings.map((w) => [w.kind, w.path])).to.deep.equal([
      ['missing-field', ''],
      ['unreadable-value', '/0/value'],
      ['missing-field', '/1/modelId'],
    ]);
  });

  it('links only plain repository ids and safe source URLs', () => {
    const feed = parseFeed([{ rank: 1, modelId: 'javascript:alert(1)', value: 1, source: { url: 'javascript:alert(1)', name: 'x' } }], { dataset: 'd/b' });
    const [result] = feed.leaderboards[0].results;
    expect(result.modelUrl).to.equal(undefined);
    expect(result.paper).to.deep.include({ url: null, title: 'x' });
    expect(feed.warnings.map((w) => w.kind)).to.deep.equal(['unsafe-url']);
  });
});
