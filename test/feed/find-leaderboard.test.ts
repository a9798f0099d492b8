// Task and dataset spellings are the near-duplicates met in the PWC archive (paperswithcode/sota-extractor
// data/tasks and evaluation-tables.json): "Named Entity Recognition (NER)", "Species-800"/"Species800", SQuAD1.1
// under both Question Answering and Reading Comprehension.
import { expect } from '@open-wc/testing';
import { boardSlugs } from '../../src/feed/board-index.js';
import { findLeaderboard, nearestLeaderboards, normalizeName } from '../../src/feed/find-leaderboard.js';
import { feed, leaderboard } from './helpers.js';

describe('normalizeName', () => {
  const same: [string, string][] = [
    ['Named Entity Recognition (NER)', 'named entity recognition'],
    ['named-entity-recognition', 'named entity recognition'],
    ['Named_Entity  Recognition', 'named entity recognition'],
    ['  NAMED ENTITY RECOGNITION. ', 'named entity recognition'],
    ['Species-800', 'species800'],
    ['Species800', 'species800'],
    ['Species 800', 'species800'],
    ['Penn Treebank (PTB)', 'penn treebank'],
    ['Part-Of-Speech Tagging (POS)', 'part of speech tagging'],
    ['Café', 'cafe'],
    ['', ''],
  ];
  for (const [name, normal] of same) {
    it(`normalizeName('${name}') is '${normal}'`, () => expect(normalizeName(name)).to.equal(normal));
  }

  it('normalizeName keeps a parenthesised variant that is not an abbreviation', () => {
    expect(normalizeName('ImageNet (ReaL)')).to.equal('imagenet real');
    expect(normalizeName('SQuAD1.1 (dev)')).to.equal('squad1 1 dev');
    expect(normalizeName('Penn Treebank (Word Level)')).to.equal('penn treebank word level');
  });
});

describe('findLeaderboard', () => {
  const qa = leaderboard('Question Answering', 'SQuAD1.1', ['EM'], [{}, {}, {}]);
  const rc = leaderboard('Reading Comprehension', 'SQuAD1.1', ['EM'], [{}]);
  const ner = leaderboard('Named Entity Recognition (NER)', 'Species-800', ['F1'], [{}]);
  const ptbChar = leaderboard('Language Modelling', 'Penn Treebank (Character Level)', ['Bit per Character (BPC)'], [{}]);
  const ptbWord = leaderboard('Language Modelling', 'Penn Treebank (Word Level)', ['Test perplexity'], [{}]);
  const all = feed([rc, qa, ner, ptbChar, ptbWord]);

  it('findLeaderboard matches dataset and task whatever their case, punctuation and abbreviation', () => {
    expect(findLeaderboard(all, { task: 'named-entity-recognition', dataset: 'species800' })).to.equal(ner);
    expect(findLeaderboard(all, { task: 'Named Entity Recognition', dataset: 'SPECIES 800' })).to.equal(ner);
    expect(findLeaderboard(all, { task: 'NER', dataset: 'Species-800' })).to.equal(ner);
  });

  it('findLeaderboard uses the task to choose between boards of one dataset', () => {
    expect(findLeaderboard(all, { task: 'reading comprehension', dataset: 'squad1.1' })).to.equal(rc);
    expect(findLeaderboard(all, { task: 'Question Answering', dataset: 'SQuAD 1.1' })).to.equal(qa);
  });

  it('findLeaderboard without a task picks the matching board with most results', () => {
    expect(findLeaderboard(all, { dataset: 'SQuAD1.1' })).to.equal(qa);
  });

  it('findLeaderboard with a task alone picks that task\'s board with most results, as forgiving of spelling', () => {
    expect(findLeaderboard(all, { task: 'language-modelling' })).to.equal(ptbChar);
    expect(findLeaderboard(all, { task: 'NER' })).to.equal(ner);
    expect(findLeaderboard(all, { task: 'Machine Translation' })).to.equal(undefined);
    expect(findLeaderboard(all, {})).to.equal(undefined);
  });

  it('findLeaderboard matches the board id', () => {
    expect(findLeaderboard(all, { dataset: ner.id })).to.equal(ner);
  });

  it('findLeaderboard tells apart variants in parentheses', () => {
    expect(findLeaderboard(all, { dataset: 'Penn Treebank (Word Level)' })).to.equal(ptbWord);
    expect(findLeaderboard(all, { dataset: 'penn-treebank-character-level' })).to.equal(ptbChar);
  });

  it('findLeaderboard finds a board by the slugs a splitter names its file with (boardSlugs)', () => {
    const slugs = boardSlugs(ner.task, ner.dataset);
    expect(slugs).to.deep.equal({ task: 'named-entity-recognition-ner', dataset: 'species-800' });
    expect(findLeaderboard(all, slugs)).to.equal(ner);
    expect(findLeaderboard(all, boardSlugs(ptbWord.task, ptbWord.dataset))).to.equal(ptbWord);
    expect(findLeaderboard(all, boardSlugs(rc.task, rc.dataset))).to.equal(rc);
  });

  it('findLeaderboard returns undefined when the task does not match or the dataset is unknown', () => {
    expect(findLeaderboard(all, { task: 'Machine Translation', dataset: 'SQuAD1.1' })).to.equal(undefined);
    expect(findLeaderboard(all, { dataset: 'SQuAD2.0' })).to.equal(undefined);
    expect(findLeaderboard(feed([]), { dataset: 'x' })).to.equal(undefined);
  });

  it('nearestLeaderboards suggests close names, best first', () => {
    const near = nearestLeaderboards(all, { dataset: 'SQuAD 2.0' }, 2);
    expect(near.map((board) => board.dataset)).to.deep.equal(['SQuAD1.1', 'SQuAD1.1']);
    const typo = nearestLeaderboards(all, { task: 'Langauge Modeling', dataset: 'Penn Treebank Word' });
    expect(typo[0]).to.equal(ptbWord);
  });

  it('nearestLeaderboards for a task alone compares tasks', () => {
    expect(nearestLeaderboards(all, { task: 'Language Modeling' }, 2)).to.deep.equal([ptbChar, ptbWord]);
  });

  it('nearestLeaderboards returns at most n and nothing unrelated', () => {
    expect(nearestLeaderboards(all, { dataset: 'Penn' }, 1)).to.have.length(1);
    expect(nearestLeaderboards(all, { dataset: 'zzz' })).to.deep.equal([]);
  });
});
