import { expect } from '@open-wc/testing';
import { feedOf, largeBoard } from './fixtures.js';
import { $, $$, headerCell, settle, tableWith, text } from './helpers.js';

describe('<sota-table> large boards', function () {
  // axe and 10,000-row boards on a loaded 2-core machine with another test file running can take a while.
  this.timeout(30_000);
  it('renders a window of a 10,000-row board inside a real table with aria-rowcount and aria-rowindex', async () => {
    const el = await tableWith(feedOf(largeBoard(10_000)));
    await expect(el).to.be.accessible();
    const rows = $$(el, 'tbody tr[aria-rowindex]');
    expect(rows.length).to.be.within(15, 120); // what a 36rem scroller shows, not 10,000
    expect($(el, 'table')!.getAttribute('aria-rowcount')).to.equal('10001');
    expect(rows[0].getAttribute('aria-rowindex')).to.equal('2');
    expect(text(rows[0].querySelector('strong'))).to.equal('99.5');
    const spacer = $$(el, 'tbody tr.spacer').at(-1)!;
    expect(spacer.getAttribute('aria-hidden')).to.equal('true');
    expect(spacer.getBoundingClientRect().height).to.be.greaterThan(100_000);
  });

  it('scrolling moves the window: rows near the end render with their own aria-rowindex', async () => {
    const el = await tableWith(feedOf(largeBoard(10_000)));
    const scroller = $(el, '.scroller')!;
    scroller.scrollTop = scroller.scrollHeight;
    scroller.dispatchEvent(new Event('scroll'));
    await settle(el);
    const indexes = $$(el, 'tbody tr[aria-rowindex]').map((row) => Number(row.getAttribute('aria-rowindex')));
    expect(indexes.at(-1)).to.equal(10_001);
    expect(indexes.length).to.be.below(150);
  });

  it('sorting 10,000 rows puts the new first row first, keeping ranks', async () => {
    const board = largeBoard(10_000);
    const values = board.results.map((r) => r.values.Accuracy.value!);
    const worst = Math.min(...values);
    const worstRank = values.filter((v) => v > worst).length + 1;
    const el = await tableWith(feedOf(board));
    headerCell(el, 'Accuracy').querySelector('button')!.click();
    await settle(el);
    headerCell(el, 'Accuracy').querySelector('button')!.click();
    await settle(el);
    const first = $$(el, 'tbody tr[aria-rowindex]')[0];
    expect(text(first.querySelectorAll('td')[1])).to.equal(String(worst));
    expect(text(first.querySelector('.rank'))).to.equal(String(worstRank));
    expect(headerCell(el, 'Accuracy').getAttribute('aria-sort')).to.equal('ascending');
  });
});
