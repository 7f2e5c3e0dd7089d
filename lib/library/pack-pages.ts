/** A pack's stored papers, split into those its shard indexes and those an earlier pack holds, read a page at a time. */
import type { CataloguePaper, SidenoteDatabase } from '../db/database';
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
  // Each page is asked for as the one before it is handed out: the database reads it in its own thread while the
  // worker indexes that one. Read only when asked for, the worker waited for 2.5 s of a 100,000-paper pack's indexing.
  let next = keys.length > 0 ? pageOf(db, keys, 0) : undefined;
  for (let start = 0; next; start += READ_PAGE) {
    const rows = await next;
    next = start + READ_PAGE < keys.length ? pageOf(db, keys, start + READ_PAGE) : undefined;
    yield rows.filter((row) => row.packs.includes(packId) && !skipped.has(row.key)).map(withoutPacks);
  }
}

/** The rows of the page of `keys` from `start`, which may also hold papers of other packs, between two of its keys. */
function pageOf(db: SidenoteDatabase, keys: readonly string[], start: number): Promise<CataloguePaper[]> {
  const last = Math.min(start + READ_PAGE, keys.length) - 1;
  const rows = db.papers.where(':id').between(keys[start]!, keys[last]!, true, true).toArray();
  // A reader that stops before the page it asked for ahead never awaits it; its failure then concerns no one.
  rows.catch(() => {});
  return rows;
}
