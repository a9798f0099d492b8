import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/all-formats.js';
import { FeedError } from '../../src/feed/feed-error.js';
import type { Feed, Leaderboard } from '../../src/feed/types.js';
import { fixtureJson } from './fixture-json.js';

function board(feed: Feed, task: string, dataset: string): Leaderboard {
  const found = feed.leaderboards.find((b) => b.task === task && b.dataset === dataset);
  if (!found) throw new Error(`no board ${task} / ${dataset}`);
  return found;
}

describe('parseFeed: PWC evaluation-tables', () => {
  let feed: Feed;
  before(async () => {
    feed = parseFeed(await fixtureJson('pwc-evaluation-tables-squad.json'));
  });

  it('reads one leaderboard per dataset, subdataset and subtask dataset', () => {
    expect(feed.format).to.equal('pwc-evaluation-tables');
    expect(feed.leaderboards.map((b) => `${b.task} / ${b.dataset}`)).to.deep.equal([
      'Question Answering / SQuAD1.1',
      'Question Answering / SQuAD1.1 dev',
      'Medical Named Entity Recognition / NCBI-disease',
    ]);
    expect(board(feed, 'Question Answering', 'SQuAD1.1').id).to.equal('question-answering--squad1-1');
  });

  it('keeps every row, including ones with unreadable values, in feed order', () => {
    const squad = board(feed, 'Question Answering', 'SQuAD1.1');
    expect(squad.results.map((r) => r.model)).to.deep.equal([
      'BERT (ensemble)', 'BiDAF (single model)', 'Match-LSTM with Ans-Ptr (Boundary)', 'Logistic Regression', 'Human Performance',
    ]);
    const human = squad.results[4];
    expect(human.values.EM.value).to.equal(82.3);
    expect(human.values.F1.value).to.equal(null);
    expect(human.values.F1.raw).to.equal('-');
  });

  it('reports the unreadable "-" with its path and raw text', () => {
    const warning = feed.warnings.find((w) => w.kind === 'unreadable-value');
    expect(warning).to.deep.include({ path: '/0/datasets/0/sota/rows/4/metrics/F1', raw: '-' });
  });

  it('infers higher-is-better for EM and F1 and records that it inferred', () => {
    const squad = board(feed, 'Question Answering', 'SQuAD1.1');
    expect(squad.metrics.map((m) => [m.name, m.direction, m.directionSource, m.descriptor])).to.deep.equal([
      ['EM', 'higher', 'inferred', false],
      ['F1', 'higher', 'inferred', false],
    ]);
  });

  it('fills the paper reference from paper_title, paper_url and paper_date, with the arXiv id', () => {
    const bidaf = board(feed, 'Question Answering', 'SQuAD1.1').results[1];
    expect(bidaf.date).to.equal('2016-11-05');
    expect(bidaf.paper).to.deep.equal({
      id: '1611.01603',
      title: 'Bidirectional Attention Flow for Machine Comprehension',
      url: 'https://arxiv.org/pdf/1611.01603v6.pdf',
      date: '2016-11-05',
      arxivId: '1611.01603',
    });
    expect(board(feed, 'Question Answering', 'SQuAD1.1').results[4].paper).to.equal(null);
  });

  it('takes a lone URL out of surrounding text, with a warning', () => {
    const matchLstm = board(feed, 'Question Answering', 'SQuAD1.1').results[2];
    expect(matchLstm.paper?.url).to.equal('https://arxiv.org/abs/1608.07905');
    expect(matchLstm.paper?.arxivId).to.equal('1608.07905');
    expect(feed.warnings.some((w) => w.kind === 'other' && w.path === '/0/datasets/0/sota/rows/2/paper_url')).to.equal(true);
  });

  it('drops a javascript: paper URL and an unreadable date, keeping the row', () => {
    const baseline = board(feed, 'Question Answering', 'SQuAD1.1').results[3];
    expect(baseline.paper?.url).to.equal(null);
    expect(baseline.paper?.title).to.equal('SQuAD: 100,000+ Questions for Machine Comprehension of Text');
    expect(baseline.date).to.equal(null);
    const kinds = feed.warnings.filter((w) => w.path.startsWith('/0/datasets/0/sota/rows/3/')).map((w) => [w.kind, w.raw]);
    expect(kinds).to.deep.include.members([
      ['unsafe-url', 'javascript:alert(1)'],
      ['unreadable-date', 'June 2016'],
      ['missing-field', null],
    ]);
    expect(baseline.extraData).to.equal(null);
  });

  it('reads code links and extra-data flags', () => {
    const bert = board(feed, 'Question Answering', 'SQuAD1.1').results[0];
    expect(bert.extraData).to.equal(false);
    expect(bert.code).to.deep.equal([{ url: 'https://github.com/google-research/bert', title: 'google-research/bert', official: false, framework: null, stars: null }]);
  });

  it('carries the task source link onto its boards and reports unknown fields', () => {
    expect(board(feed, 'Question Answering', 'SQuAD1.1').source).to.deep.equal({ name: 'SQuAD Leaderboard', url: 'https://rajpurkar.github.io/SQuAD-explorer/', license: null });
    expect(feed.warnings.find((w) => w.kind === 'ignored-field')).to.deep.include({ path: '/0/_comment', raw: '_comment' });
  });

  it('adds a metric a row has but the table does not list, with a warning', () => {
    const parsed = parseFeed([{ task: 'T', datasets: [{ dataset: 'D', sota: { metrics: ['Accuracy'], rows: [{ model_name: 'm', metrics: { Accuracy: '1', 'Error rate': '2' }, uses_additional_data: false }] } }] }]);
    expect(parsed.leaderboards[0].metrics.map((m) => m.name)).to.deep.equal(['Accuracy', 'Error rate']);
    expect(parsed.leaderboards[0].metrics[1].direction).to.equal('lower');
    expect(parsed.warnings.map((w) => w.path)).to.include('/0/datasets/0/sota/rows/0/metrics/Error rate');
  });

  it('merges a repeated task/dataset table into the first and warns about it', () => {
    const row = (model: string) => ({ model_name: model, metrics: { F1: '1' }, uses_additional_data: false });
    const parsed = parseFeed([
      { task: 'NER', datasets: [{ dataset: 'D', sota: { metrics: ['F1'], rows: [row('a')] } }, { dataset: 'D', sota: { metrics: ['F1'], rows: [row('b')] } }] },
    ]);
    expect(parsed.leaderboards).to.have.length(1);
    expect(parsed.leaderboards[0].results.map((r) => [r.id, r.model])).to.deep.equal([['0', 'a'], ['1', 'b']]);
    expect(parsed.warnings.map((w) => w.kind)).to.deep.equal(['duplicate']);
  });

  it('throws a readable FeedError when datasets is not a list', () => {
    const read = () => parseFeed([{ task: 'QA', datasets: 'SQuAD', subtasks: [] }]);
    expect(read).to.throw(FeedError, 'Expected a list of datasets at /0/datasets, found a string.');
    try {
      read();
    } catch (error) {
      expect((error as FeedError).path).to.equal('/0/datasets');
    }
  });

  it('throws when a row is not an object', () => {
    expect(() => parseFeed([{ task: 'QA', datasets: [{ dataset: 'D', sota: { metrics: [], rows: [42] } }] }]))
      .to.throw(FeedError, 'Expected a row ({model_name, metrics, ...}) at /0/datasets/0/sota/rows/0, found a number.');
  });
});
