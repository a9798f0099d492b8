// Leaderboards here are made up for the behaviour under test; metric names are real PWC ones
// (word-level language modelling perplexity, ImageNet top-1 accuracy, "Number of params").
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { defaultMetric, rankResults } from '../../src/feed/rank-results.js';
import type { Direction, Leaderboard } from '../../src/feed/types.js';
import { leaderboard, metric } from './helpers.js';

const models = (ranked: { result: { model: string } }[]): string[] => ranked.map((r) => r.result.model);
const ranks = (ranked: { rank: number | null }[]): (number | null)[] => ranked.map((r) => r.rank);

describe('rankResults', () => {
  const imagenet = leaderboard('Image Classification', 'ImageNet', ['Number of params', 'Top 1 Accuracy', 'Top 5 Accuracy'], [
    { model: 'A', values: { 'Top 1 Accuracy': '80.1%', 'Number of params': '25M' } },
    { model: 'B', values: { 'Top 1 Accuracy': '84.5%', 'Number of params': '66M' } },
    { model: 'C', values: { 'Top 1 Accuracy': '-', 'Number of params': '5M' } },
    { model: 'D', values: { 'Top 1 Accuracy': '80.1', 'Top 5 Accuracy': '95.0' } },
    { model: 'E', values: { 'Number of params': '1B' } },
    { model: 'F', values: { 'Top 1 Accuracy': '**86.0**' } },
    { model: 'G', values: { 'Top 1 Accuracy': '80.1' } },
  ]);

  it('rankResults ranks by the first score metric, skipping descriptors', () => {
    expect(models(rankResults(imagenet))).to.deep.equal(['F', 'B', 'A', 'D', 'G', 'C', 'E']);
  });

  it('rankResults gives ties one rank and skips the next ones (1, 2, 3, 3, 3, null)', () => {
    expect(ranks(rankResults(imagenet))).to.deep.equal([1, 2, 3, 3, 3, null, null]);
  });

  it('rankResults puts results without a value last, in feed order, with rank null', () => {
    const ranked = rankResults(imagenet);
    expect(ranked.slice(-2).map((r) => [r.result.model, r.rank])).to.deep.equal([['C', null], ['E', null]]);
  });

  it('rankResults takes a metric name case-insensitively', () => {
    expect(models(rankResults(imagenet, 'top 5 accuracy'))).to.deep.equal(['D', 'A', 'B', 'C', 'E', 'F', 'G']);
  });

  it('rankResults ranks a descriptor when asked, lower first', () => {
    expect(models(rankResults(imagenet, 'Number of params')).slice(0, 4)).to.deep.equal(['C', 'A', 'B', 'E']);
  });

  it('rankResults ranks lower-is-better metrics ascending', () => {
    const ptb = leaderboard('Language Modelling', 'Penn Treebank (Word Level)', ['Validation perplexity', 'Test perplexity', 'Params'], [
      { model: 'AWD-LSTM', values: { 'Test perplexity': '57.3', Params: '24M' } },
      { model: 'GPT-3', values: { 'Test perplexity': '20.5', Params: '175B' } },
      { model: 'Transformer-XL', values: { 'Test perplexity': '54.55' } },
    ]);
    expect(models(rankResults(ptb, 'Test perplexity'))).to.deep.equal(['GPT-3', 'Transformer-XL', 'AWD-LSTM']);
  });

  it('rankResults uses the direction a Metric carries, whatever its name says', () => {
    const board = leaderboard('T', 'D', [metric('Score', 'lower')], [
      { model: 'high', values: { Score: 9 } },
      { model: 'low', values: { Score: 1 } },
    ]);
    expect(models(rankResults(board))).to.deep.equal(['low', 'high']);
    expect(models(rankResults(board, { ...board.metrics[0], direction: 'higher', directionSource: 'option' }))).to.deep.equal(['high', 'low']);
  });

  it('rankResults ranks by a metric only the results carry, with an inferred direction', () => {
    const board = leaderboard('T', 'D', ['Accuracy'], [
      { model: 'a', values: { Accuracy: 1, Error: 5 } },
      { model: 'b', values: { Accuracy: 2, Error: 3 } },
    ]);
    expect(models(rankResults(board, 'error'))).to.deep.equal(['b', 'a']);
  });

  it('rankResults returns every result in feed order with rank null for an unknown metric', () => {
    const ranked = rankResults(imagenet, 'BLEU');
    expect(models(ranked)).to.deep.equal(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
    expect(ranks(ranked).every((rank) => rank === null)).to.equal(true);
  });

  it('rankResults of a board without metrics returns results unranked', () => {
    const board = leaderboard('T', 'D', [], [{ model: 'a', values: { X: 1 } }]);
    expect(rankResults(board)).to.deep.equal([{ result: board.results[0], rank: null }]);
  });

  it('defaultMetric is the first score metric, else the first metric, else undefined', () => {
    expect(defaultMetric(imagenet)?.name).to.equal('Top 1 Accuracy');
    expect(defaultMetric(leaderboard('T', 'D', ['Params', 'FLOPs'], []))?.name).to.equal('Params');
    expect(defaultMetric(leaderboard('T', 'D', [], []))).to.equal(undefined);
  });
});

/** Random boards: small integer values so ties are common, some missing or unreadable. */
const boardArbitrary = fc
  .tuple(
    fc.constantFrom<Direction>('higher', 'lower'),
    fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constant(null), fc.constant('-')), { maxLength: 30 }),
  )
  .map(([direction, cells]): [Direction, Leaderboard] => [
    direction,
    leaderboard('T', 'D', [metric('M', direction)], cells.map((cell) => ({ values: cell === null ? {} : { M: cell } }))),
  ]);

