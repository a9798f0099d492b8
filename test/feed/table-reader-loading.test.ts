// The main entry's parseFeed (and the script-tag file's) reads tables once their reader is loaded: the elements
// load it themselves. This file imports parse-feed.ts alone, as the main entry does, so nothing has loaded it yet.
import { expect } from '@open-wc/testing';
import { awaitsTableReader, parseFeed } from '../../src/feed/parse-feed.js';
import { loadTableReader } from '../../src/feed/load-table-reader.js';
import { FeedError } from '../../src/feed/feed-error.js';

describe('loadTableReader', () => {
  it('reads JSON feeds without the table reader, and tables only once it has loaded', async () => {
    expect(parseFeed({ version: 1, leaderboards: [] , papers: [{ title: 'KeBioLM' }] }).format).to.equal('sota-widgets');
    const csv = 'model,dataset,task,F1\nKeBioLM,ChemProt,Relation Extraction,77.5\n';
    expect(awaitsTableReader(csv)).to.equal(true);
    expect(awaitsTableReader([{ model: 'KeBioLM', F1: 77.5 }])).to.equal(true);
    expect(() => parseFeed(csv)).to.throw(FeedError, 'Tables need loadTableReader() first');
    await loadTableReader();
    expect(awaitsTableReader(csv)).to.equal(false);
    expect(parseFeed(csv).leaderboards[0].results[0].values.F1.value).to.equal(77.5);
  });
});
