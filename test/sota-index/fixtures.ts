// Feeds and an index for the <sota-index> tests. Task, dataset and metric names are real Papers with Code ones;
// models, values and dates are made up (no facts), chosen to exercise ranking, frontiers, ties and gaps.
export const boardsFeed = {
  version: 1,
  leaderboards: [
    {
      task: 'Named Entity Recognition (NER)', dataset: 'NCBI-disease', metrics: ['F1'],
      results: [
        { model: 'Model A', date: '2019-01-10', values: { F1: 86.2 }, paper: { title: 'Paper A' } },
        { model: 'Model B', date: '2020-03-02', values: { F1: 88.0 } },
        { model: 'Model C', date: '2021-04-21', values: { F1: 89.1 }, paper: { title: 'Paper C', id: 'paper-c' } },
        { model: 'Model D', date: null, values: { F1: 87.5 } },
      ],
    },
    {
      task: 'Named Entity Recognition (NER)', dataset: 'BC5CDR-chemical', metrics: ['F1'],
      results: [
        { model: 'Model A', date: '2019-02-01', values: { F1: 93.4 } },
        { model: 'Model C', date: '2021-04-21', values: { F1: 93.3 } },
      ],
    },
    {
      task: 'Language Modelling', dataset: 'WikiText-103', metrics: [{ name: 'Test perplexity', direction: 'lower' }, 'Number of params'],
      results: [
        { model: 'LM One', date: '2018-09-28', values: { 'Test perplexity': 29.2, 'Number of params': '247M' } },
        { model: 'LM Two', date: '2019-01-09', values: { 'Test perplexity': 18.3, 'Number of params': '257M' } },
        { model: 'Model C', date: '2019-09-17', values: { 'Test perplexity': 10.8, 'Number of params': '8300M' } },
      ],
    },
    {
      task: 'Language Modelling', dataset: 'Penn Treebank (Word Level)', metrics: ['Test perplexity'],
      results: [{ model: 'LM One', date: '2017-08-07', values: { 'Test perplexity': 52.8 } }],
    },
    {
      task: 'Question Answering', dataset: 'SQuAD1.1', metrics: ['EM', 'F1'],
      results: [
        { model: 'QA One', date: '2016-11-04', values: { EM: 67.7, F1: 77.3 } },
        { model: 'QA Two', date: '2018-10-11', values: { EM: 85.1, F1: 91.8 } },
        { model: 'Undated', values: { EM: '-' } },
      ],
    },
  ],
};

/** An index file as a splitter writes it (the same boards, with a parent task and the files they live in). */
export const indexFile = {
  format: 'sota-widgets-index',
  version: 1,
  source: { name: 'Made-up archive', url: 'https://example.org', license: 'CC-BY-SA-4.0' },
  tasks: [
    {
      task: 'Named Entity Recognition (NER)', parent: 'Natural Language Processing',
      datasets: [
        { dataset: 'NCBI-disease', file: 'named-entity-recognition-ner/ncbi-disease.json', results: 4, metric: 'F1', direction: 'higher',
          best: { model: 'Model C', value: 89.1, text: '89.1', date: '2021-04-21', paper: 'Paper C' },
          frontier: [['2019-01-10', 86.2], ['2020-03-02', 88.0], ['2021-04-21', 89.1]] },
        { dataset: 'BC5CDR-chemical', file: 'named-entity-recognition-ner/bc5cdr-chemical.json', results: 2, metric: 'F1', direction: 'higher',
          best: { model: 'Model A', value: 93.4, text: '93.4', date: '2019-02-01', paper: null }, frontier: [['2019-02-01', 93.4]] },
      ],
    },
    {
      task: 'Language Modelling',
      datasets: [
        { dataset: 'WikiText-103', file: 'language-modelling/wikitext-103.json', results: 3, metric: 'Test perplexity', direction: 'lower',
          best: { model: 'Model C', value: 10.8, text: '10.8', date: '2019-09-17', paper: null },
          frontier: [['2018-09-28', 29.2], ['2019-01-09', 18.3], ['2019-09-17', 10.8]] },
      ],
    },
  ],
};

/** An index of `boards` boards in tasks of 10, for windowing. */
export function largeIndex(boards: number): unknown {
  const tasks = [];
  for (let t = 0; t * 10 < boards; t++) {
    tasks.push({
      task: `Task ${String(t).padStart(4, '0')}`,
      datasets: Array.from({ length: Math.min(10, boards - t * 10) }, (_, d) => ({
        dataset: `Dataset ${t}-${d}`, results: (t * 7 + d * 3) % 50, metric: 'Accuracy', direction: 'higher',
        best: { model: `Model ${d}`, value: 50 + d, text: String(50 + d), date: `20${10 + (t % 14)}-0${1 + (d % 9)}-15`, paper: null },
        frontier: [[`2010-01-01`, 40], [`20${10 + (t % 14)}-0${1 + (d % 9)}-15`, 50 + d]],
      })),
    });
  }
  return { format: 'sota-widgets-index', version: 1, tasks };
}
