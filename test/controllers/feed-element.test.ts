// The loading layer through a tiny element built on SotaElement, so these tests need none of the real elements.
import { expect, fixture, fixtureSync, html as testHtml } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Feed, ParseOptions } from '../../src/feed/types.js';
import { SotaElement } from '../../src/internal/sota-element.js';
import type { SotaErrorDetail, SotaLoadDetail } from '../../src/events/events.js';
import { clearFeedCache, configureFeedCache, peekFeed, type FeedCacheSettings } from '../../src/controllers/feed-cache.js';
import { controlEtagFeed, escapeGuard, feedUrl, nextTask, served } from './helpers.js';
import { until } from '../until.js';

class LoaderProbe extends SotaElement {
  /** Overrides the direction of every metric, to prove a parse-option change re-parses. */
  @property() direction: 'higher' | 'lower' | null = null;

  protected override parseOptions(): ParseOptions | undefined {
    return this.direction ? { directions: { 'Test perplexity': this.direction } } : undefined;
  }

  protected override renderFeed(feed: Feed): TemplateResult {
    return html`<ul part="boards">
      ${feed.leaderboards.map((board) => html`<li>${board.task}: ${board.metrics.map((m) => `${m.name} (${m.direction})`)}</li>`)}
    </ul>`;
  }
}
customElements.define('loader-probe', LoaderProbe);

/** Every sota-load and sota-error that reaches the document, from before the element exists. */
function recordEvents(): { loads: CustomEvent<SotaLoadDetail>[]; errors: CustomEvent<SotaErrorDetail>[]; stop: () => void } {
  const loads: CustomEvent<SotaLoadDetail>[] = [];
  const errors: CustomEvent<SotaErrorDetail>[] = [];
  const onLoad = (event: Event): void => void loads.push(event as CustomEvent<SotaLoadDetail>);
  const onError = (event: Event): void => void errors.push(event as CustomEvent<SotaErrorDetail>);
  document.addEventListener('sota-load', onLoad);
  document.addEventListener('sota-error', onError);
  return {
    loads,
    errors,
    stop: () => {
      document.removeEventListener('sota-load', onLoad);
      document.removeEventListener('sota-error', onError);
    },
  };
}

const shadowText = (el: Element): string => el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const alertOf = (el: Element): HTMLElement | null => el.shadowRoot!.querySelector('[role="alert"]');
const absolute = (url: string): string => new URL(url, document.baseURI).href;

