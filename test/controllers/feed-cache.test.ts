import { expect } from '@open-wc/testing';
import {
  FeedLoadError, clearFeedCache, configureFeedCache, loadFeed, peekFeed, type FeedCacheSettings,
} from '../../src/controllers/feed-cache.js';
import { withAdvice } from '../../src/controllers/failure-advice.js';
import { controlEtagFeed, escapeGuard, feedUrl, served } from './helpers.js';

async function failure(promise: Promise<unknown>): Promise<FeedLoadError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(FeedLoadError);
    return error as FeedLoadError;
  }
  throw new Error('expected the load to fail');
}

const absolute = (url: string): string => new URL(url, document.baseURI).href;

describe('feed cache', () => {
  const guard = escapeGuard();
  let saved: FeedCacheSettings;
  beforeEach(() => {
    guard.install();
    clearFeedCache();
    saved = configureFeedCache({});
  });
  afterEach(async () => {
    configureFeedCache(saved);
    await guard.check();
  });

  it('ten simultaneous loads of one URL make one request and share one answer', async () => {
    const url = feedUrl('good');
    const answers = await Promise.all(Array.from({ length: 10 }, () => loadFeed(url)));
    expect((await served(url)).count).to.equal(1);
    expect(new Set(answers.map((answer) => answer.json)).size).to.equal(1);
    expect(answers[0].json).to.have.property('version', 1);
    expect(answers[0].url).to.equal(absolute(url));
  });

  it('a later load of a cached URL makes no request, and relative and absolute URLs share the entry', async () => {
    const url = feedUrl('good');
    const first = await loadFeed(url);
    const second = await loadFeed(absolute(url));
    expect(second).to.equal(first);
    expect(peekFeed(url)).to.equal(first);
    expect((await served(url)).count).to.equal(1);
  });

  it('aborting one caller detaches only that caller', async () => {
    const url = feedUrl('slow', { ms: 300 });
    const leaving = new AbortController();
    const left = loadFeed(url, { signal: leaving.signal });
    const staying = loadFeed(url);
    leaving.abort();
    expect((await failure(left)).kind).to.equal('aborted');
    expect((await staying).json).to.have.property('version', 1);
    expect((await served(url)).count).to.equal(1);
  });

  it('when every caller aborts, the shared request stops and the next load starts a new one', async () => {
    const url = feedUrl('slow', { ms: 300 });
    const one = new AbortController();
    const two = new AbortController();
    const first = loadFeed(url, { signal: one.signal });
    const second = loadFeed(url, { signal: two.signal });
    one.abort();
    two.abort();
    expect((await failure(first)).kind).to.equal('aborted');
    expect((await failure(second)).kind).to.equal('aborted');
    expect(peekFeed(url)).to.equal(undefined);
    // A new request: reusing the aborted one would reject here with "aborted".
    expect((await loadFeed(url)).json).to.have.property('version', 1);
    // The aborted request reached the server or not, depending on how soon the abort came (on a loaded machine it
    // sometimes did not): one request for the new load, at most one before it.
    expect((await served(url)).count).to.be.within(1, 2);
  });

  it('an already aborted signal rejects without a request', async () => {
    const url = feedUrl('good');
    expect((await failure(loadFeed(url, { signal: AbortSignal.abort() }))).kind).to.equal('aborted');
    expect((await served(url)).count).to.equal(0);
  });

  it('HTTP 404 is an "http" error naming the URL and the status', async () => {
    const url = feedUrl('missing');
    const error = await failure(loadFeed(url));
    expect(error.kind).to.equal('http');
    expect(error.url).to.equal(absolute(url));
    expect(error.message).to.equal(`The feed ${absolute(url)} answered HTTP 404 Not Found.`);
    expect(withAdvice(error).message, 'the words of advice load with the failure')
      .to.equal(`The feed ${absolute(url)} answered HTTP 404 Not Found. Check the address: there is no file there.`);
  });

  it('HTTP 500 is an "http" error, and failures are not cached', async () => {
    const url = feedUrl('broken');
    const error = await failure(loadFeed(url));
    expect(error.kind).to.equal('http');
    expect(error.message).to.contain('HTTP 500 Internal Server Error').and.contain(absolute(url));
    await failure(loadFeed(url));
    expect((await served(url)).count).to.equal(2);
  });

  it('invalid JSON is an "invalid-json" error with line and column', async () => {
    const error = await failure(loadFeed(feedUrl('invalid')));
    expect(error.kind).to.equal('invalid-json');
    expect(error.message).to.match(/is not valid JSON\.$/);
    expect(withAdvice(error).message, 'where it breaks loads with the failure').to.match(/is not valid JSON at line 4, column 3: expected ',' or '}' but found '"'\.$/);
  });

  it('truncated JSON says the text ends early', async () => {
    const error = await failure(loadFeed(feedUrl('truncated')));
    expect(error.kind).to.equal('invalid-json');
    expect(withAdvice(error).message).to.contain('(is the file truncated?)');
  });

  it('HTML instead of JSON says so in words', async () => {
    const error = await failure(loadFeed(feedUrl('page')));
    expect(error.kind).to.equal('invalid-json');
    expect(error.message).to.contain('is HTML (a web page), not JSON');
  });

  it('JSON served as text/plain is read, with a notice', async () => {
    const loaded = await loadFeed(feedUrl('plain-text'));
    expect(loaded.json).to.have.property('version', 1);
    expect(loaded.notice).to.contain('served as "text/plain" rather than as JSON');
  });

  it('a Content-Length over the limit is a "too-large" error', async () => {
    configureFeedCache({ maxBytes: 64 * 1024 });
    const error = await failure(loadFeed(feedUrl('large')));
    expect(error.kind).to.equal('too-large');
    expect(withAdvice(error).message).to.match(/is 256 kB, more than the 64 kB limit\.$/);
  });

  it('a streamed answer without Content-Length is cut off at the limit', async () => {
    configureFeedCache({ maxBytes: 64 * 1024 });
    const error = await failure(loadFeed(feedUrl('large-stream')));
    expect(error.kind).to.equal('too-large');
    expect(withAdvice(error).message).to.contain('is larger than the 64 kB limit');
  });

  it('a server slower than the timeout gives a "timeout" error', async () => {
    configureFeedCache({ timeoutMs: 200 });
    const url = feedUrl('slow', { ms: 2000 });
    const error = await failure(loadFeed(url));
    expect(error.kind).to.equal('timeout');
    expect(withAdvice(error).message).to.equal(`The feed ${absolute(url)} did not answer within 0.2 s.`);
  });

  it('a connection reset is a "network" error, with the CORS hint in its advice', async () => {
    const url = feedUrl('reset');
    const error = await failure(loadFeed(url));
    expect(error.kind).to.equal('network');
    expect(withAdvice(error).message).to.contain(`Could not load ${absolute(url)}`).and.contain('Access-Control-Allow-Origin');
  });

  it('another origin without CORS headers is a "network" error', async () => {
    const other = new URL(feedUrl('good'), location.href);
    other.hostname = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const error = await failure(loadFeed(other.href));
    expect(error.kind).to.equal('network');
    expect(withAdvice(error).message).to.contain('CORS');
  });

  it('revalidating sends If-None-Match, and a 304 keeps the cached answer', async () => {
    const key = `etag-${Math.random()}`;
    const url = feedUrl('etag', { key });
    const first = await loadFeed(url);
    expect(first.etag).to.equal('"v1"');
    const again = await loadFeed(url, { revalidate: true });
    expect(again).to.equal(first);
    expect(await served(url)).to.deep.equal({ count: 2, ifNoneMatch: '"v1"' });
    await controlEtagFeed(key, { version: 2 });
    const changed = await loadFeed(url, { revalidate: true });
    expect(changed.json).to.not.equal(first.json);
    expect(JSON.stringify(changed.json)).to.contain('Language Modelling v2');
  });

  it('a failed revalidation keeps the cached answer', async () => {
    const key = `etag-${Math.random()}`;
    const url = feedUrl('etag', { key });
    const first = await loadFeed(url);
    await controlEtagFeed(key, { fail: 1 });
    expect((await failure(loadFeed(url, { revalidate: true }))).kind).to.equal('http');
    expect(peekFeed(url)).to.equal(first);
  });

  it('the cache is bounded: the least recently used feed goes first', async () => {
    configureFeedCache({ maxEntries: 2 });
    const [a, b, c] = [feedUrl('good'), feedUrl('good'), feedUrl('good')];
    await loadFeed(a);
    await loadFeed(b);
    await loadFeed(a); // a is now more recent than b
    await loadFeed(c);
    expect(peekFeed(a)).to.not.equal(undefined);
    expect(peekFeed(b)).to.equal(undefined);
    expect(peekFeed(c)).to.not.equal(undefined);
  });

  it('an unusable URL is rejected as a FeedLoadError, not thrown', async () => {
    const error = await failure(loadFeed('http://[broken'));
    expect(error.message).to.equal('"http://[broken" is not a valid feed URL.');
  });
});
