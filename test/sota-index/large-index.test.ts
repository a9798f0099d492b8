import { expect } from '@open-wc/testing';
import { largeIndex } from './fixtures.js';
import { $, $$, indexWith, listed, settle, text } from './helpers.js';

describe('<sota-index> large indexes', function () {
  // axe and 10,000 boards on a loaded 2-core machine with another test file running can take a while.
  this.timeout(30_000);

  it('renders a window of 10,000 boards (11,000 rows with their tasks) inside a real table with aria-rowcount and aria-rowindex', async () => {
    const el = await indexWith(largeIndex(10_000));
    await expect(el).to.be.accessible();
    const rows = $$(el, 'tbody tr[aria-rowindex]');
    expect(rows.length).to.be.within(15, 120); // what a 36rem scroller shows, not every board
    expect($(el, 'table')!.getAttribute('aria-rowcount')).to.equal('11001');
    expect(rows[0].getAttribute('aria-rowindex')).to.equal('2');
    expect(listed(el).slice(0, 3)).to.deep.equal(['# Task 0000', 'Dataset 0-0', 'Dataset 0-1']);
    expect(text($(el, 'caption'))).to.equal('10,000 benchmarks in 1,000 tasks');
    const spacer = $$(el, 'tbody tr.spacer').at(-1)!;
    expect(spacer.getBoundingClientRect().height).to.be.greaterThan(100_000);
  });

  it('task rows and board rows are one height, so the window can place rows by counting', async () => {
    const el = await indexWith(largeIndex(200));
    const group = $(el, 'tbody tr.group')!.getBoundingClientRect().height;
    const board = $(el, 'tbody tr:not(.group)[aria-rowindex]')!.getBoundingClientRect().height;
    expect(Math.abs(group - board)).to.be.below(1);
  });

  it('scrolling moves the window: the last task\'s boards render with their own aria-rowindex', async () => {
    const el = await indexWith(largeIndex(10_000));
    const scroller = $(el, '.scroller')!;
    scroller.scrollTop = scroller.scrollHeight;
    scroller.dispatchEvent(new Event('scroll'));
    await settle(el);
    const indexes = $$(el, 'tbody tr[aria-rowindex]').map((row) => Number(row.getAttribute('aria-rowindex')));
    expect(indexes.at(-1)).to.equal(11_001);
    expect(indexes.length).to.be.below(150);
    expect(listed(el).at(-1)).to.equal('Dataset 999-9');
  });

  it('a search through 10,000 boards lists the matches from the top', async () => {
    const el = await indexWith(largeIndex(10_000));
    const input = $(el, 'input[type="search"]') as HTMLInputElement;
    input.value = 'task 0042';
    input.dispatchEvent(new Event('input'));
    await settle(el);
    expect(listed(el)).to.deep.equal(['# Task 0042', ...Array.from({ length: 10 }, (_, d) => `Dataset 42-${d}`)]);
    expect(text($(el, '[part="summary"]'))).to.equal('10 of 10,000 benchmarks match');
  });
});
