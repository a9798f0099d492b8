import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/all-formats.js';
import { FeedError } from '../../src/feed/feed-error.js';
import type { Feed } from '../../src/feed/types.js';
import { fixtureJson } from './fixture-json.js';

describe('parseFeed: sota-widgets format', () => {
  let feed: Feed;
  before(async () => {
    feed = parseFeed(await fixtureJson('own-format-blurb.json'));
  });

  it('reads source, updated, leaderboards and papers without warnings', () => {
    expect(feed.format).to.equal('sota-widgets');
    expect(feed.source).to.deep.equal({ name: 'sota-widgets test fixture', url: 'https://github.com/GanjinZero/KeBioLM', license: 'CC-BY-SA-4.0' });
    expect(feed.updated).to.equal('2021-06-01');
    expect(feed.leaderboards.map((b) => b.id)).to.deep.equal([
      'named-entity-recognition-ner--ncbi-disease', 'named-entity-recognition-ner--bc5cdr-chemical', 'lm-ptb',
    ]);
    expect(feed.warnings).to.deep.equal([]);
  });

  it("takes the feed's direction and unit, and infers the rest", () => {
    const [f1] = feed.leaderboards[0].metrics;
    expect(f1).to.deep.equal({ name: 'F1', direction: 'higher', directionSource: 'feed', unit: '%', descriptor: false });
    const [perplexity, params] = feed.leaderboards[2].metrics;
    expect([perplexity.direction, perplexity.directionSource]).to.deep.equal(['lower', 'feed']);
    expect([params.directionSource, params.descriptor]).to.deep.equal(['inferred', true]);
  });

  it('reads values given as numbers or text', () => {
    const [kebiolm, pubmedbert] = feed.leaderboards[0].results;
    expect(kebiolm.values.F1.value).to.equal(89.1);
    expect(pubmedbert.values.F1).to.deep.include({ value: 87.82, raw: '87.82' });
    expect(feed.leaderboards[2].results[0].values['Number of params'].value).to.equal(24e6);
  });

  it('reads paper references given as an id or as an object', () => {
    const [kebiolm, pubmedbert] = feed.leaderboards[0].results;
    expect(kebiolm.paper).to.deep.equal({ id: 'improving-biomedical-pretrained-language', title: null, url: null, date: null, arxivId: null });
    expect(pubmedbert.paper).to.deep.include({ url: 'https://arxiv.org/abs/2007.15779v6', arxivId: '2007.15779', id: '2007.15779' });
    expect(kebiolm.code).to.deep.equal([{ url: 'https://github.com/GanjinZero/KeBioLM', title: null, official: true, framework: 'pytorch', stars: null }]);
  });

  it('reads papers, dropping the version from the arXiv id', () => {
    expect(feed.papers).to.have.length(1);
    expect(feed.papers[0]).to.deep.include({ id: 'improving-biomedical-pretrained-language', arxivId: '2104.10344', venue: 'NAACL (BioNLP) 2021', date: '2021-04-21' });
    expect(feed.papers[0].authors).to.have.length(5);
  });

  it('refuses a version it does not know', () => {
    expect(() => parseFeed({ version: 2, leaderboards: [] })).to.throw(FeedError, 'This feed is format version 2; this sota-widgets reads version 1.');
  });

  it('warns about an unknown field, a bad direction and an unsafe code link, keeping the result', () => {
    const parsed = parseFeed({
      version: 1,
      leaderboards: [{
        task: 'T', dataset: 'D', colour: 'red',
        metrics: [{ name: 'Accuracy', direction: 'up' }],
        results: [{ model: 'm', values: { Accuracy: '1' }, code: ['javascript:alert(1)'] }],
      }],
    });
    expect(parsed.warnings.map((w) => [w.kind, w.path])).to.deep.equal([
      ['ignored-field', '/leaderboards/0/colour'],
      ['unreadable-value', '/leaderboards/0/metrics/0/direction'],
      ['unsafe-url', '/leaderboards/0/results/0/code/0/url'],
    ]);
    expect(parsed.leaderboards[0].metrics[0].directionSource).to.equal('inferred');
    expect(parsed.leaderboards[0].results[0].code).to.deep.equal([]);
  });

  it('throws when a leaderboard has no dataset name', () => {
    expect(() => parseFeed({ version: 1, leaderboards: [{ task: 'T', metrics: [], results: [] }] }))
      .to.throw(FeedError, 'Expected a dataset name at /leaderboards/0/dataset, found nothing.');
  });
});
