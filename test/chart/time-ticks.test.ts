import { expect } from '@open-wc/testing';
import { timeTicks } from '../../src/chart/time-ticks.js';

const utc = (date: string) => Date.parse(`${date}T00:00:00Z`);
const iso = (ticks: number[]) => ticks.map((t) => new Date(t).toISOString().slice(0, 10));

describe('timeTicks', () => {
  it('timeTicks gives whole years over a long span', () => {
    expect(iso(timeTicks(utc('2016-03-01'), utc('2020-09-01'), 7))).to.deep.equal(['2017-01-01', '2018-01-01', '2019-01-01', '2020-01-01']);
  });

  it('timeTicks steps by 2, 5 or 10 years when yearly ticks would crowd the axis', () => {
    expect(iso(timeTicks(utc('1990-01-01'), utc('2024-01-01'), 5))).to.deep.equal(['1990-01-01', '2000-01-01', '2010-01-01', '2020-01-01']);
    expect(iso(timeTicks(utc('2012-01-01'), utc('2025-01-01'), 8))).to.deep.equal(['2012-01-01', '2014-01-01', '2016-01-01', '2018-01-01', '2020-01-01', '2022-01-01', '2024-01-01']);
  });

  it('timeTicks gives a narrow two-year chart more than two ticks', () => {
    // The blog demo's case: about two years on a plot room for three ticks; whole years gave only two.
    const ticks = iso(timeTicks(utc('2018-10-11'), utc('2020-09-28'), 3));
    expect(ticks.length).to.be.within(3, 4);
    expect(ticks).to.deep.equal(['2019-01-01', '2019-07-01', '2020-01-01', '2020-07-01']);
  });

  it('timeTicks falls on first days of months for a few months, and on Sundays for a few weeks', () => {
    expect(iso(timeTicks(utc('2020-10-01'), utc('2021-03-01'), 7))).to.deep.equal(['2020-10-01', '2020-11-01', '2020-12-01', '2021-01-01', '2021-02-01', '2021-03-01']);
    const weeks = timeTicks(utc('2021-02-17'), utc('2021-03-19'), 7);
    expect(weeks.length).to.be.within(3, 7);
    for (const t of weeks) expect(new Date(t).getUTCDay()).to.equal(0);
  });

  it('timeTicks never gives more than count + 1 ticks', () => {
    for (const [from, to] of [['2020-01-01', '2020-01-20'], ['2019-05-05', '2020-02-01'], ['2000-01-01', '2024-06-30'], ['1900-01-01', '2024-01-01']]) {
      for (const count of [2, 3, 5, 8, 12]) expect(timeTicks(utc(from), utc(to), count).length, `${from}…${to} count ${count}`).to.be.within(1, count + 1);
    }
  });
});
