// papers-with-abstracts.json from the PWC archive: one record per paper
// {paper_url, arxiv_id, title, abstract, url_abs, url_pdf, proceeding, authors, tasks, date, methods}.
import type { Paper } from '../types.js';
import { dateFields, optionalDate } from '../internal/dates.js';
import { paperId, venueFromProceeding } from '../internal/paper-ids.js';
import type { PaperSet } from '../internal/paper-set.js';
import { expectArray, expectObject, optionalText, pointer, textList, warnUnknownFields, type WarningLog } from '../internal/read.js';
import { FeedError } from '../feed-error.js';
import { arxivIdIn, optionalUrl } from '../internal/urls.js';

const PAPER_FIELDS = new Set([
  'paper_url', 'arxiv_id', 'title', 'abstract', 'url_abs', 'url_pdf', 'proceeding', 'authors', 'tasks', 'date', 'methods',
  'conference', 'conference_url_abs', 'conference_url_pdf', 'nips_id', 'id', 'published',
]);

export function readPwcPapers(input: unknown, papers: PaperSet, log: WarningLog): void {
  expectArray(input, '', 'a list of papers').forEach((record, index) => {
    const path = pointer('', index);
    const paper = readPwcPaper(record, path, log);
    papers.add(paper, path);
  });
}

/** One paper record; shared with the PWC API's papers pages, which use `id` and `published` instead. */
export function readPwcPaper(input: unknown, path: string, log: WarningLog): Paper {
  const record = expectObject(input, path, 'a paper ({title, paper_url, ...})');
  warnUnknownFields(record, PAPER_FIELDS, path, log);
  const pageUrl = optionalUrl(record, 'paper_url', path, log);
  const url = optionalUrl(record, 'url_abs', path, log);
  const pdf = optionalUrl(record, 'url_pdf', path, log);
  const arxivId = arxivIdIn(optionalText(record, 'arxiv_id', path, log)) ?? arxivIdIn(url) ?? arxivIdIn(pdf);
  const title = optionalText(record, 'title', path, log);
  const id = optionalText(record, 'id', path, log) ?? paperId({ url: pageUrl, arxivId, title });
  if (id === null) throw new FeedError(`Expected a paper with a title, a paper_url or an arXiv id at ${path}, found none of them.`, path);
  return {
    id,
    title: title ?? id,
    authors: textList(record, 'authors', path, log),
    ...dateFields(optionalDate(record, 'date', path, log) ?? optionalDate(record, 'published', path, log)),
    venue: venueFromProceeding(optionalText(record, 'proceeding', path, log) ?? optionalText(record, 'conference', path, log)),
    abstract: optionalText(record, 'abstract', path, log),
    url: url ?? pageUrl,
    pdf,
    code: [],
    tasks: textList(record, 'tasks', path, log),
    arxivId,
    bibtex: null,
  };
}
