/** Schema version 1: papers by key, bookmarks by key and creation time, metadata rows by name. */
import type { Migration } from './migration';

export const v1: Migration = {
  version: 1,
  // Only what is queried is indexed: papers and bookmarks are read by key, bookmarks listed newest first.
  stores: {
    papers: 'key',
    bookmarks: 'key, createdAt',
    meta: 'name',
  },
};
