import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/all-formats.js';
import type { Feed } from '../../src/feed/types.js';
import { fixtureJson } from './fixture-json.js';

describe('parseFeed: PWC links-between-papers-and-code', () => {
  let feed: Feed;
  before(async () => {
    feed = parseFeed(await fixtureJson('pwc-links-kebiolm.json'));
  });

  it('groups link records into one Paper per paper, with its code links', () => {
    expect(feed.format).to.equal('pwc-links');
    expect(feed.papers.map((p) => p.id)).to.deep.equal(['improving-biomedical-pretrained-language', 'domain-specific-language-model-pretraining']);
    expect(feed.papers[0].code).to.deep.equal([
      { url: 'https://github.com/GanjinZero/KeBioLM', title: null, official: true, framework: 'pytorch', stars: null },
      { url: 'https://github.com/example/kebiolm-reimplementation', title: null, official: false, framework: null, stars: null },
    ]);
    expect(feed.papers[0]).to.deep.include({ arxivId: '2104.10344', url: 'https://arxiv.org/abs/2104.10344v1' });
  });

  it('reports a repeated repository and drops an unsafe one', () => {
    expect(feed.warnings.map((w) => [w.kind, w.path, w.raw])).to.deep.equal([
      ['ignored-field', '/0/_comment', '_comment'],
      ['duplicate', '/2/repo_url', 'https://github.com/GanjinZero/KeBioLM'],
      ['unsafe-url', '/3/repo_url', 'javascript:alert(1)'],
    ]);
    expect(feed.papers[1].code).to.deep.equal([]);
  });
});
