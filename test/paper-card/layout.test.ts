import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/paper-card/define.js';
import type { PaperCard } from '../../src/components/paper-card/paper-card.js';
import { kebiolmFeed } from './feeds.js';
import { $, $$, settle, text } from './helpers.js';

/** Elements of the card (shadow DOM included) whose box reaches past the host's right edge, by more than rounding. */
function overflowing(el: HTMLElement): string[] {
  const right = el.getBoundingClientRect().right + 0.5;
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')]
    .filter((node) => node.checkVisibility() && !node.closest('thead') && node.getBoundingClientRect().right > right)
    .map((node) => `${node.localName}[part="${node.getAttribute('part') ?? ''}"] ${text(node).slice(0, 40)}`);
}

async function cardIn(width: number): Promise<PaperCard> {
  // Fixture on the card itself: a plain wrapper would make fixture() wait for an animation frame.
  const el = await fixture<PaperCard>(html`<paper-card style=${`width: ${width}px`} paper="kebiolm" .feed=${kebiolmFeed()}></paper-card>`);
  await settle(el);
  return el;
}

describe('<paper-card> layout', function () {
  this.timeout(30000); // axe is slow when test files run side by side

  it('is accessible with its results stacked in a 360px container', async () => {
    const el = await cardIn(360);
    await expect(el).to.be.accessible();
  });

  it('in a 360px container nothing is wider than the card (results stack as label and value)', async () => {
    const el = await cardIn(360);
    expect(el.scrollWidth).to.be.at.most(360);
    const scroller = $(el, '[part~="table-scroll"]')!;
    expect(scroller.scrollWidth, 'the results table scrolls sideways').to.be.at.most(scroller.clientWidth);
    expect(overflowing(el)).to.deep.equal([]);
    // Every cell stays readable: the header row is hidden from sight only, each cell carries its column's name.
    const cells = $$(el, '[part~="row"]')[0].querySelectorAll('td');
    expect([...cells].map((cell) => cell.dataset.label)).to.deep.equal(['Task', 'Dataset', 'Metric', 'Value', 'Model', 'Rank']);
    expect(getComputedStyle(cells[0], '::before').content).to.contain('Task');
    expect($$(el, '[part~="header"]').map(text)).to.deep.equal(['Task', 'Dataset', 'Metric', 'Value', 'Model', 'Rank']);
  });

  it('in a wide container the results are a table with a visible header row', async () => {
    const el = await cardIn(900);
    const header = $(el, 'thead')!;
    expect(header.getBoundingClientRect().height).to.be.greaterThan(10);
    expect(getComputedStyle($$(el, '[part~="row"]')[0]).display).to.equal('table-row');
    expect(overflowing(el)).to.deep.equal([]);
  });

  it('measures its abstract without scheduling an update from inside an update', async () => {
    const el = document.createElement('paper-card') as PaperCard;
    el.style.width = '400px';
    let updatesThatScheduledMore = 0;
    const updated = (el as unknown as { updated(changed: Map<PropertyKey, unknown>): void }).updated;
    Object.assign(el, {
      updated(this: PaperCard, changed: Map<PropertyKey, unknown>) {
        updated.call(this, changed);
        if (this.isUpdatePending) updatesThatScheduledMore += 1;
      },
    });
    el.setAttribute('paper', 'kebiolm');
    el.feed = kebiolmFeed();
    document.body.append(el);
    try {
      await settle(el);
      expect($(el, '[part~="abstract-toggle"]')!.hidden, '"Show more" is hidden').to.equal(false);
      expect(updatesThatScheduledMore).to.equal(0);
    } finally {
      el.remove();
    }
  });
});
