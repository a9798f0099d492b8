import { expect } from '@open-wc/testing';
import { detectFormat, parseFeed } from '../../src/feed/all-formats.js';
import { FeedError } from '../../src/feed/feed-error.js';
import { fixtureJson } from './fixture-json.js';

describe('parseFeed: a model\'s Hugging Face eval results', () => {

  it('reads {id, evalResults} into one board per benchmark and task, dated where a date is given', async () => {
    const json = await fixtureJson('hf/model-eval-results.json');
    expect(detectFormat(json)).to.equal('hf-eval-results');
    const feed = parseFeed(json);
    expect(feed.leaderboards.map((b) => [b.task, b.dataset, b.results.map((r) => [r.model, r.values.Score.value, r.date])])).to.deep.equal([
      ['openai/gsm8k', 'main', [['example-org/sample-model', 86.2, '2024-04-22']]],
      ['Idavidrein/gpqa', 'gpqa_diamond', [['example-org/sample-model', 0.412, '2025-01-15']]],
      ['cais/hle', 'cais/hle', [['example-org/sample-model', 20.9, null]]],
    ]);
    const [gsm8k, gpqa, hle] = feed.leaderboards.map((b) => b.results[0]);
    expect(gsm8k).to.deep.include({ verified: false, community: { pullRequest: 44 }, modelUrl: 'https://huggingface.co/example-org/sample-model' });
    expect(gsm8k.paper).to.deep.include({ title: 'Phi-3 Technical Report', url: 'https://hf.co/papers/2404.14219' });
    expect(gpqa).to.deep.include({ verified: true, notes: 'no-tools' });
    expect(hle.paper).to.deep.include({ title: 'Eval traces' });
    expect(feed.leaderboards[0].source?.url).to.equal('https://huggingface.co/datasets/openai/gsm8k');
    expect(feed.warnings).to.deep.equal([]);
  });

  it('reads the bare .eval_results list with the model given by the caller, never marking a YAML token verified', async () => {
    const json = await fixtureJson('hf/eval-results-yaml-list.json');
    expect(detectFormat(json)).to.equal('hf-eval-results');
    const feed = parseFeed(json, { model: 'org/model' });
    expect(feed.leaderboards.map((b) => [b.dataset, b.results[0].model, b.results[0].values.Score.value])).to.deep.equal([
      ['cais/hle', 'org/model', 20.9],
      ['gpqa_diamond', 'org/model', 0.412],
    ]);
    expect('verified' in feed.leaderboards[0].results[0]).to.equal(false);
    expect(feed.warnings).to.deep.equal([]);
  });

  it('shows a list that names no model as "This model", with a warning', () => {
    const feed = parseFeed([{ dataset: { id: 'a/b', task_id: 't' }, value: 1 }]);
    expect(feed.leaderboards[0].results[0].model).to.equal('This model');
    expect(feed.warnings.map((w) => w.kind)).to.deep.equal(['missing-field']);
  });

  it('throws naming the place when an item has no benchmark object', () => {
    expect(() => parseFeed({ id: 'a/b', evalResults: [{ filename: 'x', data: { dataset: 'gsm8k', value: 1 } }] }))
      .to.throw(FeedError, 'Expected a benchmark ({id, task_id}) at /evalResults/0/data/dataset, found a string.');
  });
});
