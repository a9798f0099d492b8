// Paper facts: "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding", Devlin et al.,
// arXiv 1810.04805 (PWC slug bert-pre-training-of-deep-bidirectional); "Transformer-XL: Attentive Language Models
// Beyond a Fixed-Length Context", Dai et al., arXiv 1901.02860. Leaderboard values are made up.
import { expect } from '@open-wc/testing';
import { arxivIdFrom, findPaper, nearestPapers, paperResults } from '../../src/feed/paper-results.js';
import { feed, leaderboard, paper } from './helpers.js';

const BERT_TITLE = 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding';
const bert = paper({
  id: 'bert-pre-training-of-deep-bidirectional', title: BERT_TITLE, arxivId: '1810.04805',
  url: 'https://arxiv.org/abs/1810.04805v2', pdf: 'https://arxiv.org/pdf/1810.04805v2.pdf',
});
const xl = paper({ id: 'transformer-xl-attentive-language-models', title: 'Transformer-XL: Attentive Language Models Beyond a Fixed-Length Context' });

describe('arxivIdFrom', () => {
  const ids: [string, string | null][] = [
    ['2104.10344', '2104.10344'],
    ['2104.10344v2', '2104.10344'],
    ['arXiv:2104.10344', '2104.10344'],
    ['arxiv 2104.10344v1', '2104.10344'],
    ['1501.0001', '1501.0001'],
    ['https://arxiv.org/abs/2104.10344v2', '2104.10344'],
    ['http://arxiv.org/abs/2104.10344/', '2104.10344'],
    ['https://arxiv.org/pdf/2104.10344v2.pdf', '2104.10344'],
    ['https://arxiv.org/pdf/2104.10344', '2104.10344'],
    ['arxiv.org/abs/2104.10344', '2104.10344'],
    ['https://export.arxiv.org/abs/hep-th/9901001v1', 'hep-th/9901001'],
    ['hep-th/9901001', 'hep-th/9901001'],
    ['math.GT/0309136', 'math/0309136'],
    ['https://doi.org/10.1145/3292500.3330701', null],
    ['https://example.org/2104.10344', null],
    ['2113.10344', null],
    ['BERT', null],
    ['', null],
  ];
  for (const [text, id] of ids) {
    it(`arxivIdFrom('${text}') is ${id}`, () => expect(arxivIdFrom(text)).to.equal(id));
  }
});

