// CSV and TSV text through parseFeed. test/fixtures/kebiolm-results.csv is written by us, saved as spreadsheets
// export UTF-8 CSV (with a byte-order mark), with quoted commas: KeBioLM's F1 scores from its paper page
// (arXiv:2104.10344, the PWC archive's page in ../shared/seed, official code named there) and PubMedBERT's
// NCBI-disease F1 from BLURB (arXiv:2007.15779). Its "Knowledge source" column paraphrases KeBioLM's abstract.
import { expect } from '@open-wc/testing';
import { parseFeed, detectFormat } from '../../src/feed/all-formats.js';
import { FeedError } from '../../src/feed/feed-error.js';
import { defaultMetric } from '../../src/feed/rank-results.js';

async function fixtureText(name: string): Promise<string> {
  const response = await fetch(new URL(`../fixtures/${name}`, import.meta.url));
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer()); // keep the BOM
}

describe('parseFeed: CSV and TSV text', () => {
  it('reads a spreadsheet export: byte-order mark, quoted commas, one board per task and dataset', async () => {
    const text = await fixtureText('kebiolm-results.csv');
    expect(text.charCodeAt(0), 'the fixture keeps its byte-order mark').to.equal(0xfeff);
    expect(detectFormat(text)).to.equal('csv');
    const feed = parseFeed(text);
    expect(feed.format).to.equal('csv');
    expect(feed.leaderboards.map((b) => `${b.task} / ${b.dataset}: ${b.results.length}`)).to.deep.equal([
      'Named Entity Recognition (NER) / NCBI-disease: 2', 'Named Entity Recognition (NER) / BC5CDR-chemical: 1',
      'Named Entity Recognition (NER) / BC5CDR-disease: 1', 'Named Entity Recognition (NER) / BC2GM: 1',
      'Named Entity Recognition (NER) / JNLPBA: 1', 'Relation Extraction / GAD: 1', 'Relation Extraction / DDI: 1',
      'Relation Extraction / ChemProt: 1',
    ]);
    const [ncbi] = feed.leaderboards;
    expect(ncbi.metrics.map((m) => [m.name, m.descriptor])).to.deep.equal([['Knowledge source', true], ['F1', false]]);
    expect(defaultMetric(ncbi)?.name).to.equal('F1');
    const [kebiolm, pubmedbert] = ncbi.results;
    expect(kebiolm.values['Knowledge source'].raw).to.equal('UMLS, through entity detection and linking');
    expect(kebiolm.values.F1.value).to.equal(89.1);
    expect(kebiolm.paper?.arxivId).to.equal('2104.10344');
    expect(pubmedbert).to.deep.include({ model: 'PubMedBERT', date: '2020-07-31', code: [] });
    expect(feed.warnings.map((w) => w.message)).to.deep.equal([
      'Column "Knowledge source" holds text, not numbers: kept as a descriptor column, shown as written and never used to rank.',
    ]);
  });

  it('reads TSV, and semicolons as spreadsheets write them where the comma is the decimal sign', () => {
    const tsv = parseFeed('model\tdataset\ttask\tF1\nKeBioLM\tGAD\tRelation Extraction\t84.3\n');
    expect(tsv.leaderboards[0].results[0].values.F1.value).to.equal(84.3);
    const semicolons = parseFeed('model;dataset;task;F1\nKeBioLM;DDI;Relation Extraction;81.9\n');
    expect(semicolons.leaderboards[0].dataset).to.equal('DDI');
  });

  it('keeps both of two columns sharing a header, and cells past the header\'s end, with warnings', () => {
    const feed = parseFeed('model,F1,F1\nA,1,2,3\n', { records: { task: 't', dataset: 'd' } });
    const [result] = feed.leaderboards[0].results;
    expect(Object.fromEntries(Object.entries(result.values).map(([k, v]) => [k, v.raw]))).to.deep.equal({ F1: '1', 'F1 (2)': '2', 'Column 4': '3' });
    expect(feed.warnings.map((w) => w.kind)).to.deep.equal(['duplicate', 'other']);
  });

  it('passes over blank lines and keeps an unreadable value as written', () => {
    const feed = parseFeed('model,F1\r\n\r\nA,"n/a, see paper"\r\nB,80\r\n', { records: { task: 't', dataset: 'd' } });
    expect(feed.leaderboards[0].results.map((r) => r.values.F1.raw)).to.deep.equal(['n/a, see paper', '80']);
    expect(feed.warnings.map((w) => [w.kind, w.path])).to.deep.equal([['unreadable-value', '/0/F1']]);
  });

  it('says so when a quoted cell is never closed, rather than losing the rows it swallowed without a word', () => {
    const feed = parseFeed('model,F1\nA,"80\nB,81\n', { records: { task: 't', dataset: 'd' } });
    expect(feed.leaderboards[0].results.map((r) => r.values.F1.raw)).to.deep.equal(['80\nB,81\n']);
    expect(feed.warnings.map((w) => w.message)).to.include('A quoted cell opened on line 2 is never closed: everything after it, to the end '
      + 'of the text, was read into that one cell. Close the quote, or write a quote inside a cell as two ("").');
    expect(parseFeed('model,F1\nA,"8""0"\n', { records: { task: 't', dataset: 'd' } }).warnings.map((w) => w.message).join())
      .not.to.contain('never closed');
  });

  it('says what is wrong with text that is neither JSON nor a table', () => {
    expect(() => parseFeed('<!doctype html><title>Not found, sorry</title>')).to.throw(FeedError, 'The text is HTML (a web page)');
    expect(() => parseFeed('just some words')).to.throw(FeedError, 'The text is neither JSON nor a table');
    expect(() => parseFeed('{"version": 1,')).to.throw(SyntaxError);
  });

  it('reads JSON text as JSON', () => {
    expect(parseFeed('\uFEFF[{"model": "KeBioLM", "F1": 77.5}]').format).to.equal('records');
  });
});
