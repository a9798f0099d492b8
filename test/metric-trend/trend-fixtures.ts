// Small feeds in our own format, written by hand for the <metric-trend> tests and stories.
// SQuAD1.1 test F1, from each paper: Rajpurkar et al. 2016 (arXiv:1606.05250, logistic regression 51.0, human 91.2),
// Wang & Jiang 2016 (Match-LSTM, arXiv:1608.07905, 73.7), Seo et al. 2016 (BiDAF, arXiv:1611.01603, 77.3),
// Chen et al. 2017 (DrQA, arXiv:1704.00051, 78.8), Yu et al. 2018 (QANet, arXiv:1804.09541, 84.6 with
// back-translation data), Devlin et al. 2018 (BERT, arXiv:1810.04805, 91.8 with TriviaQA), Yang et al. 2019
// (XLNet, arXiv:1906.08237, 95.1). Dates are the arXiv v1 dates.
export const squadFeed = {
  version: 1,
  leaderboards: [{
    task: 'Question Answering',
    dataset: 'SQuAD1.1',
    metrics: [{ name: 'F1', direction: 'higher' }, { name: 'EM', direction: 'higher' }],
    results: [
      { model: 'Logistic Regression', date: '2016-06-16', values: { F1: '51.0', EM: '40.4' }, paper: { title: 'SQuAD: 100,000+ Questions for Machine Comprehension of Text', url: 'https://arxiv.org/abs/1606.05250' } },
      { model: 'Match-LSTM', date: '2016-08-29', values: { F1: '73.7', EM: '64.7' }, paper: { title: 'Machine Comprehension Using Match-LSTM and Answer Pointer', url: 'https://arxiv.org/abs/1608.07905' } },
      { model: 'BiDAF', date: '2016-11-05', values: { F1: '77.3', EM: '68.0' }, paper: { title: 'Bidirectional Attention Flow for Machine Comprehension', url: 'https://arxiv.org/abs/1611.01603' } },
      { model: 'DrQA', date: '2017-03-31', values: { F1: '78.8', EM: '70.0' }, paper: { title: 'Reading Wikipedia to Answer Open-Domain Questions', url: 'https://arxiv.org/abs/1704.00051' } },
      { model: 'QANet', date: '2018-04-23', values: { F1: '84.6', EM: '76.2' }, extraData: true, paper: { title: 'QANet: Combining Local Convolution with Global Self-Attention for Reading Comprehension', url: 'https://arxiv.org/abs/1804.09541' } },
      { model: 'BERT (large, +TriviaQA)', date: '2018-10-11', values: { F1: '91.8', EM: '85.1' }, extraData: true, paper: { title: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding', url: 'https://arxiv.org/abs/1810.04805' } },
      { model: 'XLNet', date: '2019-06-19', values: { F1: '95.1', EM: '89.9' }, paper: { title: 'XLNet: Generalized Autoregressive Pretraining for Language Understanding', url: 'https://arxiv.org/abs/1906.08237' } },
      { model: 'Human Performance', date: null, values: { F1: '91.2', EM: '82.3' }, paper: { title: 'SQuAD: 100,000+ Questions for Machine Comprehension of Text', url: 'https://arxiv.org/abs/1606.05250' } },
    ],
  }],
};

// WikiText-103 test perplexity (lower is better), from each paper: Grave et al. 2016 (continuous cache,
// arXiv:1612.04426, LSTM 48.7, +cache 40.8), Dauphin et al. 2016 (GCNN-14, arXiv:1612.08083, 37.2),
// Baevski & Auli 2018 (adaptive inputs, arXiv:1809.10853, 18.7), Dai et al. 2019 (Transformer-XL,
// arXiv:1901.02860, standard 24.0, large 18.3), Khandelwal et al. 2019 (kNN-LM, arXiv:1911.00172, 15.79).
export const wikitextFeed = {
  version: 1,
  leaderboards: [{
    task: 'Language Modelling',
    dataset: 'WikiText-103',
    metrics: [{ name: 'Test perplexity', direction: 'lower' }],
    results: [
      { model: 'LSTM', date: '2016-12-13', values: { 'Test perplexity': '48.7' }, paper: { title: 'Improving Neural Language Models with a Continuous Cache', url: 'https://arxiv.org/abs/1612.04426' } },
      { model: 'LSTM + continuous cache', date: '2016-12-13', values: { 'Test perplexity': '40.8' }, paper: { title: 'Improving Neural Language Models with a Continuous Cache', url: 'https://arxiv.org/abs/1612.04426' } },
      { model: 'GCNN-14', date: '2016-12-23', values: { 'Test perplexity': '37.2' }, paper: { title: 'Language Modeling with Gated Convolutional Networks', url: 'https://arxiv.org/abs/1612.08083' } },
      { model: 'Adaptive inputs', date: '2018-09-28', values: { 'Test perplexity': '18.7' }, paper: { title: 'Adaptive Input Representations for Neural Language Modeling', url: 'https://arxiv.org/abs/1809.10853' } },
      { model: 'Transformer-XL Standard', date: '2019-01-09', values: { 'Test perplexity': '24.0' }, paper: { title: 'Transformer-XL: Attentive Language Models Beyond a Fixed-Length Context', url: 'https://arxiv.org/abs/1901.02860' } },
      { model: 'Transformer-XL Large', date: '2019-01-09', values: { 'Test perplexity': '18.3' }, paper: { title: 'Transformer-XL: Attentive Language Models Beyond a Fixed-Length Context', url: 'https://arxiv.org/abs/1901.02860' } },
      { model: 'kNN-LM', date: '2019-11-01', values: { 'Test perplexity': '15.79' }, paper: { title: 'Generalization through Memorization: Nearest Neighbor Language Models', url: 'https://arxiv.org/abs/1911.00172' } },
    ],
  }],
};

/** A feed of one board with the given results (for odd-data cases), in our own format. */
export function boardFeed(metric: string, results: { model: string; date: string | null; value: string | number | null; extraData?: boolean }[], direction?: 'higher' | 'lower') {
  return {
    version: 1,
    leaderboards: [{
      task: 'Test task',
      dataset: 'Test set',
      metrics: [direction ? { name: metric, direction } : metric],
      results: results.map((r) => ({ model: r.model, date: r.date, values: r.value === null ? {} : { [metric]: r.value }, extraData: r.extraData ?? null })),
    }],
  };
}

/** `n` synthetic dated points on one board (seeded, reproducible), for density and speed checks. */
export function syntheticFeed(n: number, seed = 7) {
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const start = Date.UTC(2012, 0, 1);
  const span = Date.UTC(2025, 0, 1) - start;
  const results = Array.from({ length: n }, (_, i) => {
    const d = random();
    return {
      model: `model-${(i * 7919 % 100003).toString(36)}`,
      date: new Date(start + d * span).toISOString().slice(0, 10),
      values: { Score: Math.round((40 + 50 * d + 10 * random()) * 100) / 100 },
    };
  });
  return { version: 1, leaderboards: [{ task: 'Synthetic', dataset: 'Random', metrics: [{ name: 'Score', direction: 'higher' }], results }] };
}
