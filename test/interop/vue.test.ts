// The elements inside a Vue 3 app: render functions pass `feed` as a DOM property, `onSotaSort`-style listeners
// receive the elements' events, and a reactive change in the parent keeps what the user did inside the element.
import { expect } from '@open-wc/testing';
import '../../src/components/sota-table/define.js';
import '../../src/components/metric-trend/define.js';
import '../../src/components/paper-card/define.js';
import type { SotaSortDetail } from '../../src/events/events.js';
import { loadVue } from './frameworks.js';
import { interopFeed, rowModels } from './interop-data.js';
import { until } from '../until.js';
import { headerCell } from '../sota-table/helpers.js';

const { createApp, h, ref, nextTick } = await loadVue();

describe('Vue 3 interop', () => {
  let host: HTMLDivElement;
  beforeEach(() => {
    host = document.createElement('div');
    host.style.width = '720px';
    document.body.append(host);
  });
  afterEach(() => host.remove());

  it('<sota-table>: feed as a property, sota-sort received, sort kept when the parent re-renders', async () => {
    const sorts: SotaSortDetail[] = [];
    const caption = ref('first');
    const app = createApp({
      render: () => h('div', { 'data-caption': caption.value }, [
        h('sota-table', {
          feed: interopFeed, dataset: 'Toy QA',
          onSotaSort: (event: CustomEvent<SotaSortDetail>) => sorts.push(event.detail),
        }),
      ]),
    });
    app.config.compilerOptions.isCustomElement = (tag: string) => tag.includes('-');
    app.mount(host);
    const el = host.querySelector('sota-table')!;
    expect(el.feed, 'Vue set the parsed feed as a property').to.equal(interopFeed);
    await until(() => rowModels(el).length === 3, 'three rows');

    const header = headerCell(el, 'Model');
    header.querySelector('button')!.click();
    await until(() => sorts.length === 1, 'a sota-sort event');
    await el.updateComplete;
    const sorted = rowModels(el);

    caption.value = 'second';
    await nextTick();
    expect(host.querySelector('div')!.dataset.caption).to.equal('second');
    expect(host.querySelector('sota-table')).to.equal(el);
    await el.updateComplete;
    expect(rowModels(el)).to.deep.equal(sorted);
    app.unmount();
  });

  it('<paper-card> and <metric-trend>: reactive props reach the elements', async () => {
    const paper = ref('paper-a');
    const loads: string[] = [];
    const app = createApp({
      render: () => [
        h('paper-card', { feed: interopFeed, paper: paper.value }),
        h('metric-trend', { feed: interopFeed, dataset: 'Toy QA', onSotaLoad: () => loads.push('trend') }),
      ],
    });
    app.mount(host);
    const card = host.querySelector('paper-card')!;
    const trend = host.querySelector('metric-trend')!;
    await until(() => (card.shadowRoot!.textContent ?? '').includes('Model A: a made-up paper'), 'paper A');
    await until(() => trend.shadowRoot!.querySelector('[part~="chart"]') !== null, 'the chart');
    expect(loads).to.deep.equal(['trend']);
    paper.value = 'paper-b';
    await nextTick();
    await until(() => (card.shadowRoot!.textContent ?? '').includes('Model B: another made-up paper'), 'paper B');
    app.unmount();
  });
});
