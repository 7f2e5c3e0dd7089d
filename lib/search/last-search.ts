/** Keeps the last popup search's answer, so a keystroke that changes nothing looked up is answered at once. */
import type { SearchResults } from './search-papers';
import type { SearchableIndex } from './sharded-index';

/**
 * The answer last given, for its index and key (see `lookupKey`). Typing `wang va` after `wang ` asks the same
 * question three times, and a common name takes a large catalogue a tenth of a second each time.
 *
 * @example
 * const last = new LastSearch();
 * last.answer(index, `${limit}|${lookupKey(query)}`, () => searchPapers(index, query, { limit }));
 */
export class LastSearch {
  private last: { index: SearchableIndex; key: string; results: SearchResults } | undefined;

  /**
   * The kept answer when `index` and `key` are those it was given for; else `search()`'s, which is kept instead.
   *
   * @example
   * last.answer(state.index, key, () => searchPapers(state.index, query, { limit: 10 }));
   */
  answer(index: SearchableIndex, key: string, search: () => SearchResults): SearchResults {
    if (this.last?.index === index && this.last.key === key) return this.last.results;
    const results = search();
    this.last = { index, key, results };
    return results;
  }

  /**
   * Drops the kept answer: call it as the index is changed in place.
   *
   * @example
   * last.forget();
   * bookmarksShard.index.add(paper);
   */
  forget(): void {
    this.last = undefined;
  }
}
