// Paper, PDF and Code links. Only http(s) and relative URLs become links; arXiv ids fill in a missing abstract or
// PDF link. Code links say which repository is the authors' own ("official") and its framework and stars.
import { html, nothing, type TemplateResult } from 'lit';
import type { CodeLink, Paper } from '../../feed/types.js';
import { arxivUrl } from '../../feed/internal/paper-identity.js';
import { safeUrl } from '../../internal/safe-url.js';

export function paperUrl(paper: Paper): string | null {
  return safeUrl(paper.url) ?? arxivUrl('abs', paper.arxivId);
}

export function pdfUrl(paper: Paper): string | null {
  return safeUrl(paper.pdf) ?? arxivUrl('pdf', paper.arxivId);
}

/** Official repositories first, one entry per URL, only the ones that may become links. */
export function usableCodeLinks(code: readonly CodeLink[]): CodeLink[] {
  const seen = new Set<string>();
  const links: CodeLink[] = [];
  for (const link of [...code].sort((a, b) => Number(b.official) - Number(a.official))) {
    const url = safeUrl(link.url);
    const key = url?.replace(/\/+$/, '').toLowerCase();
    if (!url || !key || seen.has(key)) continue;
    seen.add(key);
    links.push({ ...link, url });
  }
  return links;
}

// Built on first use, not when the script loads: the first Intl format a page builds costs the engine its locale
// tables (12-14 ms on our CI machines), which no page should pay before anything shows.
let starFormat: Intl.NumberFormat | undefined;

function stars(count: number): string {
  starFormat ??= new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 });
  return starFormat.format(count);
}

/** "github.com/GanjinZero/KeBioLM" → "GanjinZero/KeBioLM", to tell several repositories apart. */
function repoName(url: string): string {
  try {
    const { hostname, pathname } = new URL(url, 'https://example.invalid/');
    const path = pathname.split('/').filter(Boolean).slice(0, 2).join('/');
    return path || hostname;
  } catch {
    return url;
  }
}

function renderCodeLink(link: CodeLink, many: boolean): TemplateResult {
  const details = [link.framework, link.stars !== null ? `${stars(link.stars)} stars` : null].filter(Boolean);
  return html`<li>
    <a part="link code-link" href=${link.url} rel="noopener">${many ? `Code: ${repoName(link.url)}` : 'Code'}</a>${link.official
      ? html`<span part="badge" class="badge">official</span>`
      : nothing}${details.length ? html` <span class="muted">(${details.join(', ')})</span>` : nothing}
  </li>`;
}

export function renderLinks(paper: Paper, code: readonly CodeLink[], extra: TemplateResult | typeof nothing, maxCode = 3): TemplateResult {
  const abs = paperUrl(paper);
  const pdf = pdfUrl(paper);
  const repos = usableCodeLinks(code).slice(0, maxCode);
  return html`<ul part="links" class="links">
    ${abs ? html`<li><a part="link paper-link" href=${abs} rel="noopener">Paper</a></li>` : nothing}
    ${pdf ? html`<li><a part="link pdf-link" href=${pdf} rel="noopener">PDF</a></li>` : nothing}
    ${repos.map((link) => renderCodeLink(link, repos.length > 1))}
    ${extra}
  </ul>`;
}
