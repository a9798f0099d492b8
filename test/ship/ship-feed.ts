// One small board and two papers for the shipping and framework tests. Made-up models and numbers: what is
// tested is registration, loading and wiring, not the data.
export const shipFeed = {
  version: 1,
  leaderboards: [{
    id: 'toy-qa', task: 'Question Answering', dataset: 'Toy QA', metrics: ['F1'],
    results: [
      { model: 'Model A', date: '2019-01-10', values: { F1: 80.1 }, paper: 'paper-a' },
      { model: 'Model B', date: '2020-03-02', values: { F1: 85.4 }, paper: 'paper-b' },
      { model: 'Model C', date: '2021-07-19', values: { F1: 83.0 } },
    ],
  }],
  papers: [
    { id: 'paper-a', title: 'Model A: a made-up paper', authors: ['Ada Example'], date: '2019-01-10' },
    { id: 'paper-b', title: 'Model B: another made-up paper', authors: ['Bo Example'], date: '2020-03-02' },
  ],
};
