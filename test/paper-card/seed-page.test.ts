import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/paper-card/define.js';
import type { PaperCard } from '../../src/components/paper-card/paper-card.js';
import { $, $$, loaded, text } from './helpers.js';

// The facts of the Papers With Code paper page for KeBioLM (shared/seed/pwc-paper-page-kebiolm.txt, CC-BY-SA 4.0),
// written out by hand: the demo's seed page (demo/index.html) must show every one of them from demo/feeds/kebiolm.json.
const SEED = {
  title: 'Improving Biomedical Pretrained Language Models with Knowledge',
  authors: ['Zheng Yuan', 'Yijia Liu', 'Chuanqi Tan', 'Songfang Huang', 'Fei Huang'],
  datetime: '2021-04-21',
  venue: 'NAACL (BioNLP) 2021', // the seed's "NAACL (BioNLP) 2021 6": the 6 is PWC's month, not part of the venue
  // Relation Extraction, named-entity-recognition, Entity Linking, Named Entity Recognition,
  // Named Entity Recognition (NER), Language Modelling: three spellings of one task.
  chips: ['Relation Extraction', 'Named Entity Recognition (NER)', 'Entity Linking', 'Language Modelling'],
  abstractStart: 'Pretrained language models have shown success in many natural language processing tasks.',
  abstractEnd: 'Further analysis on a collected probing dataset shows that our model has better ability to model medical knowledge.',
  results: [
    'Relation Extraction|GAD|F1|84.3|KeBioLM',
    'Relation Extraction|DDI|F1|81.9|KeBioLM',
    'Relation Extraction|ChemProt|F1|77.5|KeBioLM',
    'Named Entity Recognition (NER)|NCBI-disease|F1|89.1|KeBioLM',
    'Named Entity Recognition (NER)|BC5CDR-chemical|F1|93.3|KeBioLM',
    'Named Entity Recognition (NER)|BC5CDR-disease|F1|86.1|KeBioLM',
    'Named Entity Recognition (NER)|BC2GM|F1|85.1|KeBioLM',
    'Named Entity Recognition (NER)|JNLPBA|F1|82|KeBioLM',
  ],
};

describe('<paper-card> on the demo seed page', function () {
  this.timeout(30000);

  it('shows every fact of the PWC KeBioLM paper page from the demo feed', async () => {
    const el = await fixture<PaperCard>(html`<paper-card src="/demo/feeds/kebiolm.json" paper="2104.10344"></paper-card>`);
    await loaded(el);
    expect(text($(el, '[part~="title"]'))).to.equal(SEED.title);
    expect($$(el, '[part~="author"]').map(text)).to.deep.equal(SEED.authors);
    expect($(el, '[part~="date"]')!.getAttribute('datetime')).to.equal(SEED.datetime);
    expect(text($(el, '[part~="venue"]'))).to.equal(SEED.venue);
    expect($$(el, '[part~="task"]').map(text)).to.deep.equal(SEED.chips);
    const links = $$(el, '[part~="link"]').map(text);
    expect(links).to.include.members(['Paper', 'PDF', 'Code']);
    expect(text($(el, '[part~="badge"]'))).to.equal('official');
    const abstract = text($(el, '[part~="abstract"] p'));
    expect(abstract.startsWith(SEED.abstractStart) && abstract.endsWith(SEED.abstractEnd), abstract).to.equal(true);
    const rows = $$(el, '[part~="row"]').map((row) => [...row.querySelectorAll('td')].slice(0, 5).map(text).join('|'));
    expect(rows).to.have.members(SEED.results);
  });
});
