import { SidenoteDatabase } from '../db/database';
import { bundledCatalogueText } from '../../tests/support/catalogue';
import { installCatalogue } from './install';
import { BUNDLED_PACK_ID } from './pack-ids';
import { cataloguePapers, hidePack } from './pack-store';

test('catalogue papers are those of ready packs, as the database says or as the caller knows them', async () => {
  const db = new SidenoteDatabase();
  await installCatalogue(db, bundledCatalogueText);
  const keysOf = async (ready?: ReadonlySet<string>) => (await cataloguePapers(db, ['2211.05344', 'nope'], ready)).map((paper) => paper?.key);

  expect(await keysOf()).toEqual(['2211.05344', undefined]);
  expect(await keysOf(new Set())).toEqual([undefined, undefined]);
  await hidePack(db, BUNDLED_PACK_ID);
  expect(await keysOf()).toEqual([undefined, undefined]);
  // An index state built before the pack was hidden still lists what its index found.
  expect(await keysOf(new Set([BUNDLED_PACK_ID]))).toEqual(['2211.05344', undefined]);
});
