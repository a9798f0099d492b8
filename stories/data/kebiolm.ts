// One paper and its results in our own feed format (version 1), for the <paper-card> stories (and tables on the
// same boards). Facts: the KeBioLM paper page of the Papers with Code archive (/work/shared/seed/
// pwc-paper-page-kebiolm.txt: title, authors, date, venue, tasks, abstract, and KeBioLM's eight F1 results) and the
// archive's NCBI-disease leaderboard for the other models on that board. Data licence: CC BY-SA 4.0.

const kebiolmRef = { id: 'kebiolm', title: 'Improving Biomedical Pretrained Language Models with Knowledge', url: 'https://arxiv.org/abs/2104.10344' };
const kebiolm = (value: string) => ({ model: 'KeBioLM', date: '2021-04-21', values: { F1: value }, extraData: false, paper: kebiolmRef });
const other = (model: string, value: string, date: string | null) => ({ model, date, values: { F1: value } });
const board = (task: string, dataset: string, results: object[]) => ({ task, dataset, metrics: [{ name: 'F1', direction: 'higher' }], results });

/** NCBI-disease test F1 as the archive lists it: KeBioLM sixth, behind two results tied at 89.13. */
const ncbiDisease = [
  other('BioBERT', '89.71', '2019-01-25'), other('SpanModel + SequenceLabelingModel', '89.6', '2023-05-30'),
  other('SciFive-Base', '89.39', '2021-05-28'), other('BLSTM-CNN-Char (SparkNLP)', '89.13', '2020-11-12'),
  other('Spark NLP', '89.13', '2020-11-12'), kebiolm('89.1'), other('CL-KL', '88.96', '2021-05-08'),
  other('BioKMNER + BioBERT', '88.77', null), other('BioLinkBERT (large)', '88.76', '2022-03-29'),
  other('CompactBioBERT', '88.67', '2022-09-07'), other('STM', '88.6', '2019-09-25'), other('BERN2', '88.6', '2022-01-06'),
  other('BERN', '88.3', null), other('DistilBioBERT', '87.93', '2022-09-07'), other('RDANER', '87.89', '2021-01-02'),
  other('PubMedBERT uncased', '87.82', '2020-07-31'), other('BioMegatron BERT-cased', '87.8', '2020-10-12'),
  other('BioDistilBERT', '87.61', '2022-09-07'),
];

export const kebiolmFeed = {
  version: 1,
  source: { name: 'Papers with Code archive', url: 'https://paperswithcode2.com/paper/improving-biomedical-pretrained-language', license: 'CC-BY-SA-4.0' },
  leaderboards: [
    board('Named Entity Recognition (NER)', 'NCBI-disease', ncbiDisease),
    board('Named Entity Recognition (NER)', 'BC5CDR-chemical', [kebiolm('93.3')]),
    board('Named Entity Recognition (NER)', 'BC5CDR-disease', [kebiolm('86.1')]),
    board('Named Entity Recognition (NER)', 'BC2GM', [kebiolm('85.1')]),
    board('Named Entity Recognition (NER)', 'JNLPBA', [kebiolm('82')]),
    board('Relation Extraction', 'GAD', [kebiolm('84.3')]),
    board('Relation Extraction', 'DDI', [kebiolm('81.9')]),
    board('Relation Extraction', 'ChemProt', [kebiolm('77.5')]),
  ],
  papers: [{
    id: 'kebiolm',
    title: kebiolmRef.title,
    authors: ['Zheng Yuan', 'Yijia Liu', 'Chuanqi Tan', 'Songfang Huang', 'Fei Huang'],
    date: '2021-04-21',
    venue: 'NAACL (BioNLP) 2021',
    abstract: 'Pretrained language models have shown success in many natural language processing tasks. Many works explore '
      + 'incorporating knowledge into language models. In the biomedical domain, experts have taken decades of effort on '
      + 'building large-scale knowledge bases. For example, the Unified Medical Language System (UMLS) contains millions of '
      + 'entities with their synonyms and defines hundreds of relations among entities. Leveraging this knowledge can benefit '
      + 'a variety of downstream tasks such as named entity recognition and relation extraction. To this end, we propose '
      + 'KeBioLM, a biomedical pretrained language model that explicitly leverages knowledge from the UMLS knowledge bases.',
    url: 'https://arxiv.org/abs/2104.10344',
    pdf: 'https://arxiv.org/pdf/2104.10344',
    code: [{ url: 'https://github.com/GanjinZero/KeBioLM', official: true, framework: 'PyTorch' }],
    tasks: ['Relation Extraction', 'Entity Linking', 'Named Entity Recognition (NER)', 'Language Modelling'],
    arxivId: '2104.10344',
  }],
};