describe('SotaElement loading', () => {
  const guard = escapeGuard();
  let events: ReturnType<typeof recordEvents>;
  let saved: FeedCacheSettings;
  beforeEach(() => {
    guard.install();
    clearFeedCache();
    saved = configureFeedCache({});
    events = recordEvents();
  });
  afterEach(async () => {
    events.stop();
    configureFeedCache(saved);
    await guard.check();
  });

  it('is accessible while loading, loaded, and failed', async () => {
    const loading = await fixture<LoaderProbe>(testHtml`<loader-probe src=${feedUrl('slow', { ms: 300 })}></loader-probe>`);
    await expect(loading).to.be.accessible();
    await until(() => events.loads.length === 1, 'the load');
    await expect(loading).to.be.accessible();
    const failed = await fixture<LoaderProbe>(testHtml`<loader-probe src=${feedUrl('missing')}></loader-probe>`);
    await until(() => events.errors.length === 1, 'the error');
    await expect(failed).to.be.accessible();
  });

  it('ten elements sharing a src make one request and all show the feed', async () => {
    const url = feedUrl('good');
    // fixtureSync: fixture() of a plain <div> waits for an animation frame, which a background tab may not get.
    const page = fixtureSync(testHtml`<div>${Array.from({ length: 10 }, () => testHtml`<loader-probe src=${url}></loader-probe>`)}</div>`);
    await until(() => events.loads.length === 10, 'ten sota-load events');
    expect((await served(url)).count).to.equal(1);
    for (const probe of page.querySelectorAll('loader-probe')) {
      expect(shadowText(probe)).to.equal('Language Modelling: Test perplexity (lower)');
    }
    expect(events.loads[0].detail.url).to.equal(absolute(url));
    expect(new Set(events.loads.map((event) => event.detail.feed)).size, 'parsed once').to.equal(1);
  });

  it('shows a skeleton and sets aria-busy while loading, then clears both', async () => {
    const el = await fixture<LoaderProbe>(testHtml`<loader-probe src=${feedUrl('slow', { ms: 300 })}></loader-probe>`);
    expect(el.getAttribute('aria-busy')).to.equal('');
    const status = el.shadowRoot!.querySelector('[part~="loading"]');
    expect(status?.getAttribute('role')).to.equal('status');
    expect(status?.querySelector('.skeleton')).to.not.equal(null);
    await until(() => events.loads.length === 1, 'the load');
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part~="loading"]')).to.equal(null);
  });

  it('removing the element aborts its request: nothing is cached and no event fires', async () => {
    const url = feedUrl('slow', { ms: 300 });
    const el = await fixture<LoaderProbe>(testHtml`<loader-probe src=${url}></loader-probe>`);
    await until(() => el.hasAttribute('aria-busy'), 'loading');
    el.remove();
    await nextTask(500);
    expect(peekFeed(url)).to.equal(undefined);
    expect(events.loads).to.have.length(0);
    expect(events.errors).to.have.length(0);
    document.body.append(el); // and putting it back loads again
    await until(() => events.loads.length === 1, 'the load after reconnecting');
    el.remove();
  });

  it('changing src abandons the old load and shows the new feed', async () => {
    const slow = feedUrl('slow', { ms: 300 });
    const good = feedUrl('good');
    const el = await fixture<LoaderProbe>(testHtml`<loader-probe src=${slow}></loader-probe>`);
    el.src = good;
    await until(() => events.loads.length === 1, 'the new feed');
    expect(events.loads[0].detail.url).to.equal(absolute(good));
    await nextTask(500);
    expect(events.loads, 'no late event from the old src').to.have.length(1);
    expect(peekFeed(slow)).to.equal(undefined);
  });

  const failures: { name: string; query?: Record<string, number>; kind: SotaErrorDetail['kind']; says: RegExp; limits?: Partial<FeedCacheSettings> }[] = [
    { name: 'missing', kind: 'http', says: /answered HTTP 404 Not Found\. Check the address/ },
    { name: 'broken', kind: 'http', says: /answered HTTP 500 Internal Server Error\./ },
    { name: 'invalid', kind: 'invalid-json', says: /is not valid JSON at line 4, column 3: expected ',' or '\}'/ },
    { name: 'truncated', kind: 'invalid-json', says: /is not valid JSON at line \d+, column \d+: .*\(is the file truncated\?\)/ },
    { name: 'page', kind: 'invalid-json', says: /is HTML \(a web page\), not JSON/ },
    { name: 'not-a-feed', kind: 'shape', says: /cannot be shown: / },
    { name: 'large', kind: 'too-large', says: /is 256 kB, more than the 64 kB limit\./, limits: { maxBytes: 64 * 1024 } },
    { name: 'slow', query: { ms: 2000 }, kind: 'timeout', says: /did not answer within 0\.2 s\./, limits: { timeoutMs: 200 } },
    { name: 'reset', kind: 'network', says: /the server did not answer or the connection failed.*CORS/ },
  ];
  for (const failure of failures) {
    it(`a "${failure.name}" feed shows a readable alert with the URL and fires sota-error (${failure.kind})`, async () => {
      if (failure.limits) configureFeedCache(failure.limits);
      const url = feedUrl(failure.name, failure.query);
      const el = await fixture<LoaderProbe>(testHtml`<loader-probe src=${url}></loader-probe>`);
      await until(() => events.errors.length === 1, 'sota-error');
      const { detail } = events.errors[0];
      expect(detail.kind).to.equal(failure.kind);
      expect(detail.url).to.equal(absolute(url));
      expect(detail.stale).to.equal(false);
      expect(detail.message).to.contain(absolute(url)).and.match(failure.says);
      expect(alertOf(el)?.textContent).to.contain('Could not show results.').and.contain(detail.message);
      expect(el.hasAttribute('aria-busy')).to.equal(false);
    });
  }

  it('JSON served with a non-JSON content type loads, with a warning in the feed', async () => {
    await fixture<LoaderProbe>(testHtml`<loader-probe src=${feedUrl('plain-text')}></loader-probe>`);
    await until(() => events.loads.length === 1, 'the load');
    const warnings = events.loads[0].detail.feed.warnings.map((warning) => warning.message);
    expect(warnings.some((message) => message.includes('served as "text/plain"'))).to.equal(true);
  });

  it('"Try again" after a failure loads the feed again', async () => {
    const key = `retry-${Math.random()}`;
    await controlEtagFeed(key, { fail: 1 });
    const el = await fixture<LoaderProbe>(testHtml`<loader-probe src=${feedUrl('etag', { key })}></loader-probe>`);
    await until(() => events.errors.length === 1, 'the failure');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await until(() => events.loads.length === 1, 'the load after retrying');
    expect(alertOf(el)).to.equal(null);
    expect(shadowText(el)).to.contain('Language Modelling v1');
  });

  it('a failed refresh keeps the data with a "could not refresh" note; the next one clears it with a 304', async () => {
    const key = `refresh-${Math.random()}`;
    const url = feedUrl('etag', { key });
    const el = await fixture<LoaderProbe>(testHtml`<loader-probe src=${url} refresh="1"></loader-probe>`);
    await until(() => events.loads.length === 1, 'the first load');
    await controlEtagFeed(key, { fail: 1 });
    await until(() => events.errors.length === 1, 'the failed refresh', 3000);
    expect(events.errors[0].detail).to.include({ kind: 'http', stale: true });
    expect(shadowText(el)).to.contain('Language Modelling v1');
    const note = el.shadowRoot!.querySelector('[part="stale"]');
    expect(note?.querySelector('summary')?.textContent).to.match(/^Could not refresh; showing the data loaded at \d\d:\d\d [AP]M\.$/);
    expect(note?.textContent).to.match(/The feed .* answered HTTP 500/);
    expect(alertOf(el)).to.equal(null);
    await until(() => el.shadowRoot!.querySelector('[part="stale"]') === null, 'the next refresh', 3000);
    expect(await served(url)).to.deep.equal({ count: 3, ifNoneMatch: '"v1"' });
    expect(events.loads, 'a 304 is no new feed').to.have.length(1);
  });

  it('a refresh that finds new content shows it and fires sota-load', async () => {
    const key = `changed-${Math.random()}`;
    const el = await fixture<LoaderProbe>(testHtml`<loader-probe src=${feedUrl('etag', { key })} refresh="1"></loader-probe>`);
    await until(() => events.loads.length === 1, 'the first load');
    await controlEtagFeed(key, { version: 2 });
    await until(() => events.loads.length === 2, 'the refreshed feed', 3000);
    expect(shadowText(el)).to.contain('Language Modelling v2');
    el.refresh = 0; // and no more requests after that
  });

  it('inline <script type="application/json"> data is shown without a request', async () => {
    const el = await fixture<LoaderProbe>(testHtml`<loader-probe>
      <script type="application/json">{"version": 1, "leaderboards": [{"task": "Inline task", "dataset": "D",
        "metrics": ["Accuracy"], "results": [{"model": "M", "values": {"Accuracy": "90.1"}}]}]}</script>
    </loader-probe>`);
    expect(shadowText(el)).to.equal('Inline task: Accuracy (higher)');
    await until(() => events.loads.length === 1, 'sota-load');
    expect(events.loads[0].detail.url).to.equal(null);
  });

  it('invalid inline JSON shows an alert with its line and column', async () => {
    const el = await fixture<LoaderProbe>(testHtml`<loader-probe><script type="application/json">{"version": 1,
"leaderboards": [}</script></loader-probe>`);
    // Where it breaks is worked out by the failure-advice chunk, loaded with the failure.
    await until(() => !!alertOf(el), 'the alert');
    expect(alertOf(el)?.textContent).to.contain(
      'The inline JSON (<script type="application/json">) is not valid JSON at line 2, column 18: expected a value but found \'}\'.',
    );
    await until(() => events.errors.length === 1, 'sota-error');
    expect(events.errors[0].detail).to.include({ kind: 'invalid-json', url: null, stale: false });
  });

  it('inline JSON added after the element is connected is read', async () => {
    const el = await fixture<LoaderProbe>(testHtml`<loader-probe></loader-probe>`);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ version: 1, leaderboards: [{ task: 'Late', dataset: 'D', metrics: ['F1'], results: [] }] });
    el.append(script);
    await until(() => shadowText(el) === 'Late: F1 (higher)', 'the late inline JSON');
  });

  it('.feed takes raw JSON, JSON text, and an already parsed Feed (passed through unchanged)', async () => {
    const raw = { version: 1, leaderboards: [{ task: 'Raw', dataset: 'D', metrics: ['WER'], results: [] }] };
    const el = await fixture<LoaderProbe>(testHtml`<loader-probe .feed=${raw}></loader-probe>`);
    expect(shadowText(el)).to.equal('Raw: WER (lower)');
    await until(() => events.loads.length === 1, 'sota-load');
    const parsed = events.loads[0].detail.feed;
    el.feed = JSON.stringify({ ...raw, leaderboards: [{ ...raw.leaderboards[0], task: 'Text' }] });
    await el.updateComplete;
    expect(shadowText(el)).to.equal('Text: WER (lower)');
    el.feed = parsed;
    await el.updateComplete;
    expect(shadowText(el)).to.equal('Raw: WER (lower)');
    await until(() => events.loads.length === 3, 'three sota-load events');
    expect(events.loads[2].detail.feed).to.equal(parsed);
  });

  it('.feed wins over src: no request is made', async () => {
    const url = feedUrl('good');
    const raw = { version: 1, leaderboards: [{ task: 'Given', dataset: 'D', metrics: ['F1'], results: [] }] };
    const el = await fixture<LoaderProbe>(testHtml`<loader-probe src=${url} .feed=${raw}></loader-probe>`);
    expect(shadowText(el)).to.equal('Given: F1 (higher)');
    await nextTask(100);
    expect((await served(url)).count).to.equal(0);
  });

  it('a .feed that is not a feed gives a shape error with its JSON pointer', async () => {
    const el = await fixture<LoaderProbe>(testHtml`<loader-probe .feed=${{ version: 1, leaderboards: 'none' }}></loader-probe>`);
    await until(() => events.errors.length === 1, 'sota-error');
    expect(events.errors[0].detail.kind).to.equal('shape');
    expect(events.errors[0].detail.message).to.match(/^The feed data cannot be shown: .* \(at \/leaderboards\)\.$/);
    expect(alertOf(el)?.textContent).to.contain(events.errors[0].detail.message);
    expect(el.shadowRoot!.querySelector('[part="retry"]'), 'nothing to retry').to.equal(null);
  });

  it('changing the parse options re-parses the same data', async () => {
    const url = feedUrl('good');
    const el = await fixture<LoaderProbe>(testHtml`<loader-probe src=${url}></loader-probe>`);
    await until(() => events.loads.length === 1, 'the load');
    expect(shadowText(el)).to.equal('Language Modelling: Test perplexity (lower)');
    el.direction = 'higher';
    await el.updateComplete;
    expect(shadowText(el)).to.equal('Language Modelling: Test perplexity (higher)');
    expect((await served(url)).count).to.equal(1);
  });

  it('with neither src nor data the element says how to give it some', async () => {
    const el = await fixture<LoaderProbe>(testHtml`<loader-probe></loader-probe>`);
    expect(shadowText(el)).to.equal('No data: set src or .feed.');
  });

  describe('theme', () => {
    const colourOf = (el: Element, selector: string): string => getComputedStyle(el.shadowRoot!.querySelector(selector)!).color;
    afterEach(() => document.documentElement.style.removeProperty('color-scheme'));

    it('theme="auto" keeps the page\'s text colour and background', async () => {
      const wrapper = fixtureSync(testHtml`<div style="color: rgb(1, 2, 3)"><loader-probe></loader-probe></div>`);
      await wrapper.querySelector<LoaderProbe>('loader-probe')!.updateComplete;
      const host = getComputedStyle(wrapper.querySelector('loader-probe')!);
      expect(host.color).to.equal('rgb(1, 2, 3)');
      expect(host.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    });

    it('theme="auto" follows the page\'s color-scheme, not only the user\'s preference', async () => {
      const el = await fixture<LoaderProbe>(testHtml`<loader-probe></loader-probe>`);
      expect(colourOf(el, '[part~="status"]'), 'a page that declares nothing is light').to.equal('rgb(89, 99, 110)');
      document.documentElement.style.colorScheme = 'dark';
      expect(colourOf(el, '[part~="status"]')).to.equal('rgb(145, 152, 161)');
    });

    it('theme="dark" paints its own dark surface on a light page, and passes axe there', async () => {
      const el = await fixture<LoaderProbe>(testHtml`<loader-probe theme="dark" src=${feedUrl('missing')}></loader-probe>`);
      await until(() => events.errors.length === 1, 'the error');
      const host = getComputedStyle(el);
      expect(host.color).to.equal('rgb(230, 237, 243)');
      expect(host.backgroundColor).to.equal('rgb(13, 17, 23)');
      expect(colourOf(el, '[part~="error"] strong')).to.equal('rgb(248, 81, 73)');
      await expect(el).to.be.accessible();
    });

    it('theme="light" stays light on a dark page', async () => {
      document.documentElement.style.colorScheme = 'dark';
      const el = await fixture<LoaderProbe>(testHtml`<loader-probe theme="light"></loader-probe>`);
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(colourOf(el, '[part~="status"]')).to.equal('rgb(89, 99, 110)');
    });
  });
});
