// Facts: SQuAD1.1 EM of BERT (single) 85.083 on the SQuAD leaderboard; BERT arXiv 1810.04805. Other rows made up.
import { expect } from '@open-wc/testing';
import { findLeaderboard } from '../../src/feed/find-leaderboard.js';
import { mergeFeeds } from '../../src/feed/merge-feeds.js';
import { paperResults } from '../../src/feed/paper-results.js';
import { rankResults } from '../../src/feed/rank-results.js';
import type { Feed } from '../../src/feed/types.js';
import { feed, leaderboard, metric, paper } from './helpers.js';

const BERT_TITLE = 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding';

function fromArchive(): Feed {
  const squad = leaderboard('Question Answering', 'SQuAD1.1', ['EM'], [
    { model: 'BERT (single)', date: null, values: { EM: '85.083' }, paper: { title: BERT_TITLE, url: 'https://arxiv.org/abs/1810.04805' } },
    { model: 'Human', date: '2016-06-16', values: { EM: '82.304' } },
  ]);
  return {
    ...feed([squad], [paper({ id: 'bert', title: BERT_TITLE, arxivId: '1810.04805', authors: [] })]),
    warnings: [{ kind: 'unreadable-value', path: '/0/rows/3', message: 'x', raw: '?' }],
    updated: null,
  };
}

function fromOwnFormat(): Feed {
  const squad = leaderboard('question-answering', 'SQuAD 1.1', [metric('EM', 'higher'), 'F1'], [
    { model: 'bert (single)', date: '2018-10-11', values: { EM: '85.083' }, paper: { url: 'http://arxiv.org/abs/1810.04805v2' } },
    { model: 'XLNet', date: '2019-06-19', values: { EM: '89.898', F1: '95.080' } },
  ]);
  const mnli = leaderboard('Natural Language Inference', 'MultiNLI', ['Accuracy'], [
    { model: 'BERT-Large', values: { Accuracy: '86.7' }, paper: { title: BERT_TITLE } },
  ]);
  return {
    ...feed([squad, mnli], [paper({ id: 'bert-pre-training', title: BERT_TITLE.toLowerCase(), authors: ['Jacob Devlin'], url: 'https://arxiv.org/abs/1810.04805v2' })]),
    source: { name: 'ours', url: null, license: 'CC-BY-SA-4.0' },
    updated: '2024-01-01',
    warnings: [{ kind: 'other', path: '/x', message: 'y', raw: null }],
  };
}

