import { SidenoteDatabase } from '../db/database';
import { FakeSyncArea } from '../sync/fake-sync-area';
import { reconcile } from '../sync/engine';
import { bundledCatalogueText, bundledPaper } from '../../tests/support/catalogue';
import { Library } from './library';

/** A device: its own profile's database and library, syncing through the shared area. */
function device(profile: string) {
  const library = new Library(new SidenoteDatabase(profile), () => Promise.resolve(bundledCatalogueText));
  const store = { read: () => library.exportLibrary(), apply: (changes: Parameters<Library['applySyncChanges']>[0]) => library.applySyncChanges(changes) };
  return { library, sync: (area: FakeSyncArea) => reconcile(area, store) };
}

const view = async (library: Library) =>
  (await library.exportLibrary()).bookmarks.map(({ key, tags, note, read }) => ({ key, tags, note, read })).sort((a, b) => a.key.localeCompare(b.key));

test('two devices editing offline converge through sync, in either order', { timeout: 30_000 }, async () => {
  for (const order of [['a', 'b'], ['b', 'a']] as const) {
    const area = new FakeSyncArea();
    const a = device(`a-${order[0]}`);
    const b = device(`b-${order[0]}`);
    const lert = bundledPaper('2211.05344');
    const mpnet = bundledPaper('2004.09297');
    await a.library.toggleBookmark(lert, 1_000);
    await a.library.toggleBookmark(mpnet, 1_000);
    const devices = { a, b };
    for (const name of order) await devices[name].sync(area);
    for (const name of order) await devices[name].sync(area);
    expect(await view(b.library)).toEqual(await view(a.library));

    // Offline: A tags LERT and removes MPNet; B writes a note on MPNet later and marks LERT read earlier.
    await a.library.updateBookmark(lert.key, { tags: ['to read'] }, 2_000);
    await a.library.toggleBookmark(mpnet, 2_000);
    await b.library.updateBookmark(mpnet.key, { note: 'still useful' }, 3_000);
    await b.library.updateBookmark(lert.key, { read: true }, 1_500);
    for (const name of order) await devices[name].sync(area);
    for (const name of order) await devices[name].sync(area);

    const converged = await view(a.library);
    expect(await view(b.library)).toEqual(converged);
    // Per bookmark, the latest change wins: B's later note brings MPNet back; A's later tag wins over B's read mark.
    expect(converged).toEqual([
      { key: mpnet.key, tags: [], note: 'still useful', read: false },
      { key: lert.key, tags: ['to read'], note: '', read: false },
    ].sort((x, y) => x.key.localeCompare(y.key)));
    expect((await b.library.search('linguistically', 3))[0]?.bookmarked).toBe(true);
  }
});

test('a bookmark put back after a removal outranks the removal on every device', async () => {
  const area = new FakeSyncArea();
  const a = device('a');
  const b = device('b');
  const lert = bundledPaper('2211.05344');
  await a.library.toggleBookmark(lert, 1_000);
  await a.sync(area);
  await b.sync(area);
  await b.library.toggleBookmark(lert, 5_000);
  await b.sync(area);
  // A's clock is behind B's: its re-bookmark must still come after the removal it has seen.
  await a.sync(area);
  await a.library.toggleBookmark(lert, 2_000);
  await a.sync(area);
  await b.sync(area);
  expect(await b.library.bookmarkState([lert.key])).toEqual({ [lert.key]: true });
});
