/** Schema version 3: bookmarks gain tags (indexed for filtering), a note, a read state and a last-change time; removals leave tombstones for sync. */
import type { Transaction } from 'dexie';
import type { Migration } from './migration';

export const v3: Migration = {
  version: 3,
  stores: {
    bookmarks: 'key, createdAt, *tags',
    tombstones: 'key',
  },
  upgrade: async (transaction: Transaction) => {
    await transaction
      .table('bookmarks')
      .toCollection()
      .modify((bookmark: Record<string, unknown>) => {
        bookmark.updatedAt ??= bookmark.createdAt;
        bookmark.tags ??= [];
        bookmark.note ??= '';
        bookmark.read ??= false;
      });
  },
};
