/** The MiniSearch index over papers and its serialized snapshot form. */
import MiniSearch, { type Options } from 'minisearch';
import type { Paper } from '../paper';
import { authorKey, categoryKey, phrases, terms } from './terms';

/** Bump when the index options change, so stored snapshots built the old way are rebuilt. */
export const INDEX_FORMAT_VERSION = 2;

export type PaperIndex = MiniSearch<Paper>;

/**
 * What each field of the index holds:
 * - `title`, `authors`, `abstract`: stemmed words (see `terms.ts`), searched by the popup;
 * - `phrases`: two-word phrases of title and abstract, for quoted phrases and relatedness;
 * - `people`: one key per author, `categories`: one key per category, for relatedness.
 * Every term is made by `tokenize`, so `processTerm` leaves it as it is; searches pass their terms ready-made.
 */
export type PaperField = 'title' | 'authors' | 'abstract' | 'phrases' | 'people' | 'categories';


const FIELD_TERMS: Record<PaperField, (paper: Paper) => string[]> = {
  title: (paper) => terms(paper.title),
  authors: (paper) => terms(paper.authors.join(', ')),
  abstract: (paper) => terms(paper.abstract),
  phrases: (paper) => [...phrases(paper.title), ...phrases(paper.abstract)],
  people: (paper) => paper.authors.map(authorKey),
  categories: (paper) => paper.categories.map(categoryKey),
};

/** Terms travel from `extractField` to `tokenize` as one string, split on this (no term contains it). */
const SEPARATOR = '\n';

const options: Options<Paper> = {
  idField: 'key',
  fields: Object.keys(FIELD_TERMS),
  // The date is stored so a year filter needs no database read.
  storeFields: ['date'],
  extractField: (paper, field) => {
    if (field === 'key' || field === 'date') return paper[field] as string;
    return FIELD_TERMS[field as PaperField](paper).join(SEPARATOR);
  },
  tokenize: (text, field) => (field ? text.split(SEPARATOR).filter(Boolean) : terms(text)),
  processTerm: (term) => term,
};

/**
 * A new index holding the given papers.
 *
 * @example
 * const index = createPaperIndex(papers);
 * index.search('mask languag', { fields: ['phrases'] });
 */
export function createPaperIndex(papers: readonly Paper[]): PaperIndex {
  const index = new MiniSearch<Paper>(options);
  index.addAll(papers);
  return index;
}

/**
 * Restores an index from `JSON.stringify(index)`.
 *
 * @example
 * const index = paperIndexFromJSON(snapshot.index);
 */
export function paperIndexFromJSON(json: string): PaperIndex {
  return MiniSearch.loadJSON<Paper>(json, options);
}
