import { expect, fixtureSync, html } from '@open-wc/testing';
import type { SotaTable } from '../../src/components/sota-table/sota-table.js';
import { feedOf, largeBoard, wikitextBoard, wikitextFeed } from './fixtures.js';
import { $, $$, settle, text } from './helpers.js';

/** A table inside a container `width` px wide, as on a phone-sized page. */
async function tableIn(width: number, feed: unknown, attributes: Record<string, string> = {}): Promise<SotaTable> {
  const holder = fixtureSync<HTMLDivElement>(html`<div style="width: ${width}px"><sota-table></sota-table></div>`);
  const el = holder.querySelector('sota-table')!;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.feed = feed;
  await settle(el);
  return el;
}

describe('<sota-table> layout', function () {
  // axe and 10,000-row boards on a loaded 2-core machine with another test file running can take a while.
  this.timeout(30_000);
  it('in a 360 px container neither the element nor the document grows wider: the table scrolls inside', async () => {
    const el = await tableIn(360, wikitextFeed(), { highlight: 'kNN-LM' });
    const scroller = $(el, '.scroller')!;
    expect(scroller.scrollWidth).to.be.greaterThan(360); // the board is wider than the container
    expect(el.scrollWidth).to.be.at.most(360);
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
  });

  it('keeps the rank and model columns in place when the rest scrolls sideways', async () => {
    const el = await tableIn(360, wikitextFeed());
    const scroller = $(el, '.scroller')!;
    const model = $(el, 'tbody .model')!;
    const before = model.getBoundingClientRect().left;
    scroller.scrollLeft = 200;
    await settle(el);
    expect(scroller.scrollLeft).to.be.greaterThan(0);
    expect(model.getBoundingClientRect().left).to.equal(before);
  });

  it('passes axe on a highlighted board in dark, light and the page dark scheme', async () => {
    for (const theme of ['dark', 'light']) {
      const el = await tableIn(900, wikitextFeed(), { theme, highlight: 'Megatron-LM, kNN-LM' });
      await expect(el).to.be.accessible();
    }
    const page = fixtureSync<HTMLDivElement>(html`<div style="color-scheme: dark; background: #0d1117; color: #e6edf3">
      <sota-table highlight="Megatron-LM, kNN-LM"></sota-table></div>`);
    const el = page.querySelector('sota-table')!;
    el.feed = wikitextFeed();
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('lists the nearest boards left-aligned, as a list, even on a centred page', async () => {
    const holder = fixtureSync<HTMLDivElement>(html`<div style="text-align: center; width: 600px">
      <sota-table dataset="WikiText-2"></sota-table></div>`);
    const el = holder.querySelector('sota-table')!;
    el.feed = feedOf(wikitextBoard());
    await settle(el);
    const list = $(el, '[part~="empty"] ul')!;
    expect(getComputedStyle(list).textAlign).to.be.oneOf(['start', 'left']);
    expect(getComputedStyle(list.querySelector('li')!).display).to.equal('list-item');
    expect(getComputedStyle($(el, '[part~="empty"]')!).textAlign).to.be.oneOf(['start', 'left']);
    expect(getComputedStyle(list.querySelector('button')!).textAlign).to.be.oneOf(['start', 'left']);
    expect(list.getAttribute('aria-labelledby')).to.equal('nearest-label');
  });

  it('keeps the header row in view when the body scrolls', async () => {
    const el = await tableIn(900, feedOf(largeBoard(500)));
    const scroller = $(el, '.scroller')!;
    scroller.scrollTop = 2000;
    scroller.dispatchEvent(new Event('scroll'));
    await settle(el);
    expect(scroller.scrollTop).to.be.greaterThan(0);
    expect($(el, 'thead th')!.getBoundingClientRect().top).to.be.closeTo(scroller.getBoundingClientRect().top + 1, 1.5);
  });

  it('at twice the text size in a 640 px container the toolbar wraps and nothing widens the page', async () => {
    const holder = fixtureSync<HTMLDivElement>(html`<div style="width: 640px; font-size: 32px"><sota-table search="always"></sota-table></div>`);
    const el = holder.querySelector('sota-table')!;
    el.feed = wikitextFeed();
    await settle(el);
    expect(el.scrollWidth).to.be.at.most(640);
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
    for (const button of $$(el, '[part~="toolbar"] button')) {
      const box = button.getBoundingClientRect();
      expect(box.right, text(button)).to.be.at.most(el.getBoundingClientRect().right + 0.5);
    }
  });

  it('has no toolbar when nothing would be in it, so no gap stands above the table', async () => {
    const board = wikitextBoard();
    board.results = board.results.filter((result) => result.extraData !== true);
    const el = await tableIn(640, feedOf(board), { search: 'never', 'no-export': '' });
    expect($(el, 'table')).to.not.equal(null);
    expect($$(el, '[part~="toolbar"]')).to.have.length(0);
  });

  it('sets every column heading in one weight, the sticky Model heading too', async () => {
    const el = await tableIn(640, wikitextFeed());
    const weights = $$(el, 'thead th').map((th) => getComputedStyle(th).fontWeight);
    expect([...new Set(weights)], weights.join()).to.have.length(1);
  });

  it('formats dates in the language of the page around it', async () => {
    const holder = fixtureSync<HTMLDivElement>(html`<div lang="de"><sota-table></sota-table></div>`);
    const el = holder.querySelector('sota-table')!;
    el.feed = wikitextFeed();
    await settle(el);
    expect(text($(el, 'tbody time'))).to.equal('17. Sept. 2019') // Megatron-LM, ranked first;
  });
});
