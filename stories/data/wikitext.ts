// WikiText-103 test perplexity, a lower-is-better board in our own feed format (version 1), for the stories.
// Facts from each paper: Grave et al. 2016 (continuous cache, arXiv:1612.04426: LSTM 48.7, + cache 40.8),
// Dauphin et al. 2016 (GCNN-14, arXiv:1612.08083, 37.2), Baevski & Auli 2018 (adaptive inputs, arXiv:1809.10853,
// 18.7), Dai et al. 2019 (Transformer-XL, arXiv:1901.02860: standard 24.0, large 18.3, 257M parameters; ACL 2019;
// code at github.com/kimiyoung/transformer-xl), Khandelwal et al. 2019 (kNN-LM, arXiv:1911.00172, 15.79).
// The Transformer-XL paper entry lets <paper-card> show a rank on a board where lower wins.

const paper = (title: string, arxiv: string, id?: string) => ({ id, title, url: `https://arxiv.org/abs/${arxiv}` });
const transformerXl = paper('Transformer-XL: Attentive Language Models Beyond a Fixed-Length Context', '1901.02860', 'transformer-xl');

export const wikitextFeed = {
  version: 1,
  source: { name: 'The papers cited in stories/data/wikitext.ts', url: null, license: null },
  leaderboards: [{
    task: 'Language Modelling',
    dataset: 'WikiText-103',
    metrics: [{ name: 'Test perplexity', direction: 'lower' }, 'Number of params'],
    results: [
      { model: 'LSTM', date: '2016-12-13', values: { 'Test perplexity': '48.7' }, paper: paper('Improving Neural Language Models with a Continuous Cache', '1612.04426') },
      { model: 'LSTM + continuous cache', date: '2016-12-13', values: { 'Test perplexity': '40.8' }, paper: paper('Improving Neural Language Models with a Continuous Cache', '1612.04426') },
      { model: 'GCNN-14', date: '2016-12-23', values: { 'Test perplexity': '37.2' }, paper: paper('Language Modeling with Gated Convolutional Networks', '1612.08083') },
      { model: 'Adaptive inputs', date: '2018-09-28', values: { 'Test perplexity': '18.7' }, paper: paper('Adaptive Input Representations for Neural Language Modeling', '1809.10853') },
      { model: 'Transformer-XL Standard', date: '2019-01-09', values: { 'Test perplexity': '24.0' }, paper: transformerXl },
      { model: 'Transformer-XL Large', date: '2019-01-09', values: { 'Test perplexity': '18.3', 'Number of params': '257M' }, paper: transformerXl },
      { model: 'kNN-LM', date: '2019-11-01', values: { 'Test perplexity': '15.79' }, paper: paper('Generalization through Memorization: Nearest Neighbor Language Models', '1911.00172') },
    ],
  }],
  papers: [{
    id: 'transformer-xl',
    title: transformerXl.title,
    authors: ['Zihang Dai', 'Zhilin Yang', 'Yiming Yang', 'Jaime Carbonell', 'Quoc V. Le', 'Ruslan Salakhutdinov'],
    date: '2019-01-09',
    venue: 'ACL 2019',
    url: 'https://arxiv.org/abs/1901.02860',
    pdf: 'https://arxiv.org/pdf/1901.02860',
    code: [{ url: 'https://github.com/kimiyoung/transformer-xl', official: true }],
    tasks: ['Language Modelling'],
    arxivId: '1901.02860',
  }],
};
