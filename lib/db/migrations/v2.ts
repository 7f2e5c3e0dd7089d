/** Schema version 2: a cache of papers read from arXiv abstract pages, for PDFs of papers in neither catalogue nor bookmarks. */
import type { Migration } from './migration';

export const v2: Migration = {
  version: 2,
  // Read by key only; nothing to carry over, the cache starts empty.
  stores: { pagePapers: 'key' },
};
