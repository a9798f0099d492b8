import { expect } from '@open-wc/testing';
import { buildBibtex, citationKey, escapeBibtex } from '../../src/components/paper-card/bibtex.js';
import { dedupeTasks } from '../../src/components/paper-card/task-chips.js';
import { formatPaperDate, venueLabel } from '../../src/components/paper-card/paper-meta.js';
import { leaderboardHref } from '../../src/components/paper-card/leaderboard-link.js';
import { paperUrl, pdfUrl } from '../../src/components/paper-card/paper-links.js';
import type { Leaderboard, Paper } from '../../src/feed/types.js';
import { barePaper, kebiolmPaper } from './feeds.js';

const kebiolm = { ...kebiolmPaper, venue: 'NAACL (BioNLP) 2021', bibtex: null } as Paper;

describe('buildBibtex', () => {
  it('builds an @inproceedings entry from title, authors, year, venue and arXiv id', () => {
    expect(buildBibtex(kebiolm)).to.equal(`@inproceedings{yuan2021improving,
  title = {{Improving Biomedical Pretrained Language Models with Knowledge}},
  author = {Zheng Yuan and Yijia Liu and Chuanqi Tan and Songfang Huang and Fei Huang},
  booktitle = {NAACL (BioNLP) 2021},
  year = {2021},
  eprint = {2104.10344},
  archivePrefix = {arXiv},
  url = {https://arxiv.org/abs/2104.10344}
}`);
  });

  it('uses @article with the arXiv journal line when there is no venue', () => {
    const entry = buildBibtex({ ...kebiolm, venue: null });
    expect(entry).to.match(/^@article\{yuan2021improving,/);
    expect(entry).to.contain('journal = {arXiv preprint arXiv:2104.10344}');
  });

  it('uses @misc and leaves out what the paper lacks', () => {
    const entry = buildBibtex(barePaper('x', { title: 'The {Hard} Case: 100% of $5 & more_' }) as Paper);
    expect(entry).to.equal('@misc{anonymoushard,\n  title = {{The \\{Hard\\} Case: 100\\% of \\$5 \\& more\\_}}\n}');
  });

  it('escapes backslashes and control characters', () => {
    expect(escapeBibtex('a\\b\n c~^')).to.equal('a\\textbackslash{}b c\\textasciitilde{}\\textasciicircum{}');
  });

  it('keys on the first significant title word and an ASCII surname', () => {
    expect(citationKey({ authors: ['José Núñez'], title: 'On the Effectiveness of Things', date: '2022-09-07' })).to.equal('nunez2022effectiveness');
    expect(citationKey({ authors: ['Núñez, José'], title: 'A Study', date: null })).to.equal('nunezstudy');
  });
});

describe('dedupeTasks', () => {
  it('merges slug, plain and abbreviated spellings into one chip, keeping the fullest label', () => {
    expect(dedupeTasks(['named-entity-recognition', 'Named Entity Recognition', 'Named Entity Recognition (NER)'])).to.deep.equal([
      'Named Entity Recognition (NER)',
    ]);
  });

  it('keeps first-appearance order and drops blanks', () => {
    expect(dedupeTasks(['Relation Extraction', ' ', 'relation-extraction', 'Entity Linking'])).to.deep.equal(['Relation Extraction', 'Entity Linking']);
  });
});

describe('venueLabel', () => {
  it('drops the trailing month PWC writes after the year', () => {
    expect(venueLabel('NAACL (BioNLP) 2021 6')).to.equal('NAACL (BioNLP) 2021');
    expect(venueLabel('NeurIPS 2020 12')).to.equal('NeurIPS 2020');
  });

  it('leaves venues without a month alone', () => {
    expect(venueLabel('NAACL (BioNLP) 2021')).to.equal('NAACL (BioNLP) 2021');
    expect(venueLabel('Workshop 3')).to.equal('Workshop 3');
    expect(venueLabel('ICLR 2021 13')).to.equal('ICLR 2021 13');
    expect(venueLabel('  ')).to.equal(null);
    expect(venueLabel(null)).to.equal(null);
  });
});

describe('formatPaperDate', () => {
  it('formats full dates, months and years with Intl (en-US, UTC)', () => {
    expect(formatPaperDate('2021-04-21')).to.equal('Apr 21, 2021');
    expect(formatPaperDate('2021-04')).to.equal('Apr 2021');
    expect(formatPaperDate('2021')).to.equal('2021');
    expect(formatPaperDate('2021-04-21', undefined, 'de-DE')).to.equal('21. Apr. 2021');
  });

  it("formatPaperDate('2021-04-01', 'month') shows the month only, as the feed knew it", () => {
    expect(formatPaperDate('2021-04-01', 'month')).to.equal('Apr 2021');
    expect(formatPaperDate('2021-01-01', 'year')).to.equal('2021');
  });

  it('returns null for missing or unreadable dates', () => {
    expect(formatPaperDate(null)).to.equal(null);
    expect(formatPaperDate('soon')).to.equal(null);
  });
});

describe('leaderboardHref', () => {
  const board = { id: 'ner--ncbi-disease', task: 'Named Entity Recognition (NER)', dataset: 'NCBI-disease' } as Leaderboard;

  it('fills the template with URL-encoded values', () => {
    expect(leaderboardHref('/boards/{task}/{dataset}', board)).to.equal('/boards/Named%20Entity%20Recognition%20(NER)/NCBI-disease');
    expect(leaderboardHref('https://x.example/b?id={id}', board)).to.equal('https://x.example/b?id=ner--ncbi-disease');
  });

  it('refuses templates that do not make an http(s) or relative URL', () => {
    expect(leaderboardHref('javascript:alert("{task}")', board)).to.equal(null);
    expect(leaderboardHref('', board)).to.equal(null);
  });

  it('encodes values so they cannot change the URL\'s structure', () => {
    const hostile = { ...board, task: '../../x?y=#z', dataset: 'a/b' };
    expect(leaderboardHref('/boards/{task}/{dataset}', hostile)).to.equal('/boards/..%2F..%2Fx%3Fy%3D%23z/a%2Fb');
  });
});

describe('paperUrl and pdfUrl', () => {
  it('link an arXiv id when the feed has no URL, keeping an old-style id\'s slash', () => {
    const paper = { ...kebiolm, url: null, pdf: null };
    expect(paperUrl(paper)).to.equal('https://arxiv.org/abs/2104.10344');
    expect(pdfUrl({ ...paper, arxivId: 'hep-th/9901001' })).to.equal('https://arxiv.org/pdf/hep-th/9901001');
  });

  it('prefer the feed\'s own safe URLs, and refuse unsafe ones', () => {
    expect(paperUrl({ ...kebiolm, url: 'https://example.org/p' })).to.equal('https://example.org/p');
    expect(paperUrl({ ...kebiolm, url: 'javascript:alert(1)', arxivId: null })).to.equal(null);
  });
});
