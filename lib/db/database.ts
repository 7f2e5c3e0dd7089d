/** The Sidenote IndexedDB database, owned by the background worker. */
import Dexie, { type Table } from 'dexie';
import type { Bookmark, Paper, Tombstone } from '../paper';
import type { IndexSnapshot } from '../search/paper-index';
import type { TermStatsSnapshot } from '../search/term-stats';
import type { MaybeDeflated } from './deflated';
import { migrations } from './migrations';
import type { MetaRow } from './meta';

/** A catalogue paper as stored: the paper and the packs that hold it (it leaves the catalogue with the last one). */
export type CataloguePaper = Paper & { packs: string[] };

/**
 * A catalogue pack. Its papers become visible, all at once, when it turns `ready`; while `importing` they are stored
 * but invisible, and a `removing` pack is invisible at once while its papers are deleted.
 */
export interface PackRow {
  id: string;
  name: string;
  state: 'importing' | 'ready' | 'removing';
  /** Papers the pack holds (while importing: stored so far). */
  papers: number;
  /** Size of the file it was imported from (0 for the bundled catalogue). */
  bytes: number;
  /** Epoch milliseconds when it became ready, or when its import started. */
  importedAt: number;
  /** Changes whenever the pack's papers change, so its stored index shard can tell whether it is current. */
  version: string;
  /** Lines left out of the pack on import, with the reason: only when the user chose to skip bad lines. */
  skipped?: number;
}

/** The stored search index of one shard: a pack's papers, or the bookmarked papers outside every pack. */
export interface IndexShardRow {
  shard: string;
  formatVersion: number;
  /** The pack version (or bookmark revision) the index was built from. */
  version: string;
  index: IndexSnapshot;
  termStats: TermStatsSnapshot;
}

/** An index shard row as stored: its long texts may be deflated (see `lib/library/stored-shard-row.ts`). */
export interface StoredIndexShardRow extends Omit<IndexShardRow, 'index' | 'termStats'> {
  index: Omit<IndexSnapshot, 'text' | 'documents' | 'postings'> & { text: MaybeDeflated; documents: MaybeDeflated; postings: MaybeDeflated<Uint8Array> };
  termStats: Omit<TermStatsSnapshot, 'features'> & { features: MaybeDeflated };
}

/** A paper read from its arXiv abstract page on behalf of a PDF tab, kept so the page is fetched once. */
export interface PagePaper {
  key: string;
  paper: Paper;
  /** Epoch milliseconds. */
  fetchedAt: number;
}

export const DATABASE_NAME = 'sidenote';

/**
 * The database with every migration applied.
 *
 * @example
 * const db = new SidenoteDatabase();
 * const paper = await db.papers.get('2211.05344');
 */
export class SidenoteDatabase extends Dexie {
  papers!: Table<CataloguePaper, string>;
  bookmarks!: Table<Bookmark, string>;
  meta!: Table<MetaRow, string>;
  pagePapers!: Table<PagePaper, string>;
  tombstones!: Table<Tombstone, string>;
  packs!: Table<PackRow, string>;
  indexShards!: Table<StoredIndexShardRow, string>;

  constructor(name = DATABASE_NAME) {
    super(name);
    for (const migration of migrations) {
      const version = this.version(migration.version).stores(migration.stores);
      if (migration.upgrade) version.upgrade(migration.upgrade);
    }
  }
}
