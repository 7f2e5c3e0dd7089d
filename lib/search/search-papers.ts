/** Popup search: instant, prefix matching on the word being typed, typo-tolerant on longer words, titles first. */
import type { SearchOptions } from 'minisearch';
import type { PaperIndex } from './paper-index';

/** Words shorter than this must be typed exactly: fuzzy matching drowns short words in noise. */
const FUZZY_MIN_LENGTH = 5;

const options: SearchOptions = {
  fields: ['title', 'authors', 'abstract'],
  boost: { title: 3, authors: 2, abstract: 1 },
  prefix: (_term, index, all) => index === all.length - 1,
  fuzzy: (term) => (term.length >= FUZZY_MIN_LENGTH ? 0.2 : false),
  maxFuzzy: 2,
};

/**
 * Keys of the papers matching what the user typed, best first. Every word must match;
 * when no paper has them all, papers matching any of them are returned instead.
 *
 * @example
 * searchPapers(index, 'masked langu', 20); // ['1810.04805', …]
 */
export function searchPapers(index: PaperIndex, query: string, limit: number): string[] {
  if (!query.trim()) return [];
  let results = index.search(query, { ...options, combineWith: 'AND' });
  if (results.length === 0) results = index.search(query, { ...options, combineWith: 'OR' });
  return results.slice(0, limit).map((result) => result.id as string);
}
