import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/metric-trend/define.js';
import type { MetricTrend } from '../../src/components/metric-trend/metric-trend.js';
import { squadFeed } from './trend-fixtures.js';

// Layout checks work on timers, not animation frames: a test tab in the background may get no frames.
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

async function trendAt(width: number, feed: unknown = squadFeed): Promise<MetricTrend> {
  const el = await fixture<MetricTrend>(html`<metric-trend style=${`width: ${width}px`} .feed=${feed}></metric-trend>`);
  await el.updateComplete;
  await tick();
  await el.updateComplete;
  return el;
}

/** Rendered parts of the element (shadow DOM included) whose box reaches past the host's right edge. */
function overflowing(el: HTMLElement): string[] {
  const right = el.getBoundingClientRect().right + 0.5;
  return [...el.shadowRoot!.querySelectorAll<Element>('*')]
    .filter((node) => !node.closest('.visually-hidden, [hidden]') && node.getBoundingClientRect().right > right)
    .map((node) => `${node.localName}.${node.getAttribute('class') ?? ''} ${(node.textContent ?? '').trim().slice(0, 30)}`);
}

/** Every element of the shadow tree that scrolls sideways. */
function sidewaysScrollers(el: HTMLElement): string[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')]
    .filter((node) => !node.closest('.visually-hidden, thead') && node.scrollWidth > node.clientWidth + 1 && getComputedStyle(node).overflowX !== 'visible')
    .map((node) => `${node.localName}.${node.className}`);
}

describe('<metric-trend> layout', () => {
  for (const width of [360, 200]) {
    it(`in a ${width}px container nothing is wider than the element`, async () => {
      const el = await trendAt(width);
      expect(el.scrollWidth).to.be.at.most(width);
      const svg = el.shadowRoot!.querySelector('svg.chart')!;
      expect(svg.getBoundingClientRect().width).to.be.at.most(width);
      expect(overflowing(el)).to.deep.equal([]);
      expect(sidewaysScrollers(el)).to.deep.equal([]);
    });
  }

  it('in a container narrower than the drawing, hovering a shrunk dot still picks that dot', async () => {
    const el = await trendAt(200);
    const svg = el.shadowRoot!.querySelector('svg.chart')!;
    expect(svg.getBoundingClientRect().width).to.be.below(Number(svg.getAttribute('width')));
    const dot = el.shadowRoot!.querySelector('circle[part~="point"][data-index="2"]')!;
    const box = dot.getBoundingClientRect();
    const chart = el.shadowRoot!.querySelector('[part~="chart"]')!;
    chart.dispatchEvent(new PointerEvent('pointermove', { clientX: box.x + box.width / 2, clientY: box.y + box.height / 2, bubbles: true }));
    await el.updateComplete;
    const tooltip = el.shadowRoot!.querySelector<HTMLElement>('[part~="tooltip"]')!;
    expect(tooltip.textContent).to.contain('BiDAF');
    // Placed at the dot as shown, not where the unshrunk drawing would have it.
    const plot = chart.getBoundingClientRect();
    expect(parseFloat(tooltip.style.left)).to.be.closeTo(box.x + box.width / 2 - plot.x, 2);
  });

  it('in a 360px container the Table view stacks each result as label and value lines, not scrolled sideways', async function () {
    this.timeout(30000); // axe is slow when test files run side by side
    const el = await trendAt(360);
    el.showTable = true;
    await el.updateComplete;
    await expect(el).to.be.accessible();
    expect(el.scrollWidth).to.be.at.most(360);
    expect(sidewaysScrollers(el)).to.deep.equal([]);
    const firstRow = el.shadowRoot!.querySelector('tbody tr')!;
    expect(getComputedStyle(firstRow).display).to.equal('block');
    expect(getComputedStyle(firstRow.querySelector('td')!, '::before').content).to.contain('Date');
    // The header row is still there for screen readers.
    expect([...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent)).to.deep.equal(['Date', 'Model', 'F1', 'Record', 'Extra data', 'Paper']);
  });

  it('shows the note on results without a date once, and keeps it once through table, filter and resize', async () => {
    const el = await trendAt(1200);
    const count = () => (el.shadowRoot!.textContent ?? '').split('without a date').length - 1;
    expect(count()).to.equal(1);
    el.showTable = true;
    await el.updateComplete;
    expect(count()).to.equal(1);
    el.showTable = false;
    el.hideExtraData = true;
    await el.updateComplete;
    expect(count()).to.equal(1);
    el.style.width = '360px';
    await tick();
    el.requestUpdate();
    await el.updateComplete;
    expect(count()).to.equal(1);
  });

  it('schedules no update from inside an update while loading, drawing and resizing', async () => {
    const el = document.createElement('metric-trend') as MetricTrend;
    el.style.width = '640px';
    let updatesThatScheduledMore = 0;
    const updated = (el as unknown as { updated(changed: Map<PropertyKey, unknown>): void }).updated;
    Object.assign(el, {
      updated(this: MetricTrend, changed: Map<PropertyKey, unknown>) {
        updated.call(this, changed);
        if (this.isUpdatePending) updatesThatScheduledMore += 1;
      },
    });
    el.feed = squadFeed;
    document.body.append(el);
    try {
      await el.updateComplete;
      await tick();
      el.style.width = '360px';
      el.showTable = true;
      await el.updateComplete;
      el.showTable = false;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('svg.chart')).to.not.equal(null);
      expect(updatesThatScheduledMore).to.equal(0);
    } finally {
      el.remove();
    }
  });
});
