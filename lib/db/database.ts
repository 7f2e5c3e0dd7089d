/** The Sidenote IndexedDB database, owned by the background worker. */
import Dexie, { type Table } from 'dexie';
import type { Bookmark, Paper, Tombstone } from '../paper';

/** A paper read from its arXiv abstract page on behalf of a PDF tab, kept so the page is fetched once. */
export interface PagePaper {
  key: string;
  paper: Paper;
  /** Epoch milliseconds. */
  fetchedAt: number;
}
import { migrations } from './migrations';
import type { MetaRow } from './meta';

export const DATABASE_NAME = 'sidenote';

/**
 * The database with every migration applied.
 *
 * @example
 * const db = new SidenoteDatabase();
 * const paper = await db.papers.get('2211.05344');
 */
export class SidenoteDatabase extends Dexie {
  papers!: Table<Paper, string>;
  bookmarks!: Table<Bookmark, string>;
  meta!: Table<MetaRow, string>;
  pagePapers!: Table<PagePaper, string>;
  tombstones!: Table<Tombstone, string>;

  constructor(name = DATABASE_NAME) {
    super(name);
    for (const migration of migrations) {
      const version = this.version(migration.version).stores(migration.stores);
      if (migration.upgrade) version.upgrade(migration.upgrade);
    }
  }
}
