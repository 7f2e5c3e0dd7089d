/** A pack's stored papers, split into those its shard indexes and those an earlier pack holds, read a page at a time. */
import type { SidenoteDatabase } from '../db/database';
import { shardOwner, withoutPacks } from '../catalogue/pack-store';
import type { Paper } from '../paper';
import type { PaperPages } from './shard';

/**
 * Rows read per request. One request reads a page (by a range of keys), where reading by keys took one request per
 * paper: 500 answers to handle in the worker before a search's own.
 */
const READ_PAGE = 500;

/** What a pack holds: the papers its shard leaves to earlier packs, and the pages of the rest. */
export interface PackContents {
  /** Papers an earlier ready pack holds: they stay in its shard. */
  others: Paper[];
  /** The papers the pack's shard indexes, read afresh from the database on each pass. */
  owned: PaperPages;
}

/**
 * The papers of `packId`, split by which of the `ready` packs indexes them (the first of its packs that is ready, see
 * `shardOwner`). The owned papers are not read yet: each pass over `owned.pages()` reads them a page at a time, so a
 * 100,000-paper pack is indexed without holding all its abstracts at once. `keys`, the pack's keys when known, spare
 * a scan of the database's index for them (a second of the database's time at 100,000 papers, which every other
 * read then waits for).
 *
 * @example
 * const { owned } = await packContents(db, pack.id, new Set(['bundled', pack.id]));
 * for await (const page of owned.pages()) for (const paper of page) index.add(paper);
 */
export async function packContents(
  db: SidenoteDatabase,
  packId: string,
  ready: ReadonlySet<string>,
  keys?: readonly string[],
): Promise<PackContents> {
  // In the database's order of keys (code units, as `sort` compares them), so a run of them is a range of the table.
  const sorted = keys ? [...keys].sort() : await db.papers.where('packs').equals(packId).primaryKeys();
  const earlier = [...ready].filter((id) => id !== packId);
  const elsewhere = new Set(earlier.length > 0 ? await db.papers.where('packs').anyOf(earlier).primaryKeys() : []);
  const shared = await db.papers.bulkGet(sorted.filter((key) => elsewhere.has(key)));
  const others = shared.flatMap((row) => (row && shardOwner(row, ready) !== packId ? [withoutPacks(row)] : []));
  const skipped = new Set(others.map((paper) => paper.key));
  return { others, owned: { count: sorted.length - others.length, pages: () => ownedPages(db, packId, sorted, skipped) } };
}

async function* ownedPages(db: SidenoteDatabase, packId: string, keys: readonly string[], skipped: ReadonlySet<string>): AsyncGenerator<Paper[]> {
  for (let start = 0; start < keys.length; start += READ_PAGE) {
    const last = Math.min(start + READ_PAGE, keys.length) - 1;
    // The range may also hold papers that are not in this pack.
    const rows = await db.papers.where(':id').between(keys[start]!, keys[last]!, true, true).toArray();
    yield rows.filter((row) => row.packs.includes(packId) && !skipped.has(row.key)).map(withoutPacks);
  }
}
