// links-between-papers-and-code.json from the PWC archive: one record per (paper, repository)
// {paper_url, paper_title, paper_arxiv_id, paper_url_abs, paper_url_pdf, repo_url, is_official,
// mentioned_in_paper, mentioned_in_github, framework}. Records of one paper become one Paper with its code links.
import { FeedError } from '../feed-error.js';
import { frameworkName } from '../internal/code-links.js';
import { paperId } from '../internal/paper-ids.js';
import type { PaperSet } from '../internal/paper-set.js';
import {
  expectArray, expectObject, optionalBoolean, optionalText, pointer, warnUnknownFields, type WarningLog,
} from '../internal/read.js';
import { arxivIdIn, optionalUrl } from '../internal/urls.js';

const LINK_FIELDS = new Set([
  'paper_url', 'paper_title', 'paper_arxiv_id', 'paper_url_abs', 'paper_url_pdf', 'repo_url', 'is_official',
  'mentioned_in_paper', 'mentioned_in_github', 'framework',
]);

export function readPwcLinks(input: unknown, papers: PaperSet, log: WarningLog): void {
  expectArray(input, '', 'a list of paper-code links').forEach((item, index) => {
    const path = pointer('', index);
    const record = expectObject(item, path, 'a paper-code link ({paper_url, repo_url, ...})');
    warnUnknownFields(record, LINK_FIELDS, path, log);
    const pageUrl = optionalUrl(record, 'paper_url', path, log);
    const url = optionalUrl(record, 'paper_url_abs', path, log);
    const pdf = optionalUrl(record, 'paper_url_pdf', path, log);
    const arxivId = arxivIdIn(optionalText(record, 'paper_arxiv_id', path, log)) ?? arxivIdIn(url);
    const title = optionalText(record, 'paper_title', path, log);
    const id = paperId({ url: pageUrl, arxivId, title });
    if (id === null) throw new FeedError(`Expected a paper_url, paper_arxiv_id or paper_title at ${path}, found none of them.`, path);
    const repo = optionalUrl(record, 'repo_url', path, log);
    const paper = papers.add({
      id, title: title ?? id, authors: [], date: null, venue: null, abstract: null, url: url ?? pageUrl, pdf,
      code: [], tasks: [], arxivId, bibtex: null,
    }, path, false);
    if (repo === null) return;
    if (paper.code.some((link) => link.url.toLowerCase() === repo.toLowerCase())) {
      log.add('duplicate', pointer(path, 'repo_url'), `Repository ${repo} is linked to "${paper.title}" twice; kept the first.`, repo);
      return;
    }
    paper.code.push({
      url: repo,
      title: null,
      official: optionalBoolean(record, 'is_official', path, log) ?? false,
      framework: frameworkName(optionalText(record, 'framework', path, log)),
      stars: null,
    });
  });
}
