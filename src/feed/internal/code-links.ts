// Code links arrive as {title, url} (PWC archive rows), {url, official, framework, stars} (our format) or one
// links-file record per repository; all become CodeLink, with unsafe URLs dropped and reported.
import type { CodeLink } from '../types.js';
import { describe, field, isObject, optionalBoolean, optionalNumber, optionalText, pointer, type JsonObject, type WarningLog } from './read.js';
import { optionalUrl } from './urls.js';

/** PWC writes "none" when it does not know a repository's framework. */
export function frameworkName(text: string | null): string | null {
  return text && text.toLowerCase() !== 'none' ? text : null;
}

/** Reads a list of code links under `key`; entries without a usable URL are skipped with a warning. */
export function codeLinkList(object: JsonObject, key: string, path: string, log: WarningLog): CodeLink[] {
  const value = field(object, key);
  if (value === undefined || value === null) return [];
  const at = pointer(path, key);
  if (!Array.isArray(value)) {
    log.add('unreadable-value', at, `Expected a list of code links for "${key}", found ${describe(value)}; ignored it.`, value);
    return [];
  }
  const links: CodeLink[] = [];
  value.forEach((entry, index) => {
    const entryPath = pointer(at, index);
    if (typeof entry === 'string') {
      const link = codeLink({ url: entry }, entryPath, log);
      if (link) links.push(link);
    } else if (isObject(entry)) {
      const link = codeLink(entry, entryPath, log);
      if (link) links.push(link);
    } else {
      log.add('unreadable-value', entryPath, `Expected a code link, found ${describe(entry)}; skipped it.`, entry);
    }
  });
  return links;
}

export function codeLink(entry: JsonObject, path: string, log: WarningLog): CodeLink | null {
  const url = optionalUrl(entry, 'url', path, log);
  if (url === null) return null;
  return {
    url,
    title: optionalText(entry, 'title', path, log),
    official: optionalBoolean(entry, 'official', path, log) ?? false,
    framework: frameworkName(optionalText(entry, 'framework', path, log)),
    stars: optionalNumber(entry, 'stars', path, log),
  };
}

/** Adds links not already present (same URL, ignoring a trailing slash and case). */
export function mergeCodeLinks(into: CodeLink[], more: readonly CodeLink[]): void {
  const key = (link: CodeLink) => link.url.toLowerCase().replace(/\/+$/, '');
  const seen = new Set(into.map(key));
  for (const link of more) {
    if (seen.has(key(link))) continue;
    seen.add(key(link));
    into.push(link);
  }
}
