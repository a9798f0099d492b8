import { expect } from '@open-wc/testing';
import { readDate } from '../../src/feed/internal/dates.js';
import { arxivIdIn, safeLink } from '../../src/feed/internal/urls.js';
import { paperId, slugify, venueFromProceeding } from '../../src/feed/internal/paper-ids.js';

describe('feed adapter helpers', () => {
  it('readDate reads ISO dates, timestamps, months and years; refuses impossible or prose dates', () => {
    expect(readDate('2021-04-21')?.date).to.equal('2021-04-21');
    expect(readDate('2021-04-21T10:00:00Z')?.date).to.equal('2021-04-21');
    expect(readDate('2021/4/1')?.date).to.equal('2021-04-01');
    expect(readDate('2021-04')?.date).to.equal('2021-04-01');
    expect(readDate('2021')?.date).to.equal('2021-01-01');
    for (const text of ['2021-02-30', '2020-13-02', 'June 2016', '21/04/2021', '']) expect(readDate(text), text).to.equal(null);
    expect(readDate('2020-02-29')?.date).to.equal('2020-02-29');
  });

  it('safeLink keeps http(s) and relative URLs and drops everything else', () => {
    expect(safeLink(' https://arxiv.org/abs/2104.10344 ')).to.equal('https://arxiv.org/abs/2104.10344');
    expect(safeLink('/papers/x.pdf')).to.equal('/papers/x.pdf');
    for (const text of ['javascript:alert(1)', 'java\tscript:alert(1)', ' JAVASCRIPT:x', 'data:text/html,x', 'mailto:a@b.c', 'https://', 'https://a b', 'two words', '\\\\evil']) {
      expect(safeLink(text), text).to.equal(null);
    }
  });

  it('arxivIdIn reads ids from bare ids and arXiv URLs, without version', () => {
    expect(arxivIdIn('2104.10344v2')).to.equal('2104.10344');
    expect(arxivIdIn('arXiv:2104.10344')).to.equal('2104.10344');
    expect(arxivIdIn('https://arxiv.org/pdf/1611.01603v6.pdf')).to.equal('1611.01603');
    expect(arxivIdIn('http://arxiv.org/abs/hep-th/9901001v1')).to.equal('hep-th/9901001');
    expect(arxivIdIn('https://doi.org/10.1234/5678.91011')).to.equal(null);
    expect(arxivIdIn(null)).to.equal(null);
  });

  it('venueFromProceeding drops only a trailing month after a year', () => {
    expect(venueFromProceeding('NAACL (BioNLP) 2021 6')).to.equal('NAACL (BioNLP) 2021');
    expect(venueFromProceeding('NeurIPS 2019 12')).to.equal('NeurIPS 2019');
    expect(venueFromProceeding('ICLR 2020')).to.equal('ICLR 2020');
    expect(venueFromProceeding('SemEval 2')).to.equal('SemEval 2');
    expect(venueFromProceeding(null)).to.equal(null);
  });

  it('paperId prefers the PWC slug, then the arXiv id, then the title slug', () => {
    expect(paperId({ url: 'https://paperswithcode.com/paper/improving-biomedical-pretrained-language', arxivId: '2104.10344', title: 'x' })).to.equal('improving-biomedical-pretrained-language');
    expect(paperId({ url: 'https://arxiv.org/abs/2104.10344', arxivId: '2104.10344', title: 'x' })).to.equal('2104.10344');
    expect(paperId({ url: null, arxivId: null, title: 'Attention Is All You Need' })).to.equal('attention-is-all-you-need');
    expect(slugify('Señor SQuAD1.1!')).to.equal('senor-squad1-1');
  });
});
