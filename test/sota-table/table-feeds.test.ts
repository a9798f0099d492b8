// <sota-table> on tables: a JSON list of records given as data, and CSV text from src, each read after the element
// loads that format's reader (nothing here installs one). Facts: KeBioLM's ChemProt F1 from its paper page
// (arXiv:2104.10344) and PubMedBERT's from BLURB (arXiv:2007.15779); the CSV fixture names its sources in
// test/feed/formats-csv.test.ts.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/sota-table/define.js';
import type { SotaTable } from '../../src/components/sota-table/sota-table.js';
import { rankedModels } from './helpers.js';
import { until } from '../until.js';

describe('<sota-table> on tables', () => {
  it('renders a JSON list of records given as .feed', async () => {
    const el = await fixture<SotaTable>(html`<sota-table></sota-table>`);
    el.feed = [
      { task: 'Relation Extraction', dataset: 'ChemProt', model: 'KeBioLM', F1: 77.5, date: '2021-04-21' },
      { task: 'Relation Extraction', dataset: 'ChemProt', model: 'PubMedBERT', F1: 77.24, date: '2020-07-31' },
    ];
    await until(() => rankedModels(el).length === 2, 'the records');
    expect(rankedModels(el)).to.deep.equal([['1', 'KeBioLM'], ['2', 'PubMedBERT']]);
  });

  it('renders a CSV file given as src, quoted commas and all', async () => {
    const src = new URL('../fixtures/kebiolm-results.csv', import.meta.url).href;
    const el = await fixture<SotaTable>(html`<sota-table src=${src} dataset="NCBI-disease"></sota-table>`);
    await until(() => rankedModels(el).length === 2, 'the CSV rows');
    expect(rankedModels(el)).to.deep.equal([['1', 'KeBioLM'], ['2', 'PubMedBERT']]);
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('89.1').and.to.contain('87.82');
    expect(el.shadowRoot!.querySelector('[role="alert"], .error')).to.equal(null);
  });

  it('reads CSV text given as .feed, with columns naming what the headers do not', async () => {
    // Made-up rows under the headers of Epoch AI's benchmark CSVs ("Model version", "Release date", mean_score):
    // what is tested is the mapping, not the data.
    const csv = 'Model version,Release date,mean_score,stderr\nsample-model-a,2025-02-01,0.61,0.02\nsample-model-b,2025-06-15,0.74,0.02\n';
    const el = await fixture<SotaTable>(html`<sota-table task="Sample" dataset="Sample bench"
      columns="model: Model version; date: Release date; value: mean_score"></sota-table>`);
    el.feed = csv;
    await until(() => rankedModels(el).length === 2, 'the CSV rows');
    expect(rankedModels(el)).to.deep.equal([['1', 'sample-model-b'], ['2', 'sample-model-a']]);
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('0.74 ± 0.02').and.to.contain('Jun 15, 2025');
  });

  it('shows a descriptor column of words as text: start-aligned, not flagged as unreadable, sorted alphabetically', async () => {
    // Made-up rows under LMArena's column names (organization is a descriptor by the records reader's rule).
    const el = await fixture<SotaTable>(html`<sota-table></sota-table>`);
    el.feed = [
      { model: 'sample-b', rating: 1490, organization: 'Zeta Lab' },
      { model: 'sample-a', rating: 1500, organization: 'Alpha Lab' },
      { model: 'sample-c', rating: 1480, organization: 'Mid Lab' },
    ];
    await until(() => rankedModels(el).length === 3, 'the records');
    const root = el.shadowRoot!;
    const cells = [...root.querySelectorAll('tbody td.text')];
    expect(cells.map((cell) => cell.textContent!.trim())).to.deep.equal(['Alpha Lab', 'Zeta Lab', 'Mid Lab']);
    expect(root.querySelector('tbody .raw'), 'words are not an unreadable number').to.equal(null);
    expect(root.querySelector('thead th.text')!.textContent).to.contain('organization');
    root.querySelector<HTMLButtonElement>('thead th.text button')!.click();
    await until(() => rankedModels(el)[0][1] === 'sample-a' && rankedModels(el)[1][1] === 'sample-c', 'sorted by organization');
    expect(rankedModels(el).map(([, model]) => model)).to.deep.equal(['sample-a', 'sample-c', 'sample-b']);
  });
});
