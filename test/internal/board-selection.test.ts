import { expect } from '@open-wc/testing';
import { selectBoard, type BoardQuery, type ChosenBoard } from '../../src/internal/board-selection.js';
import type { Leaderboard } from '../../src/feed/types.js';
import { feedOf, wikitextBoard } from '../sota-table/fixtures.js';

const query = (extra: Partial<BoardQuery> = {}): BoardQuery => ({
  task: null, dataset: null, metric: null, directions: { named: {}, bare: null }, hideExtraData: false, highlight: [], ...extra,
});

/** A second board ahead of WikiText-103 in the feed, so "the first board" and "the board asked for" differ. */
function squadBoard(): Leaderboard {
  return { ...wikitextBoard(), id: 'question-answering--squad1-1', task: 'Question Answering', dataset: 'SQuAD1.1' };
}
const twoBoards = () => feedOf(squadBoard(), wikitextBoard());

function chosen(extra: Partial<BoardQuery> = {}, feed = feedOf(wikitextBoard())): ChosenBoard {
  const selection = selectBoard(feed, query(extra));
  if (selection.kind !== 'board') throw new Error('expected a board');
  return selection;
}

describe('selectBoard', () => {
  it('selectBoard with neither task nor dataset takes the feed\'s first board', () => {
    expect(chosen({}, twoBoards()).board.dataset).to.equal('SQuAD1.1');
    expect(chosen({ task: '  ', dataset: '' }, twoBoards()).board.dataset).to.equal('SQuAD1.1');
  });

  it('selectBoard with a task alone takes the board of that task, spelt any way findLeaderboard forgives', () => {
    expect(chosen({ task: 'Language Modelling' }, twoBoards()).board.dataset).to.equal('WikiText-103');
    expect(chosen({ task: 'language-modelling' }, twoBoards()).board.dataset).to.equal('WikiText-103');
  });

  it('selectBoard with a dataset finds it forgivingly, and the task tells boards of one dataset apart', () => {
    const readingComprehension = { ...squadBoard(), id: 'rc--squad1-1', task: 'Reading Comprehension' };
    const feed = feedOf(squadBoard(), readingComprehension, wikitextBoard());
    expect(chosen({ dataset: 'wikitext 103' }, feed).board.id).to.equal('language-modelling--wikitext-103');
    expect(chosen({ task: 'reading comprehension', dataset: 'SQuAD 1.1' }, feed).board.id).to.equal('rc--squad1-1');
  });

  it('selectBoard answers missing with the nearest boards when nothing matches', () => {
    const ptb = { ...wikitextBoard(), id: 'lm--ptb', dataset: 'Penn Treebank (Word Level)' };
    const byDataset = selectBoard(feedOf(squadBoard(), wikitextBoard(), ptb), query({ dataset: 'WikiText-2' }));
    expect(byDataset.kind === 'missing' && byDataset.nearest[0].dataset).to.equal('WikiText-103');
    const byTask = selectBoard(twoBoards(), query({ task: 'Question Answerin' }));
    expect(byTask.kind === 'missing' && byTask.nearest[0].task).to.equal('Question Answering');
    expect(selectBoard(feedOf(), query())).to.deep.equal({ kind: 'missing', nearest: [] });
  });

  it('selectBoard takes the metric asked for whatever its case and spacing, else the first score metric', () => {
    expect(chosen().metric?.name).to.equal('Test perplexity');
    const asked = chosen({ metric: ' number  of PARAMS' });
    expect([asked.metric?.name, asked.unknownMetric]).to.deep.equal(['Number of params', null]);
  });

  it('selectBoard shows the first score metric for a metric the board lacks, and reports the name asked for', () => {
    const fallback = chosen({ metric: 'Accuracy' });
    expect([fallback.metric?.name, fallback.unknownMetric]).to.deep.equal(['Test perplexity', 'Accuracy']);
    expect(chosen({ metric: 'Accuracy' }, feedOf({ ...wikitextBoard(), metrics: [] })).metric).to.equal(undefined);
  });

  it('selectBoard applies named direction overrides to the board, case aside, and a bare one to the chosen metric alone', () => {
    const named = chosen({ directions: { named: { 'TEST perplexity': 'higher' }, bare: null } });
    expect(named.metric).to.include({ name: 'Test perplexity', direction: 'higher', directionSource: 'option' });
    expect(named.board.metrics[0]).to.equal(named.metric);
    const bare = chosen({ metric: 'Number of params', directions: { named: {}, bare: 'higher' } });
    expect(bare.board.metrics.map((metric) => metric.direction)).to.deep.equal(['lower', 'higher']);
    expect(bare.metric).to.equal(bare.board.metrics[1]);
    const same = chosen({ directions: { named: {}, bare: 'lower' } });
    expect(same.board.metrics[0].directionSource, 'an override that changes nothing leaves the metric as it was').to.equal('inferred');
  });

  it('selectBoard under hideExtraData keeps the results without extra data and counts what it hid', () => {
    const all = chosen();
    expect([all.results.length, all.hiddenExtra, all.extraCount]).to.deep.equal([6, 0, 2]);
    const kept = chosen({ hideExtraData: true });
    expect(kept.results.map((result) => result.model)).to.not.include.members(['GPT-2 Full', 'Megatron-LM']);
    expect([kept.results.length, kept.hiddenExtra, kept.extraCount]).to.deep.equal([4, 2, 2]);
  });

  it('isHighlighted matches a model, paper title, paper id or arXiv id, case and spacing aside', () => {
    const board = wikitextBoard();
    const [txl, gpt2, , knn] = board.results;
    knn.paper = { ...knn.paper!, id: 'knn-lm-paper', arxivId: '1911.00172' };
    const marks = (highlight: string[]) => {
      const selection = chosen({ highlight }, feedOf(board));
      return selection.results.filter(selection.isHighlighted);
    };
    expect(marks(['gpt-2  FULL'])).to.deep.equal([gpt2]);
    expect(marks(['transformer-xl: attentive language models beyond a fixed-length context'])).to.deep.equal([txl]);
    expect(marks(['KNN-LM-PAPER'])).to.deep.equal([knn]);
    expect(marks(['1911.00172'])).to.deep.equal([knn]);
    expect(marks([])).to.deep.equal([]);
  });
});
