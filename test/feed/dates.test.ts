// Facts: BioBERT, arXiv 1901.08746, posted 2019-01-25, F1 89.71 on NCBI-disease; KeBioLM, arXiv 2104.10344, posted
// 2021-04-21, F1 89.1 (both from the Papers with Code NCBI-disease leaderboard). The months and years alone below
// are those dates cut short, as PWC's archive and hand-written feeds give them.
import { expect } from '@open-wc/testing';
import { formatFeedDate } from '../../src/feed/all-formats.js';
import { dateTime, isoDateAtPrecision, readDate } from '../../src/feed/internal/dates.js';
import { mergeFeeds } from '../../src/feed/merge-feeds.js';
import { parseFeed } from '../../src/feed/all-formats.js';

const KEBIOLM = 'Improving Biomedical Pretrained Language Models with Knowledge';

describe('readDate', () => {
  it("readDate('2021-04') reads the first of April 2021 at month precision", () => {
    expect(readDate('2021-04')).to.deep.equal({ date: '2021-04-01', precision: 'month' });
    expect(readDate('2021/4')).to.deep.equal({ date: '2021-04-01', precision: 'month' });
  });

  it("readDate('2019') reads a bare year at year precision", () => {
    expect(readDate('2019')).to.deep.equal({ date: '2019-01-01', precision: 'year' });
    expect(readDate(' 2019 ')).to.deep.equal({ date: '2019-01-01', precision: 'year' });
  });

  it('readDate reads full dates and timestamps at day precision', () => {
    expect(readDate('2021-04-21')).to.deep.equal({ date: '2021-04-21', precision: 'day' });
    expect(readDate('2021-04-21T10:00:00Z')).to.deep.equal({ date: '2021-04-21', precision: 'day' });
  });

  it('readDate still refuses impossible months, prose and short years', () => {
    for (const text of ['2021-13', '2021-00', '201', '20190', 'April 2021', '2019 or so']) expect(readDate(text), text).to.equal(null);
  });
});

describe('dateTime', () => {
  it('gives UTC midnight of a YYYY-MM-DD date, also at the start of a timestamp', () => {
    expect(dateTime('2021-04-21')).to.equal(Date.UTC(2021, 3, 21));
    expect(dateTime('1999-12-31T23:59:59+02:00')).to.equal(Date.UTC(1999, 11, 31));
    expect(dateTime('2020-02-29')).to.equal(Date.parse('2020-02-29'));
  });

  it('gives null for anything else, never guessing as Date.parse would', () => {
    for (const text of [null, undefined, '', '2021', '2021-04', '2021/04/21', '2021-4-21', '20x1-04-21', '2021-04-2x', 'April 21, 2021']) {
      expect(dateTime(text), String(text)).to.equal(null);
    }
  });
});

describe('isoDateAtPrecision', () => {
  it("isoDateAtPrecision('2021-04-01', 'month') is '2021-04'; a year is '2021'; a full date stays whole", () => {
    expect(isoDateAtPrecision('2021-04-01', 'month')).to.equal('2021-04');
    expect(isoDateAtPrecision('2021-01-01', 'year')).to.equal('2021');
    expect(isoDateAtPrecision('2021-04-21')).to.equal('2021-04-21');
  });
});

