/** The ranker to beat: plain BM25 as MiniSearch does it by default, over title and abstract. */
import MiniSearch from 'minisearch';
import type { Paper } from '../../lib/paper';

/**
 * Ranks the catalogue for a paper the plain way: MiniSearch with default options (its own tokenizer, lower-casing,
 * no stop words, no stemming, OR of every word), fields title and abstract, the query being the paper's title and
 * abstract; the paper itself left out.
 *
 * @example
 * const rank = plainBm25(papers);
 * rank(paper).slice(0, 5); // keys, best first
 */
export function plainBm25(papers: readonly Paper[]): (paper: Paper) => string[] {
  const index = new MiniSearch<Paper>({ idField: 'key', fields: ['title', 'abstract'] });
  index.addAll(papers);
  return (paper) =>
    index
      .search(`${paper.title} ${paper.abstract}`)
      .map((result) => result.id as string)
      .filter((key) => key !== paper.key);
}
