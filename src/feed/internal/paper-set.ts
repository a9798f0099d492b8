// Papers keyed by id. The same paper may appear twice in one file (the links file has one record per
// repository); the first record wins, later ones only fill what it lacks, and a true repeat is reported.
import type { Paper } from '../types.js';
import { mergeCodeLinks } from './code-links.js';
import { adoptMergedDate } from './dates.js';
import type { WarningLog } from './read.js';

export class PaperSet {
  readonly #papers = new Map<string, Paper>();
  readonly #log: WarningLog;

  constructor(log: WarningLog) {
    this.#log = log;
  }

  /** Adds a paper; `repeatIsDuplicate` is false where several records per paper are the format's design. */
  add(paper: Paper, path: string, repeatIsDuplicate = true): Paper {
    const existing = this.#papers.get(paper.id);
    if (!existing) {
      this.#papers.set(paper.id, paper);
      return paper;
    }
    if (repeatIsDuplicate) this.#log.add('duplicate', path, `Paper "${paper.id}" appears more than once; merged into the first.`, paper.title);
    fillMissingFields(existing, paper);
    return existing;
  }

  list(): Paper[] {
    return [...this.#papers.values()];
  }
}

/**
 * Fills what `into` lacks from `from`, the one rule for two records of one paper, in one file or across merged
 * feeds: every distinct task spelling is kept (the card picks the best label), code links are united by URL.
 */
export function fillMissingFields(into: Paper, from: Paper): void {
  if (!into.title && from.title) into.title = from.title;
  if (into.authors.length === 0) into.authors = from.authors;
  adoptMergedDate(into, from);
  into.venue ??= from.venue;
  into.abstract ??= from.abstract;
  into.url ??= from.url;
  into.pdf ??= from.pdf;
  into.arxivId ??= from.arxivId;
  into.bibtex ??= from.bibtex;
  for (const task of from.tasks) if (!into.tasks.includes(task)) into.tasks.push(task);
  mergeCodeLinks(into.code, from.code);
}
