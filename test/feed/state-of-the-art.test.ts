// Dates and values are made up; metric names are real PWC ones (SQuAD EM/F1, language-model perplexity).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { stateOfTheArt } from '../../src/feed/state-of-the-art.js';
import { trendPoints } from '../../src/chart/trend-points.js';
import type { Direction, Leaderboard } from '../../src/feed/types.js';
import { leaderboard, metric } from './helpers.js';

const models = (results: { model: string }[]): string[] => results.map((r) => r.model);

describe('stateOfTheArt', () => {
  const squad = leaderboard('Question Answering', 'SQuAD1.1', ['EM', 'F1'], [
    { model: 'late-weak', date: '2019-01-01', values: { EM: '70.0', F1: '95' } },
    { model: 'first', date: '2016-06-01', values: { EM: '40.4', F1: '51.0' } },
    { model: 'undated-best', date: null, values: { EM: '99.0' } },
    { model: 'better', date: '2017-03-01', values: { EM: '68.0' } },
    { model: 'equal', date: '2017-09-01', values: { EM: '68.0' } },
    { model: 'no-value', date: '2018-01-01', values: { EM: '-' } },
    { model: 'best', date: '2018-10-11', values: { EM: '**85.1**', F1: '91.8' } },
  ]);

  it('stateOfTheArt keeps dated results that strictly beat every earlier one, in date order', () => {
    expect(models(stateOfTheArt(squad))).to.deep.equal(['first', 'better', 'best']);
  });

  it('stateOfTheArt ignores undated results and results without a value', () => {
    const frontier = models(stateOfTheArt(squad));
    expect(frontier).not.to.include('undated-best');
    expect(frontier).not.to.include('no-value');
  });

  it('stateOfTheArt follows the metric asked for', () => {
    expect(models(stateOfTheArt(squad, 'f1'))).to.deep.equal(['first', 'best', 'late-weak']);
  });

  it('stateOfTheArt goes down for lower-is-better metrics', () => {
    const ptb = leaderboard('Language Modelling', 'Penn Treebank', ['Test perplexity'], [
      { model: 'a', date: '2014-01-01', values: { 'Test perplexity': '82.7' } },
      { model: 'b', date: '2016-01-01', values: { 'Test perplexity': '90' } },
      { model: 'c', date: '2017-01-01', values: { 'Test perplexity': '57.3' } },
    ]);
    expect(models(stateOfTheArt(ptb))).to.deep.equal(['a', 'c']);
  });

  it('stateOfTheArt takes the best of results sharing a date, whatever their feed order', () => {
    const board = leaderboard('T', 'D', ['Accuracy'], [
      { model: 'worse', date: '2020-01-01', values: { Accuracy: 1 } },
      { model: 'better', date: '2020-01-01', values: { Accuracy: 2 } },
    ]);
    expect(models(stateOfTheArt(board))).to.deep.equal(['better']);
  });

  it('stateOfTheArt respects a direction given by the feed over the name', () => {
    const board = leaderboard('T', 'D', [metric('Error', 'higher')], [
      { model: 'a', date: '2020-01-01', values: { Error: 1 } },
      { model: 'b', date: '2021-01-01', values: { Error: 2 } },
    ]);
    expect(models(stateOfTheArt(board))).to.deep.equal(['a', 'b']);
    expect(models(stateOfTheArt(board, { ...board.metrics[0], direction: 'lower', directionSource: 'option' }))).to.deep.equal(['a']);
  });

  it('stateOfTheArt of an unknown metric is empty', () => {
    expect(stateOfTheArt(squad, 'BLEU')).to.deep.equal([]);
  });
});

const dates = ['2019-01-01', '2019-06-01', '2020-01-01', '2020-02-29', '2021-12-31'];
const boardArbitrary = fc
  .tuple(
    fc.constantFrom<Direction>('higher', 'lower'),
    fc.array(fc.record({
      date: fc.option(fc.constantFrom(...dates)),
      value: fc.option(fc.integer({ min: 0, max: 8 })),
    }), { maxLength: 30 }),
  )
  .map(([direction, rows]): [Direction, Leaderboard] => [
    direction,
    leaderboard('T', 'D', [metric('M', direction)], rows.map((row) => ({ date: row.date, values: row.value === null ? {} : { M: row.value } }))),
  ]);

describe('stateOfTheArt properties', () => {
  const better = (direction: Direction, a: number, b: number): boolean => (direction === 'higher' ? a > b : a < b);

  it('stateOfTheArt is strictly monotone in the direction and in date order', () => {
    fc.assert(fc.property(boardArbitrary, ([direction, board]) => {
      const frontier = stateOfTheArt(board);
      for (let i = 1; i < frontier.length; i++) {
        expect(better(direction, frontier[i].values.M.value!, frontier[i - 1].values.M.value!)).to.equal(true);
        expect(frontier[i].date! > frontier[i - 1].date!).to.equal(true);
      }
    }));
  });

  it('stateOfTheArt members beat every earlier result, and every other result is no better than the frontier of its day', () => {
    fc.assert(fc.property(boardArbitrary, ([direction, board]) => {
      const frontier = stateOfTheArt(board);
      const dated = board.results.filter((r) => r.date !== null && r.values.M?.value != null);
      for (const member of frontier) {
        for (const other of dated) {
          if (other.date! < member.date!) expect(better(direction, member.values.M.value!, other.values.M.value!)).to.equal(true);
        }
      }
      for (const other of dated) {
        if (frontier.includes(other)) continue;
        const reigning = frontier.filter((member) => member.date! <= other.date!).at(-1);
        expect(reigning, 'a dated result is preceded by a frontier member').not.to.equal(undefined);
        expect(better(direction, other.values.M.value!, reigning!.values.M.value!)).to.equal(false);
      }
    }));
  });

  it('stateOfTheArt equals a brute-force walk: by date, the best of each date (the first in feed order of equal bests)', () => {
    fc.assert(fc.property(boardArbitrary, ([direction, board]) => {
      const dated = board.results
        .map((result, index) => ({ result, index, value: result.values.M?.value }))
        .filter((row): row is typeof row & { value: number } => row.result.date !== null && typeof row.value === 'number');
      const sign = direction === 'higher' ? -1 : 1;
      dated.sort((a, b) => a.result.date!.localeCompare(b.result.date!) || sign * (a.value - b.value) || a.index - b.index);
      const expected = [];
      let best: number | null = null;
      for (let i = 0; i < dated.length; i++) {
        const firstOfDate = i === 0 || dated[i].result.date !== dated[i - 1].result.date;
        if (firstOfDate && (best === null || better(direction, dated[i].value, best))) {
          expected.push(dated[i].result);
          best = dated[i].value;
        }
      }
      expect(stateOfTheArt(board)).to.deep.equal(expected);
    }));
  });

  it('the chart marks as records exactly the results stateOfTheArt returns, in date order', () => {
    fc.assert(fc.property(boardArbitrary, ([, board]) => {
      const { records, points } = trendPoints(board.results, board.metrics[0]);
      expect(records.map((p) => p.result)).to.deep.equal(stateOfTheArt(board));
      for (let i = 1; i < points.length; i++) expect(points[i].time >= points[i - 1].time).to.equal(true);
    }));
  });
});
