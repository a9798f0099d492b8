import { expect, fixture, html } from '@open-wc/testing';
import type { SotaTable } from '../../src/components/sota-table/sota-table.js';
import { wikitextFeed } from './fixtures.js';
import { $, $$, settle } from './helpers.js';

async function styledTable(style: string): Promise<SotaTable> {
  const el = await fixture<SotaTable>(html`<sota-table highlight="kNN-LM" style=${style}></sota-table>`);
  el.feed = wikitextFeed();
  await settle(el);
  return el;
}

describe('<sota-table> styling API', () => {
  it('exposes the parts table, header, row, cell, rank, model, toolbar, caption, summary and sort-button', async () => {
    const el = await styledTable('');
    for (const part of ['table', 'header', 'row', 'cell', 'rank', 'model', 'toolbar', 'caption', 'sort-button', 'export', 'highlighted']) {
      expect($$(el, `[part~="${part}"]`).length, part).to.be.greaterThan(0);
    }
  });

  it('every --sota-table-* custom property changes what it names', async () => {
    const el = await styledTable([
      '--sota-table-background: rgb(1, 2, 3)', '--sota-table-header-background: rgb(4, 5, 6)',
      '--sota-table-border-color: rgb(7, 8, 9)', '--sota-table-highlight-background: rgb(10, 11, 12)',
      '--sota-table-accent: rgb(13, 14, 15)', '--sota-table-cell-padding: 3px 5px', '--sota-table-font-size: 11px',
      '--sota-table-rank-width: 50px', '--sota-table-max-height: 120px', '--sota-table-model-max-width: 40px',
    ].join(';'));
    const css = (node: Element | null) => getComputedStyle(node!);
    const plainRow = $$(el, 'tbody tr[aria-rowindex]').find((row) => !row.classList.contains('highlighted'))!;
    expect(css(plainRow.querySelector('td')).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(css($(el, 'thead th')).backgroundColor).to.equal('rgb(4, 5, 6)');
    expect(css(plainRow.querySelector('td')).borderBottomColor).to.equal('rgb(7, 8, 9)');
    expect(css($(el, 'tr.highlighted td')).backgroundColor).to.equal('rgb(10, 11, 12)');
    expect(css($(el, 'tbody strong')).color).to.equal('rgb(13, 14, 15)');
    expect(css(plainRow.querySelector('td')).paddingLeft).to.equal('5px');
    expect(css(el).fontSize).to.equal('11px');
    expect($(el, 'thead th.rank')!.getBoundingClientRect().width).to.be.closeTo(50, 1);
    expect($(el, '.scroller')!.getBoundingClientRect().height).to.be.at.most(120);
    expect($(el, 'tbody .model .clip')!.getBoundingClientRect().width).to.be.at.most(40);
  });
});
