/** Identifiers of catalogue packs and of the index shard that holds bookmarked papers outside every pack. */

/** The catalogue that ships inside the extension is the pack with this id. */
export const BUNDLED_PACK_ID = 'bundled';

/** The index shard of bookmarked papers that no pack holds; never a pack id (those are `bundled` or `pack-…`). */
export const BOOKMARKS_SHARD = 'bookmarks';

/**
 * A new id for an imported pack.
 *
 * @example
 * newPackId(); // 'pack-3f2c9a0e-…'
 */
export function newPackId(): string {
  return `pack-${crypto.randomUUID()}`;
}