describe('paperResults', () => {
  const squad = leaderboard('Question Answering', 'SQuAD1.1', ['EM', 'F1', 'Number of params'], [
    { model: 'Human', values: { EM: '82.3', F1: '91.2' } },
    { model: 'BERT (single)', values: { EM: '85.1', F1: '91.8', 'Number of params': '340M' }, paper: { title: BERT_TITLE, url: 'http://arxiv.org/abs/1810.04805' } },
    { model: 'BERT (ensemble)', values: { EM: '87.4', F1: '-' }, paper: { title: 'BERT: pre-training of deep bidirectional transformers for language understanding' } },
    { model: 'Other', values: { EM: '87.4', F1: '93.0' }, paper: { title: 'Something else' } },
  ]);
  const glue = leaderboard('Natural Language Inference', 'MultiNLI', ['Accuracy'], [
    { model: 'BERT-Large', values: { Accuracy: '86.7' }, paper: { url: 'https://arxiv.org/pdf/1810.04805v1.pdf' } },
    { model: 'ESIM', values: { Accuracy: '72.4' } },
  ]);
  const ptb = leaderboard('Language Modelling', 'Penn Treebank', ['Test perplexity'], [
    { model: 'Transformer-XL', values: { 'Test perplexity': '54.55' }, paper: { id: xl.id } },
  ]);
  const all = feed([squad, glue, ptb], [bert, xl]);
  const summary = (query: string, data = all): string[] =>
    paperResults(data, query).map((row) => `${row.leaderboard.dataset}/${row.result.model}/${row.metric.name}=${row.value.value}#${row.rank}of${row.of}`);
  const bertRows = [
    'SQuAD1.1/BERT (single)/EM=85.1#3of4',
    'SQuAD1.1/BERT (single)/F1=91.8#2of3',
    'SQuAD1.1/BERT (ensemble)/EM=87.4#1of4',
    'MultiNLI/BERT-Large/Accuracy=86.7#1of2',
  ];

  const queries = [
    'bert-pre-training-of-deep-bidirectional',
    'https://paperswithcode.com/paper/bert-pre-training-of-deep-bidirectional',
    'https://paperswithcode.com/paper/bert-pre-training-of-deep-bidirectional/',
    '1810.04805',
    '1810.04805v2',
    'arXiv:1810.04805',
    'https://arxiv.org/abs/1810.04805',
    'http://arxiv.org/abs/1810.04805v1',
    'https://arxiv.org/pdf/1810.04805v2.pdf',
    BERT_TITLE,
    'bert pre-training of deep bidirectional transformers for language understanding',
    '  BERT — Pre-Training of Deep Bidirectional Transformers for Language Understanding.  ',
  ];
  for (const query of queries) {
    it(`paperResults finds every BERT result by '${query.trim()}'`, () => expect(summary(query)).to.deep.equal(bertRows));
  }

  it('paperResults joins rows by reference without a paper record', () => {
    const noPapers = feed([squad, glue, ptb]);
    expect(summary('1810.04805', noPapers)).to.deep.equal(bertRows);
    expect(summary(BERT_TITLE, noPapers)).to.deep.equal(bertRows);
    expect(summary(xl.id, noPapers)).to.deep.equal(['Penn Treebank/Transformer-XL/Test perplexity=54.55#1of1']);
  });

  it('paperResults leaves out descriptor columns and missing values', () => {
    const metrics = paperResults(all, '1810.04805').map((row) => row.metric.name);
    expect(metrics).not.to.include('Number of params');
    expect(paperResults(all, '1810.04805').every((row) => row.value.value !== null)).to.equal(true);
  });

  it('paperResults is empty for an unknown paper or an empty query', () => {
    expect(paperResults(all, 'Attention Is All You Need')).to.deep.equal([]);
    expect(paperResults(all, '   ')).to.deep.equal([]);
  });
});

describe('findPaper', () => {
  const all = feed([], [xl, bert]);
  for (const query of ['BERT-PRE-TRAINING-OF-DEEP-BIDIRECTIONAL', '1810.04805v2', 'arxiv.org/abs/1810.04805', 'https://arxiv.org/pdf/1810.04805.pdf', BERT_TITLE.toUpperCase()]) {
    it(`findPaper finds the paper record by '${query}'`, () => expect(findPaper(all, query)).to.equal(bert));
  }

  it('findPaper prefers a match by id over one by title', () => {
    const titledLikeAnId = paper({ id: 'other', title: 'transformer-xl-attentive-language-models' });
    expect(findPaper(feed([], [titledLikeAnId, xl]), xl.id)).to.equal(xl);
  });

  it('findPaper is undefined when only results mention the paper', () => {
    const board = leaderboard('T', 'D', ['Accuracy'], [{ values: { Accuracy: 1 }, paper: { title: BERT_TITLE } }]);
    expect(findPaper(feed([board]), BERT_TITLE)).to.equal(undefined);
  });
});

describe('nearestPapers', () => {
  it('nearestPapers suggests titles close to a misspelt query, best first', () => {
    const near = nearestPapers(feed([], [xl, bert]), 'BERT pretraining of deep bidirectional transformer');
    expect(near[0]).to.equal(bert);
  });

  it('nearestPapers includes papers only results mention, once each', () => {
    const board = leaderboard('T', 'D', ['Accuracy'], [
      { values: { Accuracy: 1 }, paper: { title: BERT_TITLE, url: 'https://arxiv.org/abs/1810.04805' } },
      { values: { Accuracy: 2 }, paper: { url: 'https://arxiv.org/abs/1810.04805v3' } },
    ]);
    const near = nearestPapers(feed([board]), 'BERT pre-training');
    expect(near).to.have.length(1);
    expect(near[0]).to.deep.include({ title: BERT_TITLE, arxivId: '1810.04805', authors: [] });
  });

  it('nearestPapers returns at most n and nothing for an unrelated query', () => {
    expect(nearestPapers(feed([], [xl, bert]), 'transformer', 1)).to.have.length(1);
    expect(nearestPapers(feed([], [xl, bert]), 'qqq')).to.deep.equal([]);
  });
});
