import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/all-formats.js';
import { FeedError } from '../../src/feed/feed-error.js';
import type { Feed } from '../../src/feed/types.js';
import { fixtureJson } from './fixture-json.js';

describe('parseFeed: PWC papers-with-abstracts', () => {
  let feed: Feed;
  before(async () => {
    feed = parseFeed(await fixtureJson('pwc-papers-kebiolm.json'));
  });

  it('reads one Paper per record, id from the PWC page slug', () => {
    expect(feed.format).to.equal('pwc-papers');
    expect(feed.leaderboards).to.deep.equal([]);
    expect(feed.papers.map((p) => p.id)).to.deep.equal(['improving-biomedical-pretrained-language', 'domain-specific-language-model-pretraining']);
  });

  it('drops the month from the proceeding and reads the rest of the record', () => {
    expect(feed.papers[0]).to.deep.equal({
      id: 'improving-biomedical-pretrained-language',
      title: 'Improving Biomedical Pretrained Language Models with Knowledge',
      authors: ['Zheng Yuan', 'Yijia Liu', 'Chuanqi Tan', 'Songfang Huang', 'Fei Huang'],
      date: '2021-04-21',
      venue: 'NAACL (BioNLP) 2021',
      abstract: 'Pretrained language models have shown success in many natural language processing tasks.',
      url: 'https://arxiv.org/abs/2104.10344v1',
      pdf: 'https://arxiv.org/pdf/2104.10344v1.pdf',
      code: [],
      tasks: ['Relation Extraction', 'named-entity-recognition', 'Entity Linking', 'Named Entity Recognition', 'Named Entity Recognition (NER)', 'Language Modelling'],
      arxivId: '2104.10344',
      bibtex: null,
    });
    expect(feed.papers[1].venue).to.equal(null);
  });

  it('merges a repeated paper into the first and warns', () => {
    expect(feed.warnings.filter((w) => w.kind === 'duplicate').map((w) => w.path)).to.deep.equal(['/2']);
  });

  it('falls back to the arXiv id, then the slugified title, for the id', () => {
    const parsed = parseFeed([
      { paper_url: '', arxiv_id: '1810.04805', title: 'BERT', abstract: '', authors: [] },
      { paper_url: null, arxiv_id: null, title: 'Attention Is All You Need', abstract: '', authors: [] },
    ]);
    expect(parsed.papers.map((p) => p.id)).to.deep.equal(['1810.04805', 'attention-is-all-you-need']);
  });

  it('throws for a record with nothing to identify it', () => {
    expect(() => parseFeed([{ paper_url: '', arxiv_id: null, title: '', abstract: 'x' }], { format: 'pwc-papers' }))
      .to.throw(FeedError, 'at /0');
  });
});
