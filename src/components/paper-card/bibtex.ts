// A BibTeX entry built from what a feed says about a paper, for the card's Cite button when the feed has none.
// Pure: no DOM. Field values are escaped so a title with braces or "%" cannot break the entry.
import type { Paper } from '../../feed/types.js';
import { arxivUrl } from '../../feed/internal/paper-identity.js';
import { plainLetters } from '../../feed/internal/paper-ids.js';
import { venueLabel } from './paper-meta.js';

/** Escapes the characters that have a meaning in BibTeX/LaTeX; keeps Unicode as is (biber and modern BibTeX read UTF-8). */
export function escapeBibtex(text: string): string {
  const escapes: Record<string, string> = { '\\': '\\textbackslash{}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}' };
  return text
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/[\\~^{}&%$#_]/g, (char) => escapes[char] ?? `\\${char}`)
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Zheng Yuan" → "Yuan"; "Yuan, Zheng" → "Yuan"; particles kept out of the key ("van der Berg" → "Berg"). */
function surname(author: string): string {
  const name = author.includes(',') ? author.split(',')[0] : author.trim().split(/\s+/).pop() ?? '';
  return name;
}

/** The year a paper's date starts with, or "" for a missing or unreadable date. */
const yearOf = (date: string | null) => /^\d{4}/.exec(date ?? '')?.[0] ?? '';

const STOP_WORDS = new Set(['a', 'an', 'the', 'on', 'of', 'for', 'in', 'to', 'and', 'with', 'towards', 'toward']);

/** A citation key like Google Scholar's: first author's surname, year, first significant title word ("yuan2021improving"). */
export function citationKey(paper: Pick<Paper, 'authors' | 'title' | 'date'>): string {
  const author = plainLetters(surname(paper.authors[0] ?? '')) || 'anonymous';
  const year = yearOf(paper.date);
  const word = paper.title.split(/\s+/).map(plainLetters).find((w) => w && !STOP_WORDS.has(w)) ?? '';
  return `${author}${year}${word}`;
}

/**
 * BibTeX for a paper: `@inproceedings` when it has a venue, else `@article` with the arXiv journal line when it has
 * an arXiv id, else `@misc`. Fields the paper lacks are left out rather than invented.
 */
export function buildBibtex(paper: Paper): string {
  const year = yearOf(paper.date);
  const fields: [string, string][] = [['title', `{${escapeBibtex(paper.title)}}`]];
  if (paper.authors.length) fields.push(['author', paper.authors.map(escapeBibtex).join(' and ')]);
  let type = 'misc';
  const venue = venueLabel(paper.venue);
  if (venue) {
    type = 'inproceedings';
    fields.push(['booktitle', escapeBibtex(venue)]);
  } else if (paper.arxivId) {
    type = 'article';
    fields.push(['journal', `arXiv preprint arXiv:${escapeBibtex(paper.arxivId)}`]);
  }
  if (year) fields.push(['year', year]);
  if (paper.arxivId) {
    fields.push(['eprint', escapeBibtex(paper.arxivId)], ['archivePrefix', 'arXiv']);
  }
  const url = paper.url ?? arxivUrl('abs', paper.arxivId);
  if (url && /^https?:\/\//i.test(url)) fields.push(['url', escapeBibtex(url).replace(/\\([_%#&])/g, '$1')]);
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@${type}{${citationKey(paper)},\n${body}\n}`;
}
