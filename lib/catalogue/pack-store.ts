/**
 * Catalogue packs in IndexedDB: which papers the reader's catalogue holds, and how a pack enters and leaves it.
 *
 * A pack is published by one flag. Its papers are stored batch by batch while it is `importing`, invisible to every
 * reader; turning it `ready` shows them all at once, and `removing` hides them all at once while they are deleted in
 * the background. A worker stopped at any point leaves either the old catalogue or the new one in view, and the
 * stored rows say how to go on: batches are keyed by paper, so sending one again adds nothing twice.
 *
 * A paper held by several packs is stored once, with the metadata of the pack that brought it first, and belongs to
 * the index shard of the first ready pack in its `packs` list (see `shardOwner`).
 */
import type { CataloguePaper, PackRow, SidenoteDatabase } from '../db/database';
import type { Paper } from '../paper';
import { BUNDLED_PACK_ID, newPackId } from './pack-ids';

/** Rows deleted per transaction when a pack is removed: small enough that readers wait at most a few milliseconds. */
const REMOVAL_BATCH = 2_000;

/** A pack import that was cancelled, removed or never begun: its batches are refused. */
export class PackImportGone extends Error {
  override name = 'PackImportGone';
}

/**
 * The ids of ready packs: the packs whose papers the reader sees.
 *
 * @example
 * const ready = await readyPackIds(db); // Set { 'bundled', 'pack-…' }
 */
export async function readyPackIds(db: SidenoteDatabase): Promise<Set<string>> {
  const packs = await db.packs.toArray();
  return new Set(packs.filter((pack) => pack.state === 'ready').map((pack) => pack.id));
}

/**
 * The pack whose index shard holds a stored paper: the first of its packs that is ready, or undefined when none is
 * (the paper is not in the catalogue).
 *
 * @example
 * shardOwner({ ...paper, packs: ['pack-a', 'bundled'] }, new Set(['bundled'])); // 'bundled'
 */
export function shardOwner(row: CataloguePaper, ready: ReadonlySet<string>): string | undefined {
  return row.packs.find((pack) => ready.has(pack));
}

/**
 * The paper without its storage field.
 *
 * @example
 * const paper = withoutPacks(await db.papers.get(key));
 */
export function withoutPacks(row: CataloguePaper): Paper {
  const { packs: _packs, ...paper } = row;
  return paper;
}

/**
 * Catalogue papers by key, as readers see them: papers held only by packs that are not ready are left out. `ready`,
 * the ids of the ready packs, is read from the database unless the caller knows it.
 *
 * @example
 * const [lert, unknown] = await cataloguePapers(db, ['2211.05344', 'nope']); // [Paper, undefined]
 * await cataloguePapers(db, keys, new Set(state.packs.keys())); // as the index state sees the packs
 */
export async function cataloguePapers(db: SidenoteDatabase, keys: readonly string[], ready?: ReadonlySet<string>): Promise<(Paper | undefined)[]> {
  const [readyIds, rows] = await Promise.all([ready ?? readyPackIds(db), db.papers.bulkGet([...keys])]);
  return rows.map((row) => (row && shardOwner(row, readyIds) ? withoutPacks(row) : undefined));
}

/**
 * Starts importing a pack: it is stored as `importing`, and its papers stay invisible until `publishPack`.
 *
 * @example
 * const pack = await beginPack(db, { name: 'cs.CL 2024', bytes: file.size });
 */
export async function beginPack(db: SidenoteDatabase, { name, bytes }: { name: string; bytes: number }, now = Date.now()): Promise<PackRow> {
  const id = newPackId();
  const pack: PackRow = { id, name, state: 'importing', papers: 0, bytes, importedAt: now, version: id };
  await db.packs.add(pack);
  return pack;
}

/**
 * Stores one batch of an importing pack's papers, in one transaction. A paper already stored (by another pack, or by
 * this batch sent before) keeps its row and gains the pack; nothing is stored twice. Throws `PackImportGone` when the
 * pack is no longer importing (cancelled or removed), so a late batch cannot bring it back. Returns how many papers
 * the pack holds so far, and the rows that joined it now, as stored.
 *
 * @example
 * const { papers, joined } = await storePackPapers(db, pack.id, batch);
 */
