import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/metric-trend/define.js';
import type { MetricTrend } from '../../src/components/metric-trend/metric-trend.js';
import type { SotaSelectDetail } from '../../src/events/events.js';
import { boardFeed, squadFeed, wikitextFeed } from './trend-fixtures.js';

// Timers, never animation frames: of two test pages running side by side, the hidden one gets no frames (and no
// ResizeObserver reports) at all.
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

async function trend(template: ReturnType<typeof html>): Promise<MetricTrend> {
  const el = await fixture<MetricTrend>(template);
  await el.updateComplete;
  await tick();
  await el.updateComplete;
  return el;
}

const $ = (el: MetricTrend, selector: string) => el.shadowRoot!.querySelector(selector) as HTMLElement;
const $$ = (el: MetricTrend, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)] as HTMLElement[];
const labels = (el: MetricTrend) => $$(el, '[part~="label"]').map((t) => t.textContent);
/** Focuses the chart. A page without focus (the hidden one of two side by side) fires no focus event: send it. */
const focusChart = async (el: MetricTrend) => {
  const chart = $(el, '[part~="chart"]');
  chart.focus();
  if (!document.hasFocus()) chart.dispatchEvent(new FocusEvent('focus'));
  await el.updateComplete;
};
const press = async (el: MetricTrend, key: string) => {
  $(el, '[part~="chart"]').dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
  await el.updateComplete;
};

