// <paper-card model>: one model's results on every board of a feed, as the seed page's Results section shows a
// paper's. Facts: the Hub's eval-results fixture (sample model, test/fixtures/hf/README.md) and the demo's KeBioLM
// feed (the PWC paper page; KeBioLM's eight results as in the seed page test).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/paper-card/define.js';
import type { PaperCard } from '../../src/components/paper-card/paper-card.js';
import { $, $$, text } from './helpers.js';
import { until } from '../until.js';

const hubModel = new URL('../fixtures/hf/model-eval-results.json', import.meta.url).href;

async function card(src: string, model: string): Promise<PaperCard> {
  const el = await fixture<PaperCard>(html`<paper-card src=${src} model=${model}></paper-card>`);
  await until(() => $(el, '[part~="title"], [part~="empty"]') !== null, 'the card or its message');
  await el.updateComplete;
  return el;
}

const resultRows = (el: PaperCard) => $$(el, 'tbody tr').map((row) => [...row.children].map((cell) => text(cell)));

describe('<paper-card model>', () => {
  it('shows a Hub model\'s eval results: its name linked to its page, its tasks and one row per benchmark', async () => {
    const el = await card(hubModel, 'example-org/sample-model');
    await expect(el).to.be.accessible();
    const link = $(el, '[part~="title"] a') as HTMLAnchorElement;
    expect(text(link)).to.equal('example-org/sample-model');
    expect(link.href).to.equal('https://huggingface.co/example-org/sample-model');
    const rows = resultRows(el);
    expect(rows.map((cells) => cells[3])).to.deep.equal(['86.2', '0.412', '20.9']);
    // Task and dataset as the eval-results reader names a board: the benchmark, then its task_id unless "default".
    expect(rows.map((cells) => cells.slice(0, 2))).to.deep.equal([['openai/gsm8k', 'main'], ['Idavidrein/gpqa', 'gpqa_diamond'], ['cais/hle', 'cais/hle']]);
    expect($(el, '[part~="authors"]'), 'a model has no authors line').to.equal(null);
    expect($(el, '[part~="cite-button"]'), 'nor a Cite button').to.equal(null);
  });

  it('finds a Hub model by its name without the owner, and a feed\'s model however it is spelt', async () => {
    expect(text($(await card(hubModel, 'sample-model'), '[part~="title"]'))).to.equal('example-org/sample-model');
    const kebiolm = await card('/demo/feeds/kebiolm.json', 'kebiolm');
    expect(text($(kebiolm, '[part~="title"]'))).to.equal('KeBioLM');
    expect(resultRows(kebiolm).map((cells) => cells[3])).to.deep.equal(['84.3', '81.9', '77.5', '89.1', '93.3', '86.1', '85.1', '82']);
  });

  it('says when no model matches, and offers the nearest by name', async () => {
    const el = await card(hubModel, 'sample-modle');
    expect(text($(el, '[part~="empty"]'))).to.match(/^No model matching “sample-modle” in this feed\. Did you mean:/);
    expect($$(el, '[part~="suggestion"]').map(text)).to.deep.equal(['example-org/sample-model']);
    ($(el, '[part~="suggestion"]') as HTMLButtonElement).click();
    await until(() => $(el, '[part~="title"]') !== null, 'the suggested model');
    expect(el.model).to.equal('example-org/sample-model');
    expect(resultRows(el)).to.have.length(3);
  });

  it('shows the model of a feed that holds one model\'s results and no papers without being told', async () => {
    const el = await fixture<PaperCard>(html`<paper-card src=${hubModel}></paper-card>`);
    await until(() => $(el, '[part~="title"]') !== null, 'the model card');
    expect(text($(el, '[part~="title"]'))).to.equal('example-org/sample-model');
    expect(resultRows(el)).to.have.length(3);
  });

  it('in the compact variant shows the name and the top results', async () => {
    const el = await fixture<PaperCard>(html`<paper-card src="/demo/feeds/kebiolm.json" model="KeBioLM" variant="compact"></paper-card>`);
    await until(() => $(el, '[part~="top-results"]') !== null, 'the top results');
    expect(text($(el, '[part~="title"]'))).to.equal('KeBioLM');
    expect($$(el, '[part~="top-result"]')).to.have.length(3);
  });
});
