/** Gets the search index for a woken worker: each shard from its stored snapshot when current, else rebuilt and stored. */
import type { IndexShardRow, PackRow, SidenoteDatabase, StoredIndexShardRow } from '../db/database';
import { bookmarksRevision, getMeta, type IndexLoadMeta } from '../db/meta';
import { BOOKMARKS_SHARD } from '../catalogue/pack-ids';
import { shardOwner } from '../catalogue/pack-store';
import type { Paper } from '../paper';
import { packContents } from './pack-pages';
import { INDEX_FORMAT_VERSION, PaperIndex } from '../search/paper-index';
import { ShardedIndex } from '../search/sharded-index';
import { CombinedStats, TermStats } from '../search/term-stats';
import { runAtOnce, runWithPauses } from '../steps';
import { pause } from './pause';
import { buildShard, shardRowSteps, type IndexShard } from './shard';
import { shardRowOf, storedShardRow } from './stored-shard-row';

export type { IndexShard } from './shard';

/** The in-memory search state of the worker: every shard, and all of them searched and counted as one. */
export interface IndexState {
  shards: Map<string, IndexShard>;
  index: ShardedIndex;
  stats: CombinedStats;
  /** The ready packs the state was built for, by id. */
  packs: Map<string, PackRow>;
}

/**
 * What a woken worker reads to restore its index, in one transaction: every pack row (the importing and removing
 * ones too), the bookmarks' revision, the stored shards, the last load's record, and whether the bundled catalogue
 * was ever installed.
 */
export interface IndexRows {
  packRows: PackRow[];
  revision: number;
  stored: StoredIndexShardRow[];
  lastLoad: IndexLoadMeta | undefined;
  catalogueInstalled: boolean;
}

/**
 * Reads the rows `loadIndexState` restores the index from. They also tell whether the catalogue needs repair
 * (`catalogueInstalled`, a pack left `removing`), so a woken worker waits for one read before restoring, not for a
 * check and then a read.
 *
 * @example
 * const rows = await readIndexRows(db);
 * if (rows.catalogueInstalled) await loadIndexState(db, rows);
 */
export async function readIndexRows(db: SidenoteDatabase): Promise<IndexRows> {
  const [packRows, revision, stored, lastLoad, catalogue] = await db.transaction('r', db.packs, db.meta, db.indexShards, () =>
    Promise.all([db.packs.toArray(), bookmarksRevision(db), db.indexShards.toArray(), getMeta(db, 'indexLoad'), getMeta(db, 'catalogue')]),
  );
  return { packRows, revision, stored, lastLoad, catalogueInstalled: catalogue !== undefined };
}

/**
 * Loads each shard (one per ready pack, one for bookmarked papers outside every pack) from its snapshot when it was
 * built from the pack's current version (or the current bookmarks) with this index format and can be read; otherwise
 * rebuilds it from the database and stores a new snapshot. Records in `meta.indexLoad` whether anything was rebuilt.
 * `rows` are read anew unless given.
 *
 * @example
 * const { index, stats } = await loadIndexState(db);
 */
export async function loadIndexState(db: SidenoteDatabase, rows?: IndexRows, now = Date.now()): Promise<IndexState> {
  const { packRows, revision, stored, lastLoad } = rows ?? (await readIndexRows(db));
  const packs = new Map(packRows.filter((pack) => pack.state === 'ready').map((pack) => [pack.id, pack]));
  const snapshots = new Map(stored.map((row) => [row.shard, row]));
  const shards = new Map<string, IndexShard>();
  let rebuilt = false;

  const current = async (shard: string, version: string, rebuild: () => Promise<IndexShard>) => {
    const restored = await restoreShard(snapshots.get(shard), version);
    if (restored) return restored;
    rebuilt = true;
    return rebuild();
  };

  for (const pack of packs.values()) shards.set(pack.id, await current(pack.id, pack.version, () => packShard(db, pack, packs)));
  shards.set(BOOKMARKS_SHARD, await current(BOOKMARKS_SHARD, bookmarksShardVersion(revision, packs), () => bookmarksShard(db, packs)));

  const builds = (lastLoad?.builds ?? 0) + (rebuilt ? 1 : 0);
  // Not awaited: the question that woke the worker need not wait for this record to be written.
  db.meta
    .put({ name: 'indexLoad', source: rebuilt ? 'rebuilt' : 'snapshot', builds, at: now })
    .catch((error: unknown) => console.warn('Sidenote: could not record how the search index was loaded.', error));
  return stateOf(shards, packs);
}

