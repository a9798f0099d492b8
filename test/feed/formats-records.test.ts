// Tables of flat records: what a CSV parse gives and what JSON leaderboard APIs serve, read by one set of rules.
// Facts: KeBioLM's F1 scores from its paper page (arXiv:2104.10344, the PWC archive's paper page in
// ../shared/seed); PubMedBERT's NCBI-disease F1 from BLURB (arXiv:2007.15779).
import { expect } from '@open-wc/testing';
import { parseFeed, detectFormat } from '../../src/feed/all-formats.js';
import { parseColumnMapping } from '../../src/feed/column-mapping.js';
import { FeedError } from '../../src/feed/feed-error.js';
import { rankResults, defaultMetric } from '../../src/feed/rank-results.js';

const kebiolm = [
  { Task: 'Named Entity Recognition', Dataset: 'NCBI-disease', Model: 'KeBioLM', Paper: 'Improving Biomedical Pretrained Language Models with Knowledge', 'Paper URL': 'https://arxiv.org/abs/2104.10344', Date: '2021-04-21', Code: 'https://github.com/GanjinZero/KeBioLM', F1: '89.1' },
  { Task: 'Named Entity Recognition', Dataset: 'NCBI-disease', Model: 'PubMedBERT', Paper: 'Domain-Specific Language Model Pretraining for Biomedical Natural Language Processing', 'Paper URL': 'https://arxiv.org/abs/2007.15779', Date: '2020-07-31', Code: '', F1: '87.82' },
  { Task: 'Relation Extraction', Dataset: 'ChemProt', Model: 'KeBioLM', Paper: 'Improving Biomedical Pretrained Language Models with Knowledge', 'Paper URL': 'https://arxiv.org/abs/2104.10344', Date: '2021-04-21', Code: '', F1: '77.5' },
];