export async function storePackPapers(
  db: SidenoteDatabase,
  packId: string,
  papers: readonly Paper[],
): Promise<{ papers: number; joined: CataloguePaper[] }> {
  return db.transaction('rw', db.papers, db.packs, async () => {
    const pack = await db.packs.get(packId);
    if (pack?.state !== 'importing') throw new PackImportGone(`the pack import ${packId} was cancelled or has ended`);
    const stored = await db.papers.bulkGet(papers.map((paper) => paper.key));
    const joined: CataloguePaper[] = [];
    papers.forEach((paper, i) => {
      const row = stored[i];
      if (!row) joined.push({ ...paper, packs: [packId] });
      else if (!row.packs.includes(packId)) joined.push({ ...row, packs: [...row.packs, packId] });
    });
    await db.papers.bulkPut(joined);
    const count = pack.papers + joined.length;
    await db.packs.update(packId, { papers: count });
    return { papers: count, joined };
  });
}

/**
 * Makes an importing pack's papers visible, all at once; call inside the transaction that stores its index shard.
 *
 * @example
 * await db.transaction('rw', db.packs, db.indexShards, async () => { await publishPack(db, id, { skipped: 0 }); … });
 */
export async function publishPack(db: SidenoteDatabase, packId: string, { skipped }: { skipped: number }, now = Date.now()): Promise<PackRow> {
  const pack = await db.packs.get(packId);
  if (pack?.state !== 'importing') throw new PackImportGone(`the pack import ${packId} was cancelled or has ended`);
  const published: PackRow = { ...pack, state: 'ready', importedAt: now, version: `${packId}@${now}`, ...(skipped > 0 ? { skipped } : {}) };
  await db.packs.put(published);
  return published;
}

/**
 * Hides a pack's papers at once (an import cancelled, or a pack removed); `deleteHiddenPacks` then deletes them.
 *
 * @example
 * await hidePack(db, pack.id);
 */
export async function hidePack(db: SidenoteDatabase, packId: string): Promise<void> {
  await db.packs.update(packId, { state: 'removing' });
}

/**
 * Deletes the papers of every pack being removed, a batch per transaction, then the pack and its index shard. A
 * paper another pack holds stays; that pack's version changes if the paper now belongs to its shard, so the shard is
 * rebuilt. Resumable: a worker stopped halfway finishes on its next call. Returns the ids of the packs deleted.
 *
 * @example
 * await hidePack(db, id);
 * await deleteHiddenPacks(db); // ['pack-…']
 */
export async function deleteHiddenPacks(db: SidenoteDatabase, now = Date.now()): Promise<string[]> {
  const removing = (await db.packs.toArray()).filter((pack) => pack.state === 'removing').map((pack) => pack.id);
  for (const packId of removing) {
    for (;;) {
      const done = await db.transaction('rw', db.papers, db.packs, async () => {
        const ready = await readyPackIds(db);
        const rows = await db.papers.where('packs').equals(packId).limit(REMOVAL_BATCH).toArray();
        const { kept, deleted, heirs } = leavePack(rows, packId, ready);
        await db.papers.bulkDelete(deleted);
        await db.papers.bulkPut(kept);
        // In the same transaction, so a worker stopped before the end still leaves the heirs' shards marked stale.
        for (const heir of heirs) await db.packs.update(heir, { version: `${heir}@${now}` });
        return rows.length < REMOVAL_BATCH;
      });
      if (done) break;
    }
    await db.transaction('rw', db.packs, db.indexShards, async () => {
      await db.packs.delete(packId);
      await db.indexShards.delete(packId);
    });
  }
  return removing;
}

/**
 * Takes `packId` out of stored papers: those no other pack holds are to be deleted, the others kept without it.
 * `heirs` are the ready packs whose index shards now own some of these papers (their shard must be rebuilt).
 *
 * @example
 * const { kept, deleted, heirs } = leavePack(rows, 'pack-a', ready);
 */
export function leavePack(rows: readonly CataloguePaper[], packId: string, ready: ReadonlySet<string>) {
  const heirs = new Set<string>();
  const kept: CataloguePaper[] = [];
  const deleted: string[] = [];
  for (const row of rows) {
    const packs = row.packs.filter((pack) => pack !== packId);
    if (packs.length === 0) {
      deleted.push(row.key);
      continue;
    }
    kept.push({ ...row, packs });
    const ownerBefore = row.packs.find((pack) => pack === packId || ready.has(pack));
    const heir = packs.find((pack) => ready.has(pack) && pack !== packId);
    if (ownerBefore === packId && heir) heirs.add(heir);
  }
  return { kept, deleted, heirs };
}

/**
 * Every pack, bundled first, then in the order they were imported.
 *
 * @example
 * for (const pack of await listPacks(db)) console.log(pack.name, pack.papers);
 */
export async function listPacks(db: SidenoteDatabase): Promise<PackRow[]> {
  const packs = await db.packs.toArray();
  return packs.sort((a, b) => Number(b.id === BUNDLED_PACK_ID) - Number(a.id === BUNDLED_PACK_ID) || a.importedAt - b.importedAt);
}