describe('parseFeed keeps the precision of dates', () => {
  it('our own format: a "YYYY-MM" result and a "YYYY" paper get datePrecision; a full date gets none', () => {
    const feed = parseFeed({
      version: 1,
      leaderboards: [{
        task: 'Named Entity Recognition', dataset: 'NCBI-disease', metrics: ['F1'],
        results: [
          { model: 'KeBioLM', date: '2021-04', values: { F1: '89.1' }, paper: { title: KEBIOLM, date: '2021-04' } },
          { model: 'BioBERT', date: '2019-01-25', values: { F1: '89.71' } },
        ],
      }],
      papers: [{ id: 'kebiolm', title: KEBIOLM, date: '2021' }],
    });
    expect(feed.warnings).to.deep.equal([]);
    const [kebiolm, biobert] = feed.leaderboards[0].results;
    expect([kebiolm.date, kebiolm.datePrecision]).to.deep.equal(['2021-04-01', 'month']);
    expect(kebiolm.paper).to.deep.include({ date: '2021-04-01', datePrecision: 'month' });
    expect(biobert.date).to.equal('2019-01-25');
    expect(biobert).not.to.have.property('datePrecision');
    expect([feed.papers[0].date, feed.papers[0].datePrecision]).to.deep.equal(['2021-01-01', 'year']);
  });

  it('PWC evaluation tables: a "paper_date" month reaches the result and its paper reference', () => {
    const feed = parseFeed([{
      task: 'Named Entity Recognition', datasets: [{
        dataset: 'NCBI-disease', sota: { metrics: ['F1'], rows: [{
          model_name: 'KeBioLM', paper_title: KEBIOLM, paper_url: 'https://arxiv.org/abs/2104.10344',
          paper_date: '2021-04', metrics: { F1: '89.1' }, uses_additional_data: false,
        }] },
      }],
    }]);
    const [kebiolm] = feed.leaderboards[0].results;
    expect(kebiolm.datePrecision).to.equal('month');
    expect(kebiolm.paper?.datePrecision).to.equal('month');
  });

  it('PWC papers: a "date" of "2019" reads at year precision', () => {
    const feed = parseFeed([{ paper_url: 'https://paperswithcode.com/paper/biobert', title: 'BioBERT', arxiv_id: '1901.08746', date: '2019' }]);
    expect([feed.papers[0].date, feed.papers[0].datePrecision]).to.deep.equal(['2019-01-01', 'year']);
  });

  it('PWC API results: an "evaluated_on" month reads at month precision', () => {
    const feed = parseFeed({
      task: 'Named Entity Recognition', dataset: 'NCBI-disease',
      results: [{ id: 'r1', methodology: 'BioBERT', metrics: { F1: '89.71' }, uses_additional_data: false, evaluated_on: '2019-01' }],
    });
    expect(feed.leaderboards[0].results[0].datePrecision).to.equal('month');
  });
});

describe('mergeFeeds and date precision', () => {
  const ownFeed = (date: string) => parseFeed({
    version: 1,
    leaderboards: [],
    papers: [{ id: 'kebiolm', title: KEBIOLM, arxivId: '2104.10344', date }],
  });

  it('mergeFeeds keeps a full date over a month that agrees with it, whichever feed comes first', () => {
    for (const [first, second] of [['2021-04', '2021-04-21'], ['2021-04-21', '2021-04']]) {
      const [paper] = mergeFeeds(ownFeed(first), ownFeed(second)).papers;
      expect(paper.date, `${first} + ${second}`).to.equal('2021-04-21');
      expect(paper, `${first} + ${second}`).not.to.have.property('datePrecision');
    }
  });

  it('mergeFeeds keeps the first date when a more precise one disagrees with it', () => {
    const [paper] = mergeFeeds(ownFeed('2021-05'), ownFeed('2021-04-21')).papers;
    expect([paper.date, paper.datePrecision]).to.deep.equal(['2021-05-01', 'month']);
  });
});

describe('formatFeedDate', () => {
  it("formatFeedDate('2021-04-01', 'month') reads 'Apr 2021' in en-US", () => {
    expect(formatFeedDate('2021-04-01', 'month', 'en-US')).to.equal('Apr 2021');
  });

  it("formatFeedDate('2019-01-01', 'year') reads '2019'", () => {
    expect(formatFeedDate('2019-01-01', 'year', 'en-US')).to.equal('2019');
  });

  it('formatFeedDate shows a full date to the day, in UTC, in the given locale', () => {
    expect(formatFeedDate('2021-04-21')).to.equal('Apr 21, 2021');
    expect(formatFeedDate('2021-04-21', undefined, 'de-DE')).to.equal('21. Apr. 2021');
    expect(formatFeedDate('2021-01-01', undefined, 'en-US')).to.equal('Jan 1, 2021');
  });

  it('formatFeedDate never shows more than the text holds ("2021-04" is a month, "2019" a year)', () => {
    expect(formatFeedDate('2021-04')).to.equal('Apr 2021');
    expect(formatFeedDate('2019')).to.equal('2019');
    expect(formatFeedDate('2021-04-21T10:00:00Z')).to.equal('Apr 21, 2021');
  });

  it('formatFeedDate falls back to the default locale for an invalid one, without throwing', () => {
    expect(formatFeedDate('2021-04-21', undefined, 'not a locale!')).to.equal('Apr 21, 2021');
    expect(formatFeedDate('2021-04-01', 'month', '')).to.equal('Apr 2021');
  });

  it('formatFeedDate returns text that is not a date unchanged', () => {
    for (const text of ['soon', '2021-02-30', '2021-02-29', '21/04/2021', '']) expect(formatFeedDate(text), text).to.equal(text);
    expect(formatFeedDate('2020-02-29')).to.equal('Feb 29, 2020');
    expect(formatFeedDate('0050', 'year')).not.to.contain('1950');
  });
});
