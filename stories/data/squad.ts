// SQuAD1.1 test F1 and EM, a higher-is-better board in our own feed format (version 1), for the stories.
// Facts from each paper: Rajpurkar et al. 2016 (arXiv:1606.05250: logistic regression 51.0 F1 / 40.4 EM, human
// 91.2 / 82.3), Wang & Jiang 2016 (Match-LSTM, arXiv:1608.07905, 73.7 / 64.7), Seo et al. 2016 (BiDAF,
// arXiv:1611.01603, 77.3 / 68.0), Chen et al. 2017 (DrQA, arXiv:1704.00051, 78.8 / 70.0), Yu et al. 2018 (QANet,
// arXiv:1804.09541, 84.6 / 76.2 with back-translation data), Devlin et al. 2018 (BERT large + TriviaQA,
// arXiv:1810.04805, 91.8 / 85.1), Yang et al. 2019 (XLNet, arXiv:1906.08237, 95.1 / 89.9). Dates are arXiv v1 dates.
// The human baseline is undated on purpose: the elements list it but cannot place it in time.

const paper = (title: string, arxiv: string) => ({ title, url: `https://arxiv.org/abs/${arxiv}` });

export const squadFeed = {
  version: 1,
  source: { name: 'The papers cited in stories/data/squad.ts', url: null, license: null },
  leaderboards: [{
    task: 'Question Answering',
    dataset: 'SQuAD1.1',
    metrics: [{ name: 'F1', direction: 'higher' }, { name: 'EM', direction: 'higher' }],
    results: [
      { model: 'Logistic Regression', date: '2016-06-16', values: { F1: '51.0', EM: '40.4' }, paper: paper('SQuAD: 100,000+ Questions for Machine Comprehension of Text', '1606.05250') },
      { model: 'Match-LSTM', date: '2016-08-29', values: { F1: '73.7', EM: '64.7' }, paper: paper('Machine Comprehension Using Match-LSTM and Answer Pointer', '1608.07905') },
      { model: 'BiDAF', date: '2016-11-05', values: { F1: '77.3', EM: '68.0' }, paper: paper('Bidirectional Attention Flow for Machine Comprehension', '1611.01603') },
      { model: 'DrQA', date: '2017-03-31', values: { F1: '78.8', EM: '70.0' }, paper: paper('Reading Wikipedia to Answer Open-Domain Questions', '1704.00051') },
      { model: 'QANet', date: '2018-04-23', values: { F1: '84.6', EM: '76.2' }, extraData: true, paper: paper('QANet: Combining Local Convolution with Global Self-Attention for Reading Comprehension', '1804.09541') },
      { model: 'BERT (large, +TriviaQA)', date: '2018-10-11', values: { F1: '91.8', EM: '85.1' }, extraData: true, paper: paper('BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding', '1810.04805') },
      { model: 'XLNet', date: '2019-06-19', values: { F1: '95.1', EM: '89.9' }, paper: paper('XLNet: Generalized Autoregressive Pretraining for Language Understanding', '1906.08237') },
      { model: 'Human Performance', date: null, values: { F1: '91.2', EM: '82.3' }, paper: paper('SQuAD: 100,000+ Questions for Machine Comprehension of Text', '1606.05250') },
    ],
  }],
};