describe('<metric-trend>', () => {
  it('is accessible in light and dark', async function () {
    this.timeout(30000); // the first axe run loads axe-core, slow when test files run side by side
    // The element itself is the fixture: fixture() waits for an animation frame when its root is a plain element.
    const light = await trend(html`<metric-trend style="width: 640px" theme="light" .feed=${squadFeed} dataset="SQuAD1.1"></metric-trend>`);
    await expect(light).to.be.accessible();
    const dark = await trend(html`<metric-trend style="width: 640px" theme="dark" .feed=${squadFeed} dataset="SQuAD1.1"></metric-trend>`);
    await expect(dark).to.be.accessible();
  });

  it('draws every dated result as a point and the record setters bigger, labelled', async () => {
    const el = await trend(html`<metric-trend style="width: 640px" .feed=${squadFeed} dataset="SQuAD1.1"></metric-trend>`);
    expect($$(el, 'circle[part~="point"]')).to.have.length(7);
    expect($$(el, 'circle[part~="record"]')).to.have.length(7);
    expect(labels(el)).to.include.members(['XLNet', 'Logistic Regression']);
    expect($(el, '[part~="notes"]').textContent).to.contain('1 result without a date is not shown.');
  });

  it('steps the frontier up on a higher-is-better board and down on a perplexity board', async () => {
    const ys = (el: MetricTrend) => [...$(el, '[part~="frontier"]').getAttribute('d')!.matchAll(/V([\d.]+)/g)].map((m) => Number(m[1]));
    const squad = await trend(html`<metric-trend style="width: 640px" .feed=${squadFeed}></metric-trend>`);
    const up = ys(squad);
    expect(up.every((y, i) => i === 0 || y < up[i - 1]), `${up}`).to.equal(true);
    const wiki = await trend(html`<metric-trend style="width: 640px" .feed=${wikitextFeed}></metric-trend>`);
    const down = ys(wiki);
    expect(down.length).to.equal(4);
    expect(down.every((y, i) => i === 0 || y > down[i - 1]), `${down}`).to.equal(true);
  });

  it('directions="lower" turns the frontier over for the metric shown', async () => {
    const el = await trend(html`<metric-trend style="width: 640px" .feed=${squadFeed} metric="F1" directions="F1: lower"></metric-trend>`);
    expect($(el, '.title').textContent).to.contain('lower is better');
    expect($$(el, 'circle[part~="record"]')).to.have.length(1);
  });

  it('directions reads a metric name with a comma inside, as <sota-table> does', async () => {
    const results = [{ model: 'A', date: '2020-01-01', value: 3 }, { model: 'B', date: '2021-01-01', value: 2 }];
    const el = await trend(html`<metric-trend style="width: 640px" .feed=${boardFeed('F1 (micro, avg)', results)} directions="F1 (micro, avg): lower"></metric-trend>`);
    expect($(el, '.title').textContent).to.contain('lower is better');
    expect($$(el, 'circle[part~="record"]')).to.have.length(2);
  });

  it('never draws two labels over each other', async () => {
    const results = Array.from({ length: 40 }, (_, i) => ({ model: `A long model name ${i}`, date: `2020-01-${String(1 + (i % 28)).padStart(2, '0')}`, value: 50 + i }));
    const el = await trend(html`<metric-trend style="width: 360px" labels="all" .feed=${boardFeed('Acc', results)}></metric-trend>`);
    const boxes = $$(el, '[part~="label"]').map((t) => (t as unknown as SVGGraphicsElement).getBBox());
    expect(boxes.length).to.be.greaterThan(2);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap).to.equal(false);
      }
    }
  });

  it('moves along time with the arrow keys from one tab stop, with a tooltip and an announcement', async () => {
    const el = await trend(html`<metric-trend style="width: 640px" .feed=${squadFeed}></metric-trend>`);
    const chart = $(el, '[part~="chart"]');
    expect(chart.tabIndex).to.equal(0);
    expect($$(el, '[tabindex]')).to.have.length(1);
    await focusChart(el);
    expect($(el, '[part~="tooltip"]').textContent).to.contain('Logistic Regression');
    await press(el, 'ArrowRight');
    expect($(el, '[part~="tooltip"]').textContent).to.contain('Match-LSTM');
    expect($(el, '[part~="tooltip"]').textContent).to.contain('F1: 73.7');
    expect($(el, '[role="status"]').textContent).to.contain('Match-LSTM, F1 73.7, Aug 29, 2016, new best. 2 of 7.');
    await press(el, 'End');
    expect($(el, '[part~="tooltip"]').textContent).to.contain('XLNet');
    await press(el, 'ArrowLeft');
    expect($(el, '[part~="tooltip"]').textContent).to.contain('BERT');
    await press(el, 'Escape');
    expect($(el, '[part~="tooltip"]')).to.equal(null);
  });

  it('shows the tooltip on hover with model, value, date and paper', async () => {
    const el = await trend(html`<metric-trend style="width: 640px" .feed=${squadFeed}></metric-trend>`);
    const dot = $$(el, 'circle[part~="point"]').find((c) => c.getAttribute('data-index') === '2')!;
    const box = dot.getBoundingClientRect();
    $(el, '[part~="chart"]').dispatchEvent(new PointerEvent('pointermove', { clientX: box.x + box.width / 2 + 2, clientY: box.y + box.height / 2, bubbles: true }));
    await el.updateComplete;
    const tip = $(el, '[part~="tooltip"]').textContent!.replace(/\s+/g, ' ');
    expect(tip).to.contain('BiDAF').and.contain('F1: 77.3').and.contain('Nov 5, 2016').and.contain('Bidirectional Attention Flow');
  });

  it('fires a cancelable sota-select on Enter and follows the paper link unless cancelled', async () => {
    const feed = boardFeed('Acc', [{ model: 'A', date: '2020-01-01', value: 1 }]);
    (feed.leaderboards[0].results[0] as Record<string, unknown>).paper = { title: 'P', url: '#paper-a' };
    const el = await trend(html`<metric-trend style="width: 640px" .feed=${feed}></metric-trend>`);
    await focusChart(el);
    const cancel = (e: Event) => e.preventDefault();
    el.addEventListener('sota-select', cancel, { once: true });
    setTimeout(() => press(el, 'Enter'));
    const event = await oneEvent(el, 'sota-select') as CustomEvent<SotaSelectDetail>;
    expect(event.detail.result.model).to.equal('A');
    expect(location.hash).to.not.equal('#paper-a');
    await press(el, 'Enter');
    expect(location.hash).to.equal('#paper-a');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('gives the chart its summary as accessible description', async () => {
    const el = await trend(html`<metric-trend style="width: 640px" .feed=${squadFeed}></metric-trend>`);
    const chart = $(el, '[part~="chart"]');
    expect(chart.getAttribute('aria-label')).to.equal('F1 on SQuAD1.1');
    const described = chart.getAttribute('aria-describedby')!.split(' ').map((id) => el.shadowRoot!.getElementById(id)!.textContent).join(' ');
    expect(described).to.contain('F1 on SQuAD1.1: 7 results from Jun 2016 to Jun 2019; the best rose from 51.0 (Logistic Regression, 2016) to 95.1 (XLNet, 2019) in 6 steps.');
    expect(described).to.contain('1 result without a date is not shown.');
  });

  it('shows the same data as a table behind the Table toggle', async function () {
    this.timeout(20000);
    const el = await trend(html`<metric-trend style="width: 640px" .feed=${squadFeed}></metric-trend>`);
    const toggle = $$(el, 'button').find((b) => b.textContent!.trim() === 'Table')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    const rows = $$(el, 'tbody tr');
    expect(rows).to.have.length(7);
    expect(rows[0].textContent!.replace(/\s+/g, ' ')).to.contain('Jun 16, 2016').and.contain('Logistic Regression').and.contain('51.0');
    expect($(el, 'caption').textContent).to.equal('F1 on SQuAD1.1');
    await expect(el).to.be.accessible();
  });

  it('shows dates known only to the month or year as such in the tooltip, announcement, table and summary', async function () {
    this.timeout(20000);
    // The SQuAD fixture with two dates cut short, as the PWC archive gives some: Match-LSTM to its month, and the
    // logistic-regression baseline to its year.
    const board = squadFeed.leaderboards[0];
    const shortened: Record<string, string> = { 'Match-LSTM': '2016-08', 'Logistic Regression': '2016' };
    const feed = { ...squadFeed, leaderboards: [{ ...board, results: board.results.map((r) => ({ ...r, date: shortened[r.model] ?? r.date })) }] };
    const el = await trend(html`<metric-trend style="width: 640px" .feed=${feed}></metric-trend>`);
    await focusChart(el);
    await press(el, 'ArrowRight');
    const tip = $(el, '[part~="tooltip"]').textContent!.replace(/\s+/g, ' ');
    expect(tip).to.contain('Match-LSTM').and.contain('Aug 2016').and.not.contain('Aug 1');
    expect($(el, '[role="status"]').textContent).to.contain('Match-LSTM, F1 73.7, Aug 2016, new best.');
    const described = $(el, '[part~="chart"]').getAttribute('aria-describedby')!.split(' ')
      .map((id) => el.shadowRoot!.getElementById(id)!.textContent).join(' ');
    expect(described).to.contain('7 results from 2016 to Jun 2019');
    $$(el, 'button').find((b) => b.textContent!.trim() === 'Table')!.click();
    await el.updateComplete;
    const dates = $$(el, 'tbody tr td[data-label="Date"]').map((td) => td.textContent!.trim());
    expect(dates.slice(0, 3)).to.deep.equal(['2016', 'Aug 2016', 'Nov 5, 2016']);
  });

  it('hide-extra-data leaves out extra-data results and its checkbox toggles it', async () => {
    const el = await trend(html`<metric-trend style="width: 640px" .feed=${squadFeed}></metric-trend>`);
    expect($$(el, 'circle[part~="extra"]')).to.have.length(2);
    const box = $(el, 'input[type="checkbox"]') as HTMLInputElement;
    box.click();
    await el.updateComplete;
    expect(el.hideExtraData).to.equal(true);
    expect(el.hasAttribute('hide-extra-data')).to.equal(true);
    expect($$(el, 'circle[part~="point"]')).to.have.length(5);
    expect($(el, '[part~="notes"]').textContent).to.contain('2 results trained with extra data are hidden.');
  });

  it('emphasises and labels highlighted models', async () => {
    const results = [{ model: 'A', date: '2020-01-01', value: 9 }, { model: 'B', date: '2020-06-01', value: 5 }, { model: 'C', date: '2021-01-01', value: 10 }];
    const el = await trend(html`<metric-trend style="width: 640px" highlight="b" .feed=${boardFeed('Acc', results)}></metric-trend>`);
    expect($$(el, 'circle[part~="highlight"]')).to.have.length(1);
    expect(labels(el)).to.include('B');
  });

  it('refuses a log scale for values not above zero, with a note', async () => {
    const results = [{ model: 'A', date: '2020-01-01', value: -3 }, { model: 'B', date: '2021-01-01', value: 5 }];
    const el = await trend(html`<metric-trend style="width: 640px" scale="log" .feed=${boardFeed('Gain', results)}></metric-trend>`);
    expect($(el, '[part~="notes"]').textContent).to.contain('A log scale needs values above zero; 1 is not, so the scale is linear.');
    expect($$(el, 'circle[part~="point"]')).to.have.length(2);
  });

  it('draws one point and all-on-one-day data inside the plot', async () => {
    const one = await trend(html`<metric-trend style="width: 640px" .feed=${boardFeed('Acc', [{ model: 'A', date: '2021-03-04', value: 7 }])}></metric-trend>`);
    const dot = $(one, 'circle[part~="point"]');
    expect(Number(dot.getAttribute('cx'))).to.be.within(100, 600);
    expect($(one, '[part~="summary"]').textContent).to.equal('Acc on Test set: 1 result, 7 (A, Mar 2021).');
  });

  it('draws thousands of points as paths and keeps records as circles', async () => {
    const results = Array.from({ length: 1000 }, (_, i) => ({ model: `m${i}`, date: `20${10 + (i % 10)}-0${1 + (i % 9)}-1${i % 10}`, value: (i * 37) % 100 }));
    const el = await trend(html`<metric-trend style="width: 640px" .feed=${boardFeed('Acc', results)}></metric-trend>`);
    expect($$(el, 'path[part~="point"]').length).to.be.at.least(1);
    expect($$(el, 'circle[part~="point"]').length).to.equal($$(el, 'circle[part~="record"]').length);
  });

  it('redraws at the new width when its container resizes', async () => {
    // A stand-in ResizeObserver delivers the report: a hidden test page gets none from the real one.
    const RealResizeObserver = window.ResizeObserver;
    const observers: { callback: ResizeObserverCallback; targets: Element[] }[] = [];
    window.ResizeObserver = class {
      #entry: { callback: ResizeObserverCallback; targets: Element[] };
      constructor(callback: ResizeObserverCallback) {
        this.#entry = { callback, targets: [] };
        observers.push(this.#entry);
      }
      observe(target: Element) { this.#entry.targets.push(target); }
      unobserve() {}
      disconnect() { this.#entry.targets = []; }
    } as unknown as typeof ResizeObserver;
    let el: MetricTrend;
    try {
      el = await trend(html`<metric-trend style="width: 600px" .feed=${squadFeed}></metric-trend>`);
    } finally {
      window.ResizeObserver = RealResizeObserver;
    }
    expect($(el, 'svg.chart').getAttribute('width')).to.equal('600');
    el.style.width = '400px';
    const watching = observers.filter((o) => o.targets.includes(el));
    expect(watching, 'the element watches its own size').to.have.length(1);
    const entry = { target: el, contentBoxSize: [{ inlineSize: 400, blockSize: 400 }], contentRect: el.getBoundingClientRect() };
    watching[0].callback([entry as unknown as ResizeObserverEntry], {} as ResizeObserver);
    await el.updateComplete;
    expect($(el, 'svg.chart').getAttribute('width')).to.equal('400');
  });

  it('takes its height from the attribute, else --metric-trend-height', async () => {
    const el = await trend(html`<metric-trend style="width: 600px; --metric-trend-height: 250px" .feed=${squadFeed}></metric-trend>`);
    expect($(el, 'svg.chart').getAttribute('height')).to.equal('250');
    el.height = 200;
    await el.updateComplete;
    expect($(el, 'svg.chart').getAttribute('height')).to.equal('200');
  });

  it('exports a standalone SVG and a PNG at twice the size', async () => {
    const el = await trend(html`<metric-trend style="width: 500px" height="300" .feed=${squadFeed}></metric-trend>`);
    const text = el.toSVG()!;
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const root = doc.documentElement;
    expect(root.getAttribute('width')).to.equal('500');
    expect(root.querySelector('title')!.textContent).to.equal('F1 on SQuAD1.1');
    expect(root.querySelector('desc')!.textContent).to.contain('the best rose');
    expect(root.getAttribute('font-family')).to.be.a('string').and.not.equal('');
    const frontier = [...root.querySelectorAll('path')].find((p) => p.getAttribute('stroke-width') === '2px' || p.getAttribute('stroke-width') === '2');
    expect(frontier, 'frontier carries its stroke inline').to.not.equal(undefined);
    expect(text).to.not.contain('var(');
    const png = (await el.toPNG())!;
    expect(png.type).to.equal('image/png');
    const bitmap = await createImageBitmap(png);
    expect([bitmap.width, bitmap.height]).to.deep.equal([1000, 600]);
    expect($$(el, 'button').map((b) => b.textContent!.trim())).to.include.members(['Download SVG', 'Download PNG']);
  });

  it('leaves the keyboard focus ring out of an SVG exported while a point has focus', async () => {
    const el = await trend(html`<metric-trend style="width: 500px" .feed=${squadFeed}></metric-trend>`);
    await focusChart(el);
    expect($(el, '[part~="focus"]'), 'the ring is on screen').to.not.equal(null);
    const root = new DOMParser().parseFromString(el.toSVG()!, 'image/svg+xml').documentElement;
    const dots = root.querySelectorAll('circle').length;
    expect(dots).to.equal($$(el, 'svg.chart circle').length - 1);
  });

  it('no-export removes the download buttons', async () => {
    const el = await trend(html`<metric-trend style="width: 640px" no-export .feed=${squadFeed}></metric-trend>`);
    expect($$(el, 'button').map((b) => b.getAttribute('aria-label'))).to.not.include('Download SVG');
  });
});
