import { expect, fixture, html } from '@open-wc/testing';
import type { PropertyValues } from 'lit';
import { SotaTable } from '../../src/components/sota-table/sota-table.js';
import { feedOf, largeBoard, wikitextFeed } from './fixtures.js';
import { $, headerCell, settle } from './helpers.js';

// Lit's dev build warns "scheduled an update after an update completed" when updated() leaves an update pending
// (e.g. by measuring rows and setting state synchronously). The tests run production Lit, so check the cause.
class UpdateProbe extends SotaTable {
  pendingAfterUpdated = 0;
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.isUpdatePending) this.pendingAfterUpdated++;
  }
}
UpdateProbe.define('sota-table-update-probe');

async function probeWith(feed: unknown, attributes: Record<string, string> = {}): Promise<UpdateProbe> {
  const el = await fixture<UpdateProbe>(html`<sota-table-update-probe></sota-table-update-probe>`);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.feed = feed;
  await settle(el);
  return el;
}

// A frame when the tab gets frames (the window measures in one), else 50 ms: a background tab gets none.
const frameOrTimeout = () => new Promise((resolve) => { requestAnimationFrame(resolve); setTimeout(resolve, 50); });

describe('<sota-table> update cycle', function () {
  // axe and 10,000-row boards on a loaded 2-core machine with another test file running can take a while.
  this.timeout(30_000);
  it('never leaves an update pending after updated(): loading, sorting, filtering, limit and theme', async () => {
    const el = await probeWith(wikitextFeed(), { limit: '2', search: 'always', highlight: 'kNN-LM' });
    headerCell(el, 'Test perplexity').querySelector('button')!.click();
    await settle(el);
    ($(el, '.toggle input') as HTMLInputElement).click();
    await settle(el);
    ($(el, '[part~="summary"] button') as HTMLButtonElement).click();
    await settle(el);
    el.theme = 'dark';
    await settle(el);
    expect(el.pendingAfterUpdated).to.equal(0);
  });

  it('never leaves an update pending after updated() while a 10,000-row board measures and scrolls', async () => {
    const el = await probeWith(feedOf(largeBoard(10_000)));
    await frameOrTimeout();
    const scroller = $(el, '.scroller')!;
    scroller.scrollTop = 4000;
    scroller.dispatchEvent(new Event('scroll'));
    await settle(el);
    await frameOrTimeout();
    expect(el.pendingAfterUpdated).to.equal(0);
    expect(Number(el.shadowRoot!.querySelector('tbody tr[aria-rowindex]')!.getAttribute('aria-rowindex'))).to.be.greaterThan(2);
  });
});
