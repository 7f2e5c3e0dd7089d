/**
 * The search index as one: a MiniSearch index per shard (one per catalogue pack, one for bookmarked papers outside
 * every pack), searched together.
 *
 * Why shards: a pack is imported, stored and removed without touching the others' indexes or snapshots, and a
 * bookmark changes only the small bookmarks shard, so no change re-serialises the whole catalogue. Results of the
 * shards are merged by score. MiniSearch weighs a term by its rarity within each shard, so scores from shards of
 * very different sizes are close to, not exactly, the scores of one index over everything; relatedness weighs its
 * query with statistics over all shards (`CombinedStats`), which keeps rankings across shards in step.
 */
import type { Query, SearchOptions, SearchResult } from 'minisearch';
import type { BestMatchingOptions, LookedUpTerm, PaperIndex, SharingDocument, SharingOptions, WeighedTerm } from './paper-index';

/** What search and relatedness need of an index: one MiniSearch index, or all shards together. */
export interface SearchableIndex {
  search(query: Query, options?: SearchOptions): SearchResult[];
  has(key: string): boolean;
  getStoredFields(key: string): Record<string, unknown> | undefined;
  readonly documentCount: number;
  searchAmong(keys: ReadonlySet<string>, query: Query, options?: SearchOptions): SearchResult[];
  documentsSharing(terms: readonly WeighedTerm[], enough: (weight: number, count: number) => boolean, options?: SharingOptions): SharingDocument[];
  bestMatching(terms: readonly LookedUpTerm[], options: BestMatchingOptions): { best: string[]; count: number };
}

/**
 * Keys of the papers that have every one of `terms` (each in any of its fields, by any term it stands for): what an
 * AND of them matches, read from the postings without scoring, so that MiniSearch need score only those.
 *
 * @example
 * papersWithEvery(index, [{ term: 'mask', fields: ['title'] }, { term: 'languag', prefix: true, fields: ['title'] }]);
 */
export function papersWithEvery(index: SearchableIndex, terms: readonly LookedUpTerm[]): Set<string> {
  const counted = terms.map((term) => ({ ...term, weight: 0, counted: true }));
  return new Set(index.documentsSharing(counted, (_, count) => count === terms.length).map((document) => document.key));
}

/**
 * All shards searched as one index.
 *
 * @example
 * const index = new ShardedIndex(new Map([['bundled', bundledIndex], ['bookmarks', bookmarksIndex]]));
 * index.search('masked language'); // results of both, best first
 */
export class ShardedIndex implements SearchableIndex {
  constructor(readonly shards: Map<string, PaperIndex>) {}

  search(query: Query, options?: SearchOptions): SearchResult[] {
    return this.merged((shard) => shard.search(query, options));
  }

  searchAmong(keys: ReadonlySet<string>, query: Query, options?: SearchOptions): SearchResult[] {
    return this.merged((shard) => shard.searchAmong(keys, query, options));
  }

  documentsSharing(terms: readonly WeighedTerm[], enough: (weight: number, count: number) => boolean, options?: SharingOptions): SharingDocument[] {
    return [...this.shards.values()].flatMap((shard) => shard.documentsSharing(terms, enough, options));
  }

  /** Each shard's best: the best of all shards are among them. */
  bestMatching(terms: readonly LookedUpTerm[], options: BestMatchingOptions): { best: string[]; count: number } {
    const best: string[] = [];
    let count = 0;
    for (const shard of this.shards.values()) {
      const found = shard.bestMatching(terms, options);
      for (const key of found.best) best.push(key);
      count += found.count;
    }
    return { best, count };
  }

  getStoredFields(key: string): Record<string, unknown> | undefined {
    for (const shard of this.shards.values()) if (shard.has(key)) return shard.getStoredFields(key);
    return undefined;
  }

  has(key: string): boolean {
    for (const shard of this.shards.values()) if (shard.has(key)) return true;
    return false;
  }

  /** Every shard's results, best first. */
  private merged(searchShard: (shard: PaperIndex) => SearchResult[]): SearchResult[] {
    const results: SearchResult[] = [];
    // One by one: a wildcard search returns every paper, too many to spread into one call.
    for (const shard of this.shards.values()) for (const result of searchShard(shard)) results.push(result);
    return results.sort((a, b) => b.score - a.score);
  }

  /** How many papers all shards hold. */
  get documentCount(): number {
    let count = 0;
    for (const shard of this.shards.values()) count += shard.documentCount;
    return count;
  }
}