/**
 * Prepares, in steps, what the shards' first questions would otherwise make (see `PaperIndex.preparationSteps`): a
 * woken worker answers the question that woke it first, and the questions after it then do not wait.
 * Starts after `delayMs`, and stops between steps once `signal` is aborted.
 *
 * @example
 * void prepareShards(await loadIndexState(db));
 */
export async function prepareShards(
  state: IndexState,
  { delayMs = PREPARATION_DELAY_MS, signal }: { delayMs?: number; signal?: AbortSignal } = {},
): Promise<void> {
  const pauseUnlessStopped = async () => {
    await pause();
    signal?.throwIfAborted();
  };
  try {
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    signal?.throwIfAborted();
    for (const shard of state.shards.values()) await runWithPauses(shard.index.preparationSteps(), pauseUnlessStopped);
  } catch (error) {
    if (!signal?.aborted) throw error;
  }
}

/** A woken worker's first questions (a panel's related papers, its bookmark state) come within this time. */
const PREPARATION_DELAY_MS = 1_000;

/**
 * The state over `shards`, searched and counted together.
 *
 * @example
 * const state = stateOf(shards, packs);
 */
export function stateOf(shards: Map<string, IndexShard>, packs: Map<string, PackRow>): IndexState {
  const indexes = new Map([...shards].map(([id, shard]) => [id, shard.index]));
  return { shards, packs, index: new ShardedIndex(indexes), stats: new CombinedStats([...shards.values()].map((shard) => shard.stats)) };
}

/**
 * The version of the bookmarks shard: it changes with the bookmarks and with the packs (a removed pack's bookmarked
 * papers move into it).
 *
 * @example
 * bookmarksShardVersion(12, state.packs); // '12|bundled@…,pack-…@…'
 */
export function bookmarksShardVersion(revision: number, packs: ReadonlyMap<string, PackRow>): string {
  return `${revision}|${[...packs.values()].map((pack) => pack.version).sort().join(',')}`;
}

/**
 * The shard a row holds, as a woken worker reads it: its terms decoded as they are looked up and its statistics read
 * in place (see `SnapshotTerms` and `FeatureTable`). In steps: see `runAtOnce` and `runWithPauses`. Throws when the
 * row is damaged.
 *
 * @example
 * const shard = await runWithPauses(shardOfRowSteps(row, pack.version), pause);
 */
export function* shardOfRowSteps(row: IndexShardRow, version: string): Generator<void, IndexShard> {
  const index = yield* PaperIndex.restoreSteps(row.index);
  yield;
  return { index, stats: TermStats.restore(row.termStats), version };
}

/** A ready pack's shard built anew, and stored. */
async function packShard(db: SidenoteDatabase, pack: PackRow, packs: ReadonlyMap<string, PackRow>): Promise<IndexShard> {
  const shard = await buildShard((await packContents(db, pack.id, new Set(packs.keys()))).owned, pack.version);
  await db.indexShards.put(await storedShardRow(await runWithPauses(shardRowSteps(pack.id, shard), pause)));
  return shard;
}

/**
 * The bookmarks shard built anew for `packs`, and stored.
 *
 * @example
 * shards.set(BOOKMARKS_SHARD, await bookmarksShard(db, packs));
 */
export async function bookmarksShard(db: SidenoteDatabase, packs: ReadonlyMap<string, PackRow>): Promise<IndexShard> {
  const papers = await bookmarkedOutsidePacks(db, new Set(packs.keys()));
  const shard = await buildShard(papers, bookmarksShardVersion(await bookmarksRevision(db), packs), { incremental: true });
  await db.indexShards.put(runAtOnce(shardRowSteps(BOOKMARKS_SHARD, shard)));
  return shard;
}

async function bookmarkedOutsidePacks(db: SidenoteDatabase, ready: ReadonlySet<string>): Promise<Paper[]> {
  return db.transaction('r', db.bookmarks, db.papers, async () => {
    const bookmarks = await db.bookmarks.toArray();
    const rows = await db.papers.bulkGet(bookmarks.map((bookmark) => bookmark.key));
    return bookmarks.filter((_, i) => !(rows[i] && shardOwner(rows[i], ready))).map((bookmark) => bookmark.paper);
  });
}

/** The shard a snapshot holds, or null when it is stale or cannot be read (a damaged row): the caller then rebuilds. */
async function restoreShard(stored: StoredIndexShardRow | undefined, version: string): Promise<IndexShard | null> {
  if (stored?.formatVersion !== INDEX_FORMAT_VERSION || stored.version !== version) return null;
  try {
    return runAtOnce(shardOfRowSteps(await shardRowOf(stored), version));
  } catch (error) {
    console.warn(`Sidenote: the stored search index of ${stored.shard} is damaged and is being rebuilt.`, error);
    return null;
  }
}