describe('rankResults properties', () => {
  const valueOf = (board: Leaderboard, index: number): number | null => board.results[index].values.M?.value ?? null;

  it('rankResults returns every result exactly once', () => {
    fc.assert(fc.property(boardArbitrary, ([, board]) => {
      const ranked = rankResults(board).map((r) => r.result);
      expect(ranked).to.have.length(board.results.length);
      expect(board.results.every((result) => ranked.includes(result))).to.equal(true);
    }));
  });

  it('rankResults ranks never decrease down the list and null ranks come last', () => {
    fc.assert(fc.property(boardArbitrary, ([, board]) => {
      const list = ranks(rankResults(board));
      const firstNull = list.indexOf(null);
      const numbered = firstNull < 0 ? list : list.slice(0, firstNull);
      expect(list.slice(numbered.length).every((rank) => rank === null)).to.equal(true);
      for (let i = 1; i < numbered.length; i++) expect(numbered[i]! >= numbered[i - 1]!).to.equal(true);
    }));
  });

  it('rankResults rank is one more than the number of strictly better values; ties share it', () => {
    fc.assert(fc.property(boardArbitrary, ([direction, board]) => {
      const values = board.results.map((_, i) => valueOf(board, i)).filter((v): v is number => v !== null);
      for (const { result, rank } of rankResults(board)) {
        const value = result.values.M?.value ?? null;
        if (value === null) {
          expect(rank).to.equal(null);
          continue;
        }
        const better = values.filter((v) => (direction === 'higher' ? v > value : v < value)).length;
        expect(rank).to.equal(better + 1);
      }
    }));
  });

  it('rankResults keeps feed order among ties and among valueless results (stable)', () => {
    fc.assert(fc.property(boardArbitrary, ([, board]) => {
      const ranked = rankResults(board);
      for (let i = 1; i < ranked.length; i++) {
        if (ranked[i].rank === ranked[i - 1].rank) {
          expect(Number(ranked[i].result.id)).to.be.greaterThan(Number(ranked[i - 1].result.id));
        }
      }
    }));
  });
});