describe('parseFeed: tables of records', () => {

  it('detects a list of flat objects as records, and not the archive\'s paper records', () => {
    expect(detectFormat(kebiolm)).to.equal('records');
    expect(detectFormat([{ paper_url: 'https://paperswithcode.com/paper/x', title: 'X', authors: ['A'] }])).to.equal('pwc-papers');
  });

  it('makes one board per task and dataset, reading the named columns and every other column as a metric', () => {
    const feed = parseFeed(kebiolm);
    expect(feed.format).to.equal('records');
    expect(feed.leaderboards.map((b) => [b.task, b.dataset, b.results.map((r) => r.model)])).to.deep.equal([
      ['Named Entity Recognition', 'NCBI-disease', ['KeBioLM', 'PubMedBERT']],
      ['Relation Extraction', 'ChemProt', ['KeBioLM']],
    ]);
    const [ncbi] = feed.leaderboards;
    expect(ncbi.metrics.map((m) => [m.name, m.direction, m.directionSource])).to.deep.equal([['F1', 'higher', 'inferred']]);
    const [first, second] = ncbi.results;
    expect(first.values.F1.value).to.equal(89.1);
    expect(first.date).to.equal('2021-04-21');
    expect(first.paper).to.deep.include({ title: 'Improving Biomedical Pretrained Language Models with Knowledge', url: 'https://arxiv.org/abs/2104.10344', arxivId: '2104.10344' });
    expect(first.code.map((c) => c.url)).to.deep.equal(['https://github.com/GanjinZero/KeBioLM']);
    expect(second.code).to.deep.equal([]);
    expect(feed.warnings).to.deep.equal([]);
  });

  it('matches headers forgivingly: model_name, release_date, paper_url, extra_data', () => {
    const feed = parseFeed([
      { task: 'NER', dataset: 'NCBI-disease', model_name: 'KeBioLM', release_date: '2021-04', paper_url: '2104.10344', extra_data: 'no', 'F1 score': 89.1 },
    ]);
    const [result] = feed.leaderboards[0].results;
    expect(result).to.deep.include({ model: 'KeBioLM', date: '2021-04-01', datePrecision: 'month', extraData: false });
    expect(result.paper?.url).to.equal('https://arxiv.org/abs/2104.10344');
    expect(Object.keys(result.values)).to.deep.equal(['F1 score']);
  });

  it('keeps an unreadable value as written, with a warning naming the row and column', () => {
    const feed = parseFeed([{ model: 'KeBioLM', F1: 'n/a (see paper)' }, { model: 'PubMedBERT', F1: '87.82' }], { records: { task: 'NER', dataset: 'NCBI-disease' } });
    const [board] = feed.leaderboards;
    expect(board.results.map((r) => r.values.F1.raw)).to.deep.equal(['n/a (see paper)', '87.82']);
    expect(feed.warnings.map((w) => [w.kind, w.path])).to.deep.equal([['unreadable-value', '/0/F1']]);
  });

  it('treats an empty cell as no value, silently, and keeps the row', () => {
    const feed = parseFeed([{ model: 'A', F1: '', BLEU: '30' }, { model: 'B', F1: '80', BLEU: null }], { records: { task: 't', dataset: 'd' } });
    const [board] = feed.leaderboards;
    expect(board.results.map((r) => Object.keys(r.values))).to.deep.equal([['BLEU'], ['F1']]);
    expect(board.metrics.map((m) => m.name)).to.deep.equal(['F1', 'BLEU']);
    expect(feed.warnings).to.deep.equal([]);
  });

  it('warns once when the table has no task or dataset column and none was given', () => {
    const feed = parseFeed([{ model: 'A', F1: 1 }, { model: 'B', F1: 2 }]);
    expect([feed.leaderboards[0].task, feed.leaderboards[0].dataset]).to.deep.equal(['Unknown task', 'Unknown dataset']);
    expect(feed.warnings.map((w) => w.kind)).to.deep.equal(['missing-field', 'missing-field']);
  });

  it('reads directions from header marks and from a direction row', () => {
    const feed = parseFeed([
      { model: 'direction', Accuracy: 'lower', BLEU: 'higher', Latency: 'lower is better' },
      { model: 'A', Accuracy: '0.2', BLEU: '30', Latency: '12' },
    ], { records: { task: 't', dataset: 'd' } });
    expect(feed.leaderboards[0].results.map((r) => r.model)).to.deep.equal(['A']);
    const metrics = Object.fromEntries(feed.leaderboards[0].metrics.map((m) => [m.name, [m.direction, m.directionSource]]));
    expect(metrics).to.deep.equal({ Accuracy: ['lower', 'feed'], BLEU: ['higher', 'feed'], Latency: ['lower', 'feed'] });
    const marked = parseFeed([{ model: 'A', 'Error (lower)': 3, 'Accuracy ↑': 90, 'Speed:higher': 4, 'Time (lower is better)': 1 }], { records: { task: 't', dataset: 'd' } });
    expect(marked.leaderboards[0].metrics.map((m) => [m.name, m.direction, m.directionSource])).to.deep.equal([
      ['Error', 'lower', 'feed'], ['Accuracy', 'higher', 'feed'], ['Speed', 'higher', 'feed'], ['Time', 'lower', 'feed'],
    ]);
    expect(rankResults(parseFeed([{ model: 'A', 'PPL:higher': 3 }, { model: 'B', 'PPL:higher': 5 }]).leaderboards[0]).map((r) => r.result.model)).to.deep.equal(['B', 'A']);
  });

  it('lets the caller\'s directions win over the header', () => {
    const feed = parseFeed([{ model: 'A', 'Error:lower': 3 }], { directions: { Error: 'higher' }, records: { task: 't', dataset: 'd' } });
    expect(feed.leaderboards[0].metrics[0]).to.deep.include({ name: 'Error', direction: 'higher', directionSource: 'option' });
  });

  it('follows a column mapping, and ranks by its value column', () => {
    const rows = [
      { 'Model version': 'gpt-x-2024', 'Release date': '2024-05-13', votes: 1200, mean_score: 1287 },
      { 'Model version': 'claude-y', 'Release date': '2024-06-20', votes: 900, mean_score: 1271 },
    ];
    // Headers that name no model are not told from other lists by shape: the caller says it is records.
    const feed = parseFeed(rows, { format: 'records', records: { columns: 'model: Model version; date: Release date; value: mean_score', task: 'Chat', dataset: 'Arena' } });
    const [board] = feed.leaderboards;
    expect(board.results.map((r) => [r.model, r.date])).to.deep.equal([['gpt-x-2024', '2024-05-13'], ['claude-y', '2024-06-20']]);
    expect(board.metrics.map((m) => [m.name, m.descriptor])).to.deep.equal([['mean_score', false], ['votes', true]]);
    expect(defaultMetric(board)?.name).to.equal('mean_score');
  });

  it('keeps the source\'s own rank as a descriptor ranked lowest-first, never the ranking metric', () => {
    const feed = parseFeed([{ rank: 2, model: 'B', score: 80 }, { rank: 1, model: 'A', score: 90 }], { records: { task: 't', dataset: 'd' } });
    const [board] = feed.leaderboards;
    expect(board.metrics.map((m) => [m.name, m.direction, m.descriptor])).to.deep.equal([['rank', 'lower', true], ['score', 'higher', false]]);
    expect(defaultMetric(board)?.name).to.equal('score');
    expect(board.results[0].values.rank.value).to.equal(2);
  });

  it('keeps a column of text as a descriptor, reported once rather than once per cell', () => {
    const feed = parseFeed([{ model: 'A', Hardware: '8x A100', F1: 1 }, { model: 'B', Hardware: 'TPU v3', F1: 2 }], { records: { task: 't', dataset: 'd' } });
    const [board] = feed.leaderboards;
    expect(board.metrics.map((m) => [m.name, m.descriptor])).to.deep.equal([['Hardware', true], ['F1', false]]);
    expect(board.results[1].values.Hardware.raw).to.equal('TPU v3');
    expect(feed.warnings.map((w) => w.message)).to.deep.equal(['Column "Hardware" holds text, not numbers: kept as a descriptor column, shown as written and never used to rank.']);
  });

  it('reports a row that is not an object and a mapped column the table lacks, and keeps the rest', () => {
    const feed = parseFeed([{ model: 'A', F1: 1 }, 7], { format: 'records', records: { columns: 'date: Released', task: 't', dataset: 'd' } });
    expect(feed.leaderboards[0].results).to.have.length(1);
    expect(feed.warnings.map((w) => [w.kind, w.path])).to.deep.equal([['unreadable-value', '/1'], ['missing-field', '']]);
  });

  it('warns about unreadable dates, extra-data cells and unsafe links, keeping each row', () => {
    const feed = parseFeed([{ model: 'A', date: 'spring 2021', 'extra data': 'maybe', code: 'javascript:alert(1)', F1: 1 }], { records: { task: 't', dataset: 'd' } });
    expect(feed.warnings.map((w) => [w.kind, w.path])).to.deep.equal([
      ['unreadable-date', '/0/date'], ['unreadable-value', '/0/extra data'], ['unsafe-url', '/0/code'],
    ]);
    expect(feed.leaderboards[0].results[0]).to.deep.include({ model: 'A', date: null, extraData: null, code: [] });
  });
});

describe('parseColumnMapping', () => {
  it('reads roles separated by semicolons, or commas before a role, so names may hold commas', () => {
    expect(parseColumnMapping('model: Model version; date: Release date; value: mean_score')).to.deep.equal({
      model: ['Model version'], date: ['Release date'], value: ['mean_score'],
    });
    expect(parseColumnMapping('value: F1 (micro, avg), model: System, extra data: ext')).to.deep.equal({
      value: ['F1 (micro, avg)'], model: ['System'], 'extra-data': ['ext'],
    });
  });

  it('throws on an unknown role or an entry without a colon', () => {
    expect(() => parseColumnMapping('modle: Name')).to.throw(FeedError, 'Unknown column role "modle"');
    expect(() => parseColumnMapping('model')).to.throw(FeedError, 'has no colon');
  });
});
