// <sota-table> on a table of records read by sota-widgets/feed's parseFeed. Facts: KeBioLM's ChemProt F1 from its
// paper page (arXiv:2104.10344) and PubMedBERT's from BLURB (arXiv:2007.15779).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/sota-table/define.js';
import type { SotaTable } from '../../src/components/sota-table/sota-table.js';
import { rankedModels } from './helpers.js';
import { until } from '../until.js';
import { parseFeed } from '../../src/feed/index.js';

describe('<sota-table> on tables', () => {
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