describe('mergeFeeds', () => {
  const merged = mergeFeeds(fromArchive(), fromOwnFormat());

  it("mergeFeeds gives a 'merged' feed with one leaderboard per task and dataset", () => {
    expect(merged.format).to.equal('merged');
    expect(merged.leaderboards.map((board) => `${board.task} / ${board.dataset}`)).to.deep.equal([
      'Question Answering / SQuAD1.1',
      'Natural Language Inference / MultiNLI',
    ]);
  });

  it('mergeFeeds unites metrics by name, trusting a direction the feed gave over an inferred one', () => {
    const squad = merged.leaderboards[0];
    expect(squad.metrics.map((m) => [m.name, m.directionSource])).to.deep.equal([['EM', 'feed'], ['F1', 'inferred']]);
  });

  it('mergeFeeds keeps a repeated result once and fills its missing date', () => {
    const squad = merged.leaderboards[0];
    expect(squad.results.map((r) => r.model)).to.deep.equal(['BERT (single)', 'Human', 'XLNet']);
    expect(squad.results[0].date).to.equal('2018-10-11');
  });

  it('mergeFeeds keeps equal rows that come from one feed', () => {
    // The PWC archive's SQuAD1.1 table lists one "Unnamed model" row twice.
    const twice = { model: 'Unnamed model', date: '2018-04-17', values: { EM: '72.831' } };
    const single = mergeFeeds(feed([leaderboard('Question Answering', 'SQuAD1.1', ['EM'], [twice, twice])]));
    expect(single.leaderboards[0].results).to.have.length(2);
    const again = mergeFeeds(feed([leaderboard('Question Answering', 'SQuAD1.1', ['EM'], [twice])]), single);
    expect(again.leaderboards[0].results).to.have.length(2);
  });

  it('mergeFeeds keeps result ids unique within a leaderboard', () => {
    const ids = merged.leaderboards[0].results.map((r) => r.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('mergeFeeds keeps results that differ in values or paper', () => {
    const a = feed([leaderboard('T', 'D', ['Accuracy'], [{ model: 'm', values: { Accuracy: 1 }, paper: { title: 'P1' } }])]);
    const b = feed([leaderboard('T', 'D', ['Accuracy'], [
      { model: 'm', values: { Accuracy: 2 }, paper: { title: 'P1' } },
      { model: 'm', values: { Accuracy: 1 }, paper: { title: 'P2' } },
    ])]);
    expect(mergeFeeds(a, b).leaderboards[0].results).to.have.length(3);
  });

  it('mergeFeeds makes one paper of records sharing an arXiv id or title, filling missing fields', () => {
    expect(merged.papers).to.have.length(1);
    expect(merged.papers[0]).to.deep.include({ id: 'bert', title: BERT_TITLE, authors: ['Jacob Devlin'], arxivId: '1810.04805' });
  });

  it('mergeFeeds does not treat equal feed-local ids as one paper', () => {
    const a = feed([], [paper({ id: '0', title: 'One paper' })]);
    const b = feed([], [paper({ id: '0', title: 'Another paper' })]);
    expect(mergeFeeds(a, b).papers.map((p) => p.id)).to.deep.equal(['0', '0~2']);
  });

  it('mergeFeeds concatenates warnings and takes source and updated from the first feed having them', () => {
    expect(merged.warnings.map((w) => w.path)).to.deep.equal(['/0/rows/3', '/x']);
    expect(merged.source?.name).to.equal('ours');
    expect(merged.updated).to.equal('2024-01-01');
  });

  it('mergeFeeds unites a paper\'s tags and code as one file does: every task spelling kept, code by URL', () => {
    const code = (url: string, official = false) => ({ url, title: null, official, framework: null, stars: null });
    const first = feed([], [paper({ id: 'a', title: BERT_TITLE, tasks: ['named-entity-recognition'], code: [code('https://github.com/google-research/bert', true)] })]);
    const second = feed([], [paper({ id: 'b', title: BERT_TITLE, tasks: ['Named Entity Recognition (NER)', 'named-entity-recognition'], code: [code('https://GitHub.com/google-research/bert/'), code('https://github.com/huggingface/transformers')] })]);
    const [merged] = mergeFeeds(first, second).papers;
    expect(merged.tasks).to.deep.equal(['named-entity-recognition', 'Named Entity Recognition (NER)']);
    expect(merged.code.map((link) => [link.url, link.official])).to.deep.equal([
      ['https://github.com/google-research/bert', true], ['https://github.com/huggingface/transformers', false],
    ]);
  });

  it('mergeFeeds leaves its inputs unchanged', () => {
    const archive = fromArchive();
    const copy = JSON.parse(JSON.stringify(archive));
    mergeFeeds(archive, fromOwnFormat());
    expect(archive).to.deep.equal(copy);
  });

  it('mergeFeeds of nothing is an empty merged feed', () => {
    expect(mergeFeeds()).to.deep.equal({ format: 'merged', leaderboards: [], papers: [], warnings: [], source: null, updated: null });
  });

  it('findLeaderboard, rankResults and paperResults work across the merged feed', () => {
    const squad = findLeaderboard(merged, { task: 'question answering', dataset: 'squad-1.1' });
    expect(squad).to.equal(merged.leaderboards[0]);
    expect(rankResults(squad!).map((r) => r.result.model)).to.deep.equal(['XLNet', 'BERT (single)', 'Human']);
    expect(paperResults(merged, 'bert').map((row) => `${row.leaderboard.dataset}:${row.rank}/${row.of}`))
      .to.deep.equal(['SQuAD1.1:2/3', 'MultiNLI:1/1']);
  });
});
