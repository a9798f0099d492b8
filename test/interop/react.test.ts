// The elements inside a React 19 app: React sets `feed` as a property (not a string attribute), `onsota-*` props
// receive the elements' events, and a parent re-render keeps what the user did inside the element.
import { expect } from '@open-wc/testing';
import '../../src/components/sota-table/define.js';
import '../../src/components/metric-trend/define.js';
import '../../src/components/paper-card/define.js';
import type { SotaSortDetail } from '../../src/events/events.js';
import { loadReact } from './frameworks.js';
import { interopFeed, rowModels } from './interop-data.js';
import { until } from '../until.js';
import { headerCell } from '../sota-table/helpers.js';

const { React, createRoot, flushSync } = await loadReact();
const h = React.createElement;

describe('React 19 interop', () => {
  let host: HTMLDivElement;
  let root: ReturnType<typeof createRoot>;
  beforeEach(() => {
    host = document.createElement('div');
    host.style.width = '720px';
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(() => {
    root.unmount();
    host.remove();
  });

  /** Renders and commits now (React otherwise commits in a later task). */
  const render = async (node: ReturnType<typeof h>): Promise<void> => {
    flushSync(() => root.render(node));
  };

  it('<sota-table>: feed as a property, sota-sort and sota-load as props, sort kept across parent re-renders', async () => {
    const sorts: SotaSortDetail[] = [];
    let loads = 0;
    const table = (caption: string) => h('div', { 'data-caption': caption },
      h('sota-table', {
        feed: interopFeed, dataset: 'Toy QA',
        'onsota-sort': (event: CustomEvent<SotaSortDetail>) => sorts.push(event.detail),
        'onsota-load': () => loads++,
      }));
    await render(table('first'));
    const el = host.querySelector('sota-table')!;
    expect(el.feed, 'React set the parsed feed as a property').to.equal(interopFeed);
    expect(el.hasAttribute('feed'), 'not stringified into an attribute').to.equal(false);
    // React assigns `el.dataset = 'Toy QA'` (the prop exists on every HTMLElement): it must become the attribute.
    expect(el.getAttribute('dataset')).to.equal('Toy QA');
    expect(el.datasetName).to.equal('Toy QA');
    expect(el.dataset, 'reading still gives the data-* map').to.be.instanceOf(DOMStringMap);
    await until(() => rowModels(el).length === 3, 'three rows');
    expect(rowModels(el)).to.deep.equal(['Model B', 'Model C', 'Model A']);
    expect(loads).to.equal(1);

    const header = headerCell(el, 'Model');
    header.querySelector('button')!.click();
    await until(() => sorts.length === 1, 'a sota-sort event');
    expect(sorts[0].column.toLowerCase()).to.contain('model');
    await el.updateComplete;
    const sorted = rowModels(el);
    expect(sorted).to.not.deep.equal(['Model B', 'Model C', 'Model A']);

    await render(table('second'));
    expect(host.querySelector('sota-table'), 'the same element instance').to.equal(el);
    await el.updateComplete;
    expect(rowModels(el), 'the user\'s sort survives the parent re-render').to.deep.equal(sorted);
    expect(header.getAttribute('aria-sort')).to.match(/ascending|descending/);
  });

  it('<metric-trend>: props in, cancelable sota-select out', async () => {
    const selected: string[] = [];
    await render(h('metric-trend', {
      feed: interopFeed, dataset: 'Toy QA', highlight: 'Model C',
      'onsota-select': (event: CustomEvent<{ result: { model: string } }>) => {
        event.preventDefault();
        selected.push(event.detail.result.model);
      },
    }));
    const el = host.querySelector('metric-trend')!;
    await until(() => el.shadowRoot!.querySelector('[part~="chart"]') !== null, 'the chart');
    expect(el.getAttribute('highlight')).to.equal('Model C');
    const chart = el.shadowRoot!.querySelector<HTMLElement>('[part~="chart"]')!;
    // Keys straight to the chart: a background test tab gets no focus events, so Home picks the first point.
    for (const key of ['Home', 'Enter']) {
      chart.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      await el.updateComplete;
    }
    await until(() => selected.length === 1, 'a sota-select event');
    expect(selected[0], 'the earliest result').to.equal('Model A');
  });

  it('<paper-card>: the paper prop picks the paper and a change of it re-renders the card', async () => {
    const card = (paper: string) => h('paper-card', { feed: interopFeed, paper });
    await render(card('paper-a'));
    const el = host.querySelector('paper-card')!;
    await until(() => (el.shadowRoot!.textContent ?? '').includes('Model A: a made-up paper'), 'paper A');
    await render(card('paper-b'));
    expect(host.querySelector('paper-card')).to.equal(el);
    await until(() => (el.shadowRoot!.textContent ?? '').includes('Model B: another made-up paper'), 'paper B');
  });
});
