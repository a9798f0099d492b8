import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/metric-trend/define.js';
import { MetricTrend } from '../../src/components/metric-trend/metric-trend.js';
import { metricTrendStyles } from '../../src/components/metric-trend/metric-trend.styles.js';
import { squadFeed } from './trend-fixtures.js';

describe('<metric-trend> states', () => {
  it('is accessible while empty', async function () {
    this.timeout(30000); // the first axe run loads axe-core, slow when test files run side by side
    const el = await fixture<MetricTrend>(html`<metric-trend></metric-trend>`);
    await expect(el).to.be.accessible();
    expect(el.shadowRoot!.querySelector('[part~="empty"]')!.textContent).to.contain('No data');
  });

  it('shows loading, then a readable error and fires sota-error for a feed that is not there', async () => {
    const el = await fixture<MetricTrend>(html`<metric-trend src="/no-such-feed.json"></metric-trend>`);
    expect(el.shadowRoot!.querySelector('[part~="loading"]')).to.not.equal(null);
    expect(el.hasAttribute('aria-busy')).to.equal(true);
    const event = await oneEvent(el, 'sota-error');
    expect(event.detail.kind).to.equal('http');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('404');
  });

  it('says which boards it knows when the dataset is not in the feed', async () => {
    const el = await fixture<MetricTrend>(html`<metric-trend dataset="SQuAD 1.0" .feed=${squadFeed}></metric-trend>`);
    await el.updateComplete;
    const empty = el.shadowRoot!.querySelector('[part~="empty"]')!;
    expect(empty.textContent).to.contain('No leaderboard for dataset “SQuAD 1.0” in this feed.');
    expect([...empty.querySelectorAll('li button')].map((button) => button.textContent)).to.deep.equal(['Question Answering on SQuAD1.1']);
  });

  it('a PNG the page will not let it draw becomes a visible note and an announcement, not an unhandled rejection', async () => {
    const el = await fixture<MetricTrend>(html`<metric-trend style="width: 500px" .feed=${squadFeed}></metric-trend>`);
    await el.updateComplete;
    const decode = HTMLImageElement.prototype.decode;
    // What a strict img-src does to the image the PNG is drawn from.
    HTMLImageElement.prototype.decode = () => Promise.reject(new DOMException('refused', 'EncodingError'));
    const escaped: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => {
      escaped.push(event.reason);
      event.preventDefault();
    };
    window.addEventListener('unhandledrejection', onRejection);
    try {
      el.shadowRoot!.querySelector<HTMLButtonElement>('[aria-label="Download PNG"]')!.click();
      await new Promise((resolve) => setTimeout(resolve, 50));
      await el.updateComplete;
    } finally {
      HTMLImageElement.prototype.decode = decode;
      window.removeEventListener('unhandledrejection', onRejection);
    }
    expect(escaped).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part~="notes"]')!.textContent).to.contain('Download SVG works');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('PNG');
  });

  it('define() twice does not throw', () => {
    expect(() => MetricTrend.define()).to.not.throw();
    expect(customElements.get('metric-trend')).to.equal(MetricTrend);
  });

  it('uses exactly the --metric-trend-* custom properties its class comment documents', () => {
    // Kept in step with the @cssproperty lines of metric-trend.ts (the test server strips comments from source).
    const documented = ['--metric-trend-height', '--metric-trend-point-color', '--metric-trend-record-color',
      '--metric-trend-frontier-color', '--metric-trend-extra-color', '--metric-trend-highlight-color',
      '--metric-trend-grid-color', '--metric-trend-label-color', '--metric-trend-font-size',
      '--metric-trend-tooltip-background', '--metric-trend-table-height'];
    // Read by the element itself rather than the stylesheet: the chart height and the label font size.
    const readInCode = ['--metric-trend-height', '--metric-trend-font-size'];
    const used = new Set([...metricTrendStyles.cssText.matchAll(/--metric-trend-[a-z-]+/g)].map((m) => m[0]));
    expect([...used].filter((p) => !documented.includes(p))).to.deep.equal([]);
    expect(documented.filter((p) => !used.has(p) && !readInCode.includes(p))).to.deep.equal([]);
  });
});
