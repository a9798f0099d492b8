// Feeds in our own format (version 1) for the paper-card tests. Facts: the KeBioLM paper page of the Papers with
// Code archive (shared/seed/pwc-paper-page-kebiolm.txt) and the archive's NCBI-disease leaderboard (CC BY-SA 4.0);
// the robustness papers (forty authors, URL title, hostile URLs) are made up and say so in their titles.
export const KEBIOLM_TITLE = 'Improving Biomedical Pretrained Language Models with Knowledge';
export const KEBIOLM_ABSTRACT =
  'Pretrained language models have shown success in many natural language processing tasks. Many works explore incorporating knowledge into language models. In the biomedical domain, experts have taken decades of effort on building large-scale knowledge bases. For example, the Unified Medical Language System (UMLS) contains millions of entities with their synonyms and defines hundreds of relations among entities. Leveraging this knowledge can benefit a variety of downstream tasks such as named entity recognition and relation extraction. To this end, we propose KeBioLM, a biomedical pretrained language model that explicitly leverages knowledge from the UMLS knowledge bases.';

const ref = { id: 'kebiolm', title: KEBIOLM_TITLE, url: 'https://arxiv.org/abs/2104.10344', date: '2021-04-21' };
const code = [{ url: 'https://github.com/GanjinZero/KeBioLM', official: true, framework: 'PyTorch', stars: 1234 }];
const f1 = [{ name: 'F1', direction: 'higher', unit: null }];
const kebiolm = (value: string) => ({ model: 'KeBioLM', date: '2021-04-21', values: { F1: value }, extraData: false, paper: ref, code });
const other = (model: string, value: string, date: string | null) => ({ model, date, values: { F1: value }, extraData: false, paper: null, code: [] });

/** 18 NCBI-disease results with KeBioLM sixth (two ties at 89.13 above it), as in the archive. */
const ncbiResults = [
  other('BioBERT', '89.71', '2019-01-25'), other('SpanModel + SequenceLabelingModel', '89.6', '2023-05-30'),
  other('SciFive-Base', '89.39', '2021-05-28'), other('BLSTM-CNN-Char (SparkNLP)', '89.13', '2020-11-12'),
  other('Spark NLP', '89.13', '2020-11-12'), kebiolm('89.1'), other('CL-KL', '88.96', '2021-05-08'),
  other('BioKMNER + BioBERT', '88.77', null), other('BioLinkBERT (large)', '88.76', '2022-03-29'),
  other('CompactBioBERT', '88.67', '2022-09-07'), other('STM', '88.6', '2019-09-25'), other('BERN2', '88.6', '2022-01-06'),
  other('BERN', '88.3', null), other('DistilBioBERT', '87.93', '2022-09-07'), other('RDANER', '87.89', '2021-01-02'),
  other('PubMedBERT uncased', '87.82', '2020-07-31'), other('BioMegatron BERT-cased', '87.8', '2020-10-12'),
  other('BioDistilBERT', '87.61', '2022-09-07'),
];

export const kebiolmPaper = {
  id: 'kebiolm',
  title: KEBIOLM_TITLE,
  authors: ['Zheng Yuan', 'Yijia Liu', 'Chuanqi Tan', 'Songfang Huang', 'Fei Huang'],
  date: '2021-04-21',
  venue: 'NAACL (BioNLP) 2021 6',
  abstract: KEBIOLM_ABSTRACT,
  url: 'https://arxiv.org/abs/2104.10344',
  pdf: 'https://arxiv.org/pdf/2104.10344',
  code,
  tasks: ['Relation Extraction', 'named-entity-recognition', 'Entity Linking', 'Named Entity Recognition', 'Named Entity Recognition (NER)', 'Language Modelling'],
  arxivId: '2104.10344',
};

export function kebiolmFeed(extraPapers: object[] = []) {
  return {
    version: 1,
    source: { name: 'Papers with Code archive', url: 'https://paperswithcode2.com/benchmark/54981', license: 'CC-BY-SA-4.0' },
    updated: '2026-11-25',
    leaderboards: [
      { task: 'Relation Extraction', dataset: 'GAD', metrics: f1, results: [kebiolm('84.3')] },
      { task: 'Named Entity Recognition (NER)', dataset: 'NCBI-disease', metrics: f1, results: ncbiResults },
      { task: 'Named Entity Recognition (NER)', dataset: 'BC5CDR-chemical', metrics: f1, results: [kebiolm('93.3'), other('PubMedBERT', '93.33', '2020-07-31')] },
      { task: 'Named Entity Recognition (NER)', dataset: 'JNLPBA', metrics: f1, results: [kebiolm('82'), other('PubMedBERT', '79.10', '2020-07-31')] },
    ],
    papers: [kebiolmPaper, ...extraPapers],
  };
}

/** A bare paper (title only, and whatever is overridden). */
export function barePaper(id: string, fields: Record<string, unknown> = {}) {
  return { id, title: `Test paper ${id}`, authors: [], date: null, venue: null, abstract: null, url: null, pdf: null, code: [], tasks: [], arxivId: null, bibtex: null, ...fields };
}
