import { SidenoteDatabase } from '../db/database';
import { getMeta } from '../db/meta';
import { bundledCatalogueText } from '../../tests/support/catalogue';
import { completeShards, loadIndexState, readIndexRows } from './index-state';
import { Library } from './library';

const stepsLeft = (steps: Generator<void, void>) => [...steps].length;

test('a woken worker answers from its snapshots at once, and completes their term maps in steps afterwards', async () => {
  const db = new SidenoteDatabase();
  await new Library(db, () => Promise.resolve(bundledCatalogueText)).search('bert', 5);

  const woken = await loadIndexState(db);
  expect(await getMeta(db, 'indexLoad')).toMatchObject({ source: 'snapshot' });
  const bundled = woken.shards.get('bundled')!.index;
  expect(bundled.search('masked language').length).toBeGreaterThan(0);

  await completeShards(woken, { delayMs: 0 });
  for (const shard of woken.shards.values()) expect(stepsLeft(shard.index.completionSteps())).toBe(0);
  // Completion is what a restored index had left to do: a second woken state still has it ahead.
  const again = await loadIndexState(db);
  expect(stepsLeft(again.shards.get('bundled')!.index.completionSteps())).toBeGreaterThan(0);
});

test('completing stops between steps once its signal is aborted', async () => {
  const db = new SidenoteDatabase();
  await new Library(db, () => Promise.resolve(bundledCatalogueText)).search('bert', 5);
  const woken = await loadIndexState(db);
  const stop = new AbortController();
  stop.abort();
  await completeShards(woken, { delayMs: 0, signal: stop.signal });
  expect(stepsLeft(woken.shards.get('bundled')!.index.completionSteps())).toBeGreaterThan(0);
});

test('the rows an index is restored from tell whether the catalogue was installed and which packs are being removed', async () => {
  const db = new SidenoteDatabase();
  expect(await readIndexRows(db)).toMatchObject({ catalogueInstalled: false, packRows: [], stored: [] });

  await new Library(db, () => Promise.resolve(bundledCatalogueText)).search('bert', 5);
  await db.packs.update('bundled', { state: 'removing' });
  const rows = await readIndexRows(db);
  expect(rows.catalogueInstalled).toBe(true);
  expect(rows.packRows.map(({ id, state }) => ({ id, state }))).toEqual([{ id: 'bundled', state: 'removing' }]);
  expect(rows.stored.map((row) => row.shard).sort()).toEqual(['bookmarks', 'bundled']);
});
