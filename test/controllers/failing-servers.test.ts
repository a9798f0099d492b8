// Every way the test server (test/server/feed-server.mjs) can fail, against each real element: a readable
// in-element alert naming the URL, one sota-error, nothing escaping into the page; a refresh that fails keeps the
// data with a "could not refresh" note; and a page of mixed elements sharing one feed makes one request.
import { expect } from '@open-wc/testing';
import '../../src/components/sota-table/define.js';
import '../../src/components/metric-trend/define.js';
import '../../src/components/paper-card/define.js';
import type { SotaErrorDetail } from '../../src/events/events.js';
import { clearFeedCache, configureFeedCache, type FeedCacheSettings } from '../../src/controllers/feed-cache.js';
import { controlEtagFeed, escapeGuard, feedUrl, nextTask, served } from './helpers.js';
import { until } from '../until.js';

type Tag = 'sota-table' | 'metric-trend' | 'paper-card';
const TAGS: Tag[] = ['sota-table', 'metric-trend', 'paper-card'];

/** The element for `tag` reading `url`; the card asks for the server feed's one paper. */
function create(tag: Tag, url: string, refresh = 0): HTMLElement {
  const el = document.createElement(tag);
  if (tag === 'paper-card') el.setAttribute('paper', 'awd-lstm');
  if (refresh) el.setAttribute('refresh', String(refresh));
  el.setAttribute('src', url);
  return el;
}

/** sota-error events reaching the document. */
function recordErrors(): { errors: CustomEvent<SotaErrorDetail>[]; loads: number; stop: () => void } {
  const record = { errors: [] as CustomEvent<SotaErrorDetail>[], loads: 0, stop: () => {} };
  const onError = (event: Event) => void record.errors.push(event as CustomEvent<SotaErrorDetail>);
  const onLoad = () => void record.loads++;
  document.addEventListener('sota-error', onError);
  document.addEventListener('sota-load', onLoad);
  record.stop = () => {
    document.removeEventListener('sota-error', onError);
    document.removeEventListener('sota-load', onLoad);
  };
  return record;
}

const mounted: HTMLElement[] = [];

/** Puts the elements on the page without waiting for a frame (a background tab may get none for a long while). */
function mount(...elements: HTMLElement[]): HTMLElement {
  const container = document.createElement('div');
  container.style.width = '640px';
  container.append(...elements);
  document.body.append(container);
  mounted.push(container);
  return elements[0];
}

const squash = (value: string | null | undefined) => value?.replace(/\s+/g, ' ').trim() ?? '';
const text = (el: Element) => squash(el.shadowRoot?.textContent);
const absolute = (url: string) => new URL(url, document.baseURI).href;

const FAILURES: { name: string; query?: Record<string, number>; kind: SotaErrorDetail['kind']; limits?: Partial<FeedCacheSettings> }[] = [
  { name: 'missing', kind: 'http' },
  { name: 'broken', kind: 'http' },
  { name: 'invalid', kind: 'invalid-json' },
  { name: 'truncated', kind: 'invalid-json' },
  { name: 'page', kind: 'invalid-json' },
  { name: 'not-a-feed', kind: 'shape' },
  { name: 'large', kind: 'too-large', limits: { maxBytes: 64 * 1024 } },
  { name: 'large-stream', kind: 'too-large', limits: { maxBytes: 64 * 1024 } },
  { name: 'slow', query: { ms: 2000 }, kind: 'timeout', limits: { timeoutMs: 200 } },
  { name: 'reset', kind: 'network' },
];

describe('failing servers, for every element', () => {
  const guard = escapeGuard();
  let events: ReturnType<typeof recordErrors>;
  let saved: FeedCacheSettings;
  beforeEach(() => {
    guard.install();
    clearFeedCache();
    saved = configureFeedCache({});
    events = recordErrors();
  });
  afterEach(async () => {
    for (const container of mounted.splice(0)) container.remove();
    events.stop();
    configureFeedCache(saved);
    await guard.check();
  });

  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      for (const failure of FAILURES) {
        it(`a "${failure.name}" feed shows an alert naming the URL and fires one sota-error (${failure.kind})`, async () => {
          if (failure.limits) configureFeedCache(failure.limits);
          const url = feedUrl(failure.name, failure.query);
          const el = mount(create(tag, url));
          await until(() => events.errors.length > 0, 'sota-error');
          await nextTask(50); // a second event would come in a later task
          expect(events.errors).to.have.length(1);
          const { detail } = events.errors[0];
          expect(detail).to.include({ kind: failure.kind, url: absolute(url), stale: false });
          const alert = el.shadowRoot!.querySelector('[role="alert"]');
          expect(alert, `<${tag}> shows an alert`).to.not.equal(null);
          expect(alert!.textContent).to.contain(absolute(url)).and.contain(detail.message);
          expect(el.hasAttribute('aria-busy')).to.equal(false);
        });
      }

      it('a refresh that fails after a success keeps the data with a "could not refresh" note', async () => {
        const key = `refresh-${tag}-${Math.random()}`;
        const url = feedUrl('etag', { key });
        const el = mount(create(tag, url, 1));
        await until(() => events.loads === 1, 'the first load');
        const before = text(el);
        expect(before).to.match(/AWD-LSTM|Regularizing and Optimizing LSTM/);
        await controlEtagFeed(key, { fail: 1 });
        await until(() => events.errors.length === 1, 'the failed refresh', 4000);
        await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
        expect(events.errors[0].detail).to.include({ kind: 'http', stale: true, url: absolute(url) });
        const note = el.shadowRoot!.querySelector('[part~="stale"]');
        expect(note, 'a stale note').to.not.equal(null);
        expect(squash(note!.textContent)).to.match(/could not refresh/i).and.contain('HTTP 500');
        expect(el.shadowRoot!.querySelector('[role="alert"]'), 'no alert over good data').to.equal(null);
        expect(text(el)).to.contain(before.slice(0, 40));
        el.removeAttribute('refresh');
      });
    });
  }

  it('ten elements of all three kinds sharing one feed make one request', async () => {
    const url = feedUrl('good');
    const tags: Tag[] = [...TAGS, ...TAGS, ...TAGS, 'sota-table'];
    mount(...tags.map((tag) => create(tag, url)));
    await until(() => events.loads === 10, 'ten sota-load events');
    expect((await served(url)).count).to.equal(1);
  });
});
