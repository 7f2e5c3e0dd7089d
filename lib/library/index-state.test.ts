import { SidenoteDatabase } from '../db/database';
import { getMeta } from '../db/meta';
import { bundledCatalogueText } from '../../tests/support/catalogue';
import { loadIndexState, prepareShards, readIndexRows } from './index-state';
import { Library } from './library';

/** `db` with the bundled catalogue installed and its index's snapshots stored, as a first search leaves it. */
async function withSnapshots(db: SidenoteDatabase): Promise<SidenoteDatabase> {
  await new Library(db, () => Promise.resolve(bundledCatalogueText)).search('bert', 5);
  return db;
}

test('a woken worker answers from its snapshots, typos included, without building their trees of terms', async () => {
  const db = await withSnapshots(new SidenoteDatabase());

  const woken = await loadIndexState(db);
  expect(await getMeta(db, 'indexLoad')).toMatchObject({ source: 'snapshot' });
  const bundled = woken.shards.get('bundled')!.index;
  expect(bundled.search('masked language').length).toBeGreaterThan(0);
  expect(bundled.search('maskd langauge', { fuzzy: 0.3 }).length).toBeGreaterThan(0);
  for (const shard of woken.shards.values()) expect(shard.index.hasTermTree).toBe(false);
});

test('a woken worker prepares its shards\' typo lookups afterwards, and a second woken state still has that ahead', async () => {
  const db = await withSnapshots(new SidenoteDatabase());
  const woken = await loadIndexState(db);
  expect(woken.shards.get('bundled')!.index.isPrepared).toBe(false);
  await prepareShards(woken, { delayMs: 0 });
  for (const shard of woken.shards.values()) expect(shard.index.isPrepared).toBe(true);
  expect((await loadIndexState(db)).shards.get('bundled')!.index.isPrepared).toBe(false);
});

test('preparing stops once its signal is aborted', async () => {
  const db = await withSnapshots(new SidenoteDatabase());
  const woken = await loadIndexState(db);
  const stop = new AbortController();
  stop.abort();
  await prepareShards(woken, { delayMs: 0, signal: stop.signal });
  expect(woken.shards.get('bundled')!.index.isPrepared).toBe(false);
});

test('the rows an index is restored from tell whether the catalogue was installed and which packs are being removed', async () => {
  const db = new SidenoteDatabase();
  expect(await readIndexRows(db)).toMatchObject({ catalogueInstalled: false, packRows: [], stored: [] });

  await withSnapshots(db);
  await db.packs.update('bundled', { state: 'removing' });
  const rows = await readIndexRows(db);
  expect(rows.catalogueInstalled).toBe(true);
  expect(rows.packRows.map(({ id, state }) => ({ id, state }))).toEqual([{ id: 'bundled', state: 'removing' }]);
  expect(rows.stored.map((row) => row.shard).sort()).toEqual(['bookmarks', 'bundled']);
});
