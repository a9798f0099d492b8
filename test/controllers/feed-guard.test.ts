// The guard between parsing and rendering: malformed parsed Feeds refused with a pointer, overlong text cut.
import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/feed/feed-error.js';
import type { Feed } from '../../src/feed/types.js';
import { checkParsedFeed } from '../../src/controllers/feed-guard.js';
import { boundText, MAX_TEXT_LENGTH } from '../../src/feed/bound-text.js';
import { madeByParseFeed, parseFeed } from '../../src/feed/parse-feed.js';

// Made-up data: one board, one result, one paper.
function smallFeed(text = 'Made-up model'): Feed {
  const value = { value: 90.1, raw: '90.1', uncertainty: null, percent: false, suffix: '', marks: '', emphasis: false, text: '90.1' };
  return {
    format: 'sota-widgets', warnings: [], source: null, updated: null,
    leaderboards: [{
      id: 'task--set', task: 'Task', dataset: 'Set', description: null, source: null,
      metrics: [{ name: text, direction: 'higher', directionSource: 'feed', unit: null, descriptor: false }],
      results: [{ id: '0', model: text, date: null, values: { [text]: value }, extraData: null, paper: null, code: [] }],
    }],
    papers: [{ id: 'p1', title: text, authors: [], date: null, venue: null, abstract: null, url: 'https://example.org/' + 'a'.repeat(20_000), pdf: null, code: [], tasks: [], arxivId: null, bibtex: null }],
  };
}

function refusal(feed: unknown): FeedError {
  try {
    checkParsedFeed(feed as Feed);
  } catch (error) {
    if (error instanceof FeedError) return error;
    throw error;
  }
  throw new Error('checkParsedFeed accepted a malformed feed');
}

describe('checkParsedFeed', () => {
  it('accepts a well-formed Feed', () => {
    expect(() => checkParsedFeed(smallFeed())).not.to.throw();
  });

  it('refuses a null leaderboard, naming where it is', () => {
    const feed = { ...smallFeed(), leaderboards: [smallFeed().leaderboards[0], null] };
    expect(refusal(feed).path).to.equal('/leaderboards/1');
    expect(refusal(feed).message).to.match(/expected a leaderboard object/);
  });

  it('refuses a result without a model and a paper that is a number', () => {
    const board = smallFeed().leaderboards[0];
    expect(refusal({ ...smallFeed(), leaderboards: [{ ...board, results: [{ id: '0' }] }] }).path).to.equal('/leaderboards/0/results/0');
    expect(refusal({ ...smallFeed(), papers: [5] }).path).to.equal('/papers/0');
  });
});

describe('boundText', () => {
  it('returns the same Feed object when no text is too long', () => {
    const feed = smallFeed();
    expect(boundText(feed)).to.equal(feed);
  });

  it('cuts an overlong model, title and metric name (and the matching value key) and warns once', () => {
    const long = 'word '.repeat(MAX_TEXT_LENGTH);
    const bounded = boundText(smallFeed(long));
    const board = bounded.leaderboards[0];
    const cutName = board.metrics[0].name;
    expect(cutName.length).to.equal(MAX_TEXT_LENGTH + 1);
    expect(cutName.endsWith('…')).to.equal(true);
    expect(board.results[0].model).to.equal(cutName);
    expect(Object.keys(board.results[0].values)).to.deep.equal([cutName]);
    expect(board.results[0].values[cutName].value).to.equal(90.1);
    expect(bounded.papers[0].title).to.equal(cutName);
    expect(bounded.warnings).to.have.length(1);
    expect(bounded.warnings[0].message).to.match(/longer than 10,000 characters/);
  });

  it('keeps ids and URLs whole, because cutting them would break lookups and links', () => {
    const feed = smallFeed('x'.repeat(MAX_TEXT_LENGTH + 1));
    const bounded = boundText(feed);
    expect(bounded.papers[0].url).to.equal(feed.papers[0].url);
    expect(bounded.papers[0].id).to.equal('p1');
  });

  it('keeps a "__proto__" metric name as an own key rather than setting a prototype', () => {
    const feed = smallFeed('__proto__');
    feed.papers[0].title = 'y'.repeat(MAX_TEXT_LENGTH + 1);
    const values = boundText(feed).leaderboards[0].results[0].values;
    expect(Object.prototype.hasOwnProperty.call(values, '__proto__')).to.equal(true);
    expect(Object.getPrototypeOf(values)).to.equal(Object.prototype);
  });

  it('is not led in circles by an object a host page added to Object.prototype, and still finds long text', () => {
    // Old libraries add enumerable keys to Object.prototype; an object there is inherited by itself.
    const added = {};
    Object.defineProperty(Object.prototype, 'pageAddedKey', { value: added, enumerable: true, configurable: true, writable: true });
    try {
      const plain = smallFeed();
      expect(boundText(plain)).to.equal(plain);
      const long = boundText(smallFeed('z'.repeat(MAX_TEXT_LENGTH + 1)));
      expect(long.leaderboards[0].results[0].model).to.have.length(MAX_TEXT_LENGTH + 1);
      expect(Object.prototype.hasOwnProperty.call(long.leaderboards[0].results[0], 'pageAddedKey')).to.equal(false);
    } finally {
      delete (Object.prototype as Record<string, unknown>).pageAddedKey;
    }
  });
});

describe('parseFeed and the guard', () => {
  it('parseFeed bounds the text of what it makes and marks it, so elements need not walk it again', () => {
    const long = 'x'.repeat(MAX_TEXT_LENGTH + 5);
    const feed = parseFeed({ version: 1, leaderboards: [{ task: 'T', dataset: 'D', results: [{ model: long, values: { F1: 1 } }] }] });
    expect(feed.leaderboards[0].results[0].model).to.have.length(MAX_TEXT_LENGTH + 1);
    expect(feed.warnings.map((w) => w.message)).to.include(`1 text field was longer than ${MAX_TEXT_LENGTH.toLocaleString('en-US')} characters and shown cut short.`);
    expect(madeByParseFeed(feed)).to.equal(true);
    expect(parseFeed(feed), 'handed back unchanged').to.equal(feed);
  });

  it('does not take a hand-made Feed, or a copy of a parsed one, for parseFeed\'s', () => {
    const parsed = parseFeed({ version: 1, leaderboards: [{ task: 'T', dataset: 'D', results: [{ model: 'M', values: { F1: 1 } }] }] });
    expect(madeByParseFeed({ ...parsed })).to.equal(false);
    expect(madeByParseFeed(smallFeed())).to.equal(false);
  });
});

describe('parseFeed keepLongText', () => {
  it('keeps long text whole for tools that write feeds, and leaves such a feed to the element to bound', () => {
    const long = 'x'.repeat(MAX_TEXT_LENGTH + 5);
    const feed = parseFeed({ version: 1, leaderboards: [{ task: 'T', dataset: 'D', results: [{ model: long, values: { F1: 1 } }] }] }, { keepLongText: true });
    expect(feed.leaderboards[0].results[0].model).to.equal(long);
    expect(madeByParseFeed(feed)).to.equal(false);
  });
});
