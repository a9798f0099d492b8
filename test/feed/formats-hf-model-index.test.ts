import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/all-formats.js';
import { FeedError } from '../../src/feed/feed-error.js';
import { fixtureJson } from './fixture-json.js';

describe('parseFeed: Hugging Face model-index', () => {
  it('reads a list of model cards into one board per task and dataset', async () => {
    const feed = parseFeed(await fixtureJson('hf-model-index-blurb.json'));
    expect(feed.format).to.equal('hf-model-index');
    expect(feed.leaderboards.map((b) => [b.task, b.dataset, b.results.map((r) => r.model)])).to.deep.equal([
      ['Named Entity Recognition', 'NCBI-disease', ['KeBioLM', 'PubMedBERT']],
      ['Named Entity Recognition', 'tner/bc5cdr (chemical)', ['KeBioLM']],
    ]);
    const [ncbi, bc5cdr] = feed.leaderboards;
    expect(ncbi.results.map((r) => r.values.F1.value)).to.deep.equal([0.891, 0.8782]);
    expect(bc5cdr.metrics.map((m) => m.name)).to.deep.equal(['f1']);
    expect(ncbi.results[0]).to.deep.include({ date: null, extraData: null, paper: null });
    expect(feed.warnings).to.deep.equal([]);
  });

  it('reads a single card object', () => {
    const feed = parseFeed({ 'model-index': [{ name: 'm', results: [{ task: { type: 'text-classification' }, dataset: { type: 'glue', name: 'GLUE SST-2' }, metrics: [{ type: 'accuracy', value: 0.91 }] }] }] });
    expect([feed.leaderboards[0].task, feed.leaderboards[0].dataset]).to.deep.equal(['text-classification', 'GLUE SST-2']);
  });

  it('throws when a result names no dataset', () => {
    expect(() => parseFeed({ 'model-index': [{ name: 'm', results: [{ task: { type: 't' }, metrics: [] }] }] }))
      .to.throw(FeedError, 'Expected a dataset with a name or type at /model-index/0/results/0/dataset, found nothing.');
  });
});
