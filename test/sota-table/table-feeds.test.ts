// <sota-table> on tables: a CSV file from the server (src="….csv") and a JSON list of records given as .feed, both
// read by the table reader the element loads on demand. Facts: test/fixtures/kebiolm-results.csv (its sources
// are named in test/feed/formats-csv.test.ts) and PubMedBERT's ChemProt F1 from BLURB (arXiv:2007.15779).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/sota-table/define.js';
import type { SotaTable } from '../../src/components/sota-table/sota-table.js';
import type { SotaLoadDetail } from '../../src/events/events.js';
import { $, rankedModels, text } from './helpers.js';
import { until } from '../until.js';
import { parseFeed } from '../../src/feed/index.js';

const csvUrl = new URL('../fixtures/kebiolm-results.csv', import.meta.url).href;

describe('<sota-table> on tables', () => {
  it('renders a CSV file given as src, accessibly, ranked by its score column', async () => {
    const loaded = new Promise<CustomEvent<SotaLoadDetail>>((resolve) => document.addEventListener('sota-load', (e) => resolve(e as CustomEvent<SotaLoadDetail>), { once: true }));
    const el = await fixture<SotaTable>(html`<sota-table src=${csvUrl} dataset="NCBI-disease"></sota-table>`);
    const event = await loaded;
    await until(() => rankedModels(el).length === 2, 'the CSV rows');
    expect(event.detail.feed.format).to.equal('csv');
    expect(rankedModels(el)).to.deep.equal([['1', 'KeBioLM'], ['2', 'PubMedBERT']]);
    expect(text($(el, '[part~="caption"]'))).to.contain('F1');
    expect(text($(el, 'tbody'))).to.contain('UMLS, through entity detection and linking');
    await expect(el).to.be.accessible();
  });

  it('renders a JSON list of records read by sota-widgets/feed and given as .feed', async () => {
    // The main entry's parseFeed reads the JSON formats only (the script-tag file has no room for the table
    // reader), so records given directly are read with sota-widgets/feed's parseFeed first.
    const el = await fixture<SotaTable>(html`<sota-table></sota-table>`);
    el.feed = parseFeed([
      { task: 'Relation Extraction', dataset: 'ChemProt', model: 'KeBioLM', F1: 77.5, date: '2021-04-21' },
      { task: 'Relation Extraction', dataset: 'ChemProt', model: 'PubMedBERT', F1: 77.24, date: '2020-07-31' },
    ]);
    await until(() => rankedModels(el).length === 2, 'the records');
    expect(rankedModels(el)).to.deep.equal([['1', 'KeBioLM'], ['2', 'PubMedBERT']]);
  });
});
