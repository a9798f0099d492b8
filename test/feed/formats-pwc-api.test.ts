import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/all-formats.js';
import { FeedError } from '../../src/feed/feed-error.js';
import { fixtureJson } from './fixture-json.js';

// The metrics page as GET /api/v1/evaluations/{id}/metrics/ returns it (paperswithcode-client's Metric model).
const metricsPage = {
  count: 3, next: null, previous: null,
  results: [
    { id: 'm1', name: 'Test Accuracy', description: '', is_loss: false },
    { id: 'm2', name: 'Validation Accuracy', description: '', is_loss: false },
    { id: 'm3', name: 'Number of params', description: '', is_loss: true },
  ],
};

describe('parseFeed: PWC API v1 pages', () => {
  it('reads a results page with task, dataset and metrics from options', async () => {
    const feed = parseFeed(await fixtureJson('pwc-api-ogbn-arxiv.json'), {
      pwcApi: { task: 'Node Property Prediction', dataset: 'ogbn-arxiv', metrics: metricsPage },
    });
    expect(feed.format).to.equal('pwc-api');
    const [board] = feed.leaderboards;
    expect([board.task, board.dataset, board.id]).to.deep.equal(['Node Property Prediction', 'ogbn-arxiv', 'node-property-prediction--ogbn-arxiv']);
    expect(board.metrics.map((m) => [m.name, m.direction, m.directionSource, m.descriptor])).to.deep.equal([
      ['Test Accuracy', 'higher', 'feed', false],
      ['Validation Accuracy', 'higher', 'feed', false],
      ['Number of params', 'lower', 'feed', true],
    ]);
    const [gcn, , resubmitted] = board.results;
    expect([gcn.id, gcn.model, gcn.date, gcn.extraData]).to.deep.equal(['r1', 'GCN', '2020-05-02', false]);
    expect(gcn.values['Test Accuracy']).to.deep.include({ value: 0.7174, uncertainty: 0.0029 });
    expect(gcn.paper).to.deep.equal({ id: 'open-graph-benchmark-datasets-for-machine', title: null, url: null, date: null, arxivId: null });
    expect(resubmitted.values['Validation Accuracy']).to.deep.include({ value: null, raw: 'Please tell us' });
    expect(resubmitted.date).to.equal(null);
    expect(resubmitted.extraData).to.equal(null);
    expect(feed.warnings.map((w) => [w.kind, w.path])).to.deep.equal([
      ['ignored-field', '/$comment'],
      ['missing-field', '/results/2/uses_additional_data'],
      ['unreadable-date', '/results/2/evaluated_on'],
      ['unreadable-value', '/results/2/metrics/Validation Accuracy'],
    ]);
  });

  it('reads an evaluation-table object carrying its metrics and results', () => {
    const feed = parseFeed({
      id: 'language-modelling-on-penn-treebank-word', task: 'Language Modelling', dataset: 'Penn Treebank (Word Level)',
      metrics: [{ name: 'Test perplexity', is_loss: true }],
      results: [{ id: 'x', methodology: 'AWD-LSTM', metrics: { 'Test perplexity': '57.3' }, uses_additional_data: false, paper: null, evaluated_on: '2017-08-07' }],
    });
    expect(feed.leaderboards[0].metrics[0]).to.deep.include({ direction: 'lower', directionSource: 'feed' });
    expect(feed.leaderboards[0].results[0].values['Test perplexity'].value).to.equal(57.3);
    expect(feed.warnings).to.deep.equal([]);
  });

  it('lets options.directions beat is_loss', () => {
    const feed = parseFeed({ task: 'T', dataset: 'D', metrics: [{ name: 'Score', is_loss: true }], results: [] }, { directions: { score: 'higher' } });
    expect(feed.leaderboards[0].metrics[0]).to.deep.include({ direction: 'higher', directionSource: 'option' });
  });

  it('names an unknown task and dataset, with warnings, when nothing says them', () => {
    const feed = parseFeed({ count: 1, next: null, previous: null, results: [{ id: '1', methodology: 'm', metrics: { Accuracy: '1' }, uses_additional_data: false }] });
    expect([feed.leaderboards[0].task, feed.leaderboards[0].dataset]).to.deep.equal(['Unknown task', 'Unknown dataset']);
    expect(feed.warnings.map((w) => w.path)).to.deep.equal(['/task', '/dataset']);
  });

  it('reads a papers page into papers', () => {
    const feed = parseFeed({
      count: 1, next: null, previous: null,
      results: [{ id: 'improving-biomedical-pretrained-language', arxiv_id: '2104.10344', nips_id: null, url_abs: 'https://arxiv.org/abs/2104.10344v1', url_pdf: 'https://arxiv.org/pdf/2104.10344v1.pdf', title: 'Improving Biomedical Pretrained Language Models with Knowledge', abstract: '', authors: ['Zheng Yuan'], published: '2021-04-21', conference: null, conference_url_abs: null, conference_url_pdf: null, proceeding: 'NAACL (BioNLP) 2021 6' }],
    });
    expect(feed.papers[0]).to.deep.include({ id: 'improving-biomedical-pretrained-language', date: '2021-04-21', venue: 'NAACL (BioNLP) 2021', arxivId: '2104.10344' });
  });

  it('refuses a metrics page on its own, saying what to do with it', () => {
    expect(() => parseFeed(metricsPage)).to.throw(FeedError, 'pass it as options.pwcApi.metrics');
  });
});
