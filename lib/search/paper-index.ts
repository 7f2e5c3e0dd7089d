/** The MiniSearch index over papers and its serialized snapshot form. */
import MiniSearch, { type Options } from 'minisearch';
import type { Paper } from '../paper';
import { authorKey, categoryKey, phrases, terms } from './terms';

/** Bump when the index options change, so stored snapshots built the old way are rebuilt. */
export const INDEX_FORMAT_VERSION = 3;

export type PaperIndex = MiniSearch<Paper>;

/**
 * What each field of the index holds:
 * - `title`, `authors`, `abstract`: stemmed words (see `terms.ts`), searched by the popup;
 * - `phrases`: two-word phrases of title and abstract, for quoted phrases and relatedness;
 * - `people`: one key per author, `categories`: one key per category, for relatedness.
 * Every term is made by `tokenize`, so `processTerm` leaves it as it is; searches pass their terms ready-made.
 */
export type PaperField = 'title' | 'authors' | 'abstract' | 'phrases' | 'people' | 'categories';


/**
 * What of an abstract is indexed (a title is indexed whole): all its terms and phrases unless a lean shard says
 * otherwise (see `shard.ts`). Each gets the abstract's terms or phrases in order, repeats kept, and returns those to
 * index.
 */
export interface AbstractSelection {
  terms: (all: string[]) => string[];
  phrases: (all: string[]) => string[];
}

const EVERYTHING: AbstractSelection = { terms: (all) => all, phrases: (all) => all };

const fieldTerms = (abstract: AbstractSelection): Record<PaperField, (paper: Paper) => string[]> => ({
  title: (paper) => terms(paper.title),
  authors: (paper) => terms(paper.authors.join(', ')),
  abstract: (paper) => abstract.terms(terms(paper.abstract)),
  phrases: (paper) => [...phrases(paper.title), ...abstract.phrases(phrases(paper.abstract))],
  people: (paper) => paper.authors.map(authorKey),
  categories: (paper) => paper.categories.map(categoryKey),
});
const PAPER_FIELDS = Object.keys(fieldTerms(EVERYTHING));

/** Terms travel from `extractField` to `tokenize` as one string, split on this (no term contains it). */
const SEPARATOR = '\n';

function options(abstract: AbstractSelection = EVERYTHING): Options<Paper> {
  const fields = fieldTerms(abstract);
  return {
    idField: 'key',
    fields: PAPER_FIELDS,
    // The date is stored so a year filter needs no database read.
    storeFields: ['date'],
    extractField: (paper, field) => {
      if (field === 'key' || field === 'date') return paper[field] as string;
      return fields[field as PaperField](paper).join(SEPARATOR);
    },
    tokenize: (text, field) => (field ? text.split(SEPARATOR).filter(Boolean) : terms(text)),
    processTerm: (term) => term,
  };
}

/**
 * A new index holding the given papers, their abstracts whole or as `abstract` selects.
 *
 * @example
 * const index = createPaperIndex(papers);
 * index.search('mask languag', { fields: ['phrases'] });
 */
export function createPaperIndex(papers: readonly Paper[], abstract?: AbstractSelection): PaperIndex {
  const index = new MiniSearch<Paper>(options(abstract));
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
  return MiniSearch.loadJSON<Paper>(json, options());
}
