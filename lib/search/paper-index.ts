/** The MiniSearch index over papers (title, authors, abstract) and its serialized snapshot form. */
import MiniSearch, { type Options } from 'minisearch';
import type { Paper } from '../paper';
import { indexTerm } from './terms';

/** Bump when the index options change, so stored snapshots built the old way are rebuilt. */
export const INDEX_FORMAT_VERSION = 1;

export type PaperIndex = MiniSearch<Paper>;

const options: Options<Paper> = {
  idField: 'key',
  fields: ['title', 'authors', 'abstract'],
  storeFields: [],
  extractField: (paper, field) => (field === 'authors' ? paper.authors.join(', ') : paper[field as keyof Paper]) as string,
  processTerm: indexTerm,
};

/**
 * A new index holding the given papers.
 *
 * @example
 * const index = createPaperIndex(papers);
 * index.search('masked language model');
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
