import { SidenoteDatabase } from '../db/database';
import { getMeta } from '../db/meta';
import { bundledCatalogueText } from '../../tests/support/catalogue';
import { installCatalogue } from './install';

const smallCatalogue = bundledCatalogueText.split('\n').slice(0, 10).join('\n');

test('installing the same catalogue twice changes nothing the second time', async () => {
  const db = new SidenoteDatabase();
  const first = await installCatalogue(db, bundledCatalogueText, 1000);
  expect(first).toMatchObject({ changed: true, papers: 119, problems: [] });
  const second = await installCatalogue(db, bundledCatalogueText, 2000);
  expect(second).toMatchObject({ changed: false, version: first.version });
  expect(await db.papers.count()).toBe(119);
  expect((await getMeta(db, 'catalogue'))?.loadedAt).toBe(1000);
});

test('a new version replaces the old catalogue entirely', async () => {
  const db = new SidenoteDatabase();
  await installCatalogue(db, bundledCatalogueText);
  const install = await installCatalogue(db, smallCatalogue);
  expect(install.changed).toBe(true);
  expect(await db.papers.count()).toBe(10);
  expect((await getMeta(db, 'catalogue'))?.version).toBe(install.version);
});

test('a load that fails midway leaves the previous catalogue whole and current', async () => {
  const db = new SidenoteDatabase();
  const before = await installCatalogue(db, smallCatalogue);
  let written = 0;
  db.papers.hook('creating', () => {
    written += 1;
    if (written === 60) throw new Error('disk full');
  });
  await expect(installCatalogue(db, bundledCatalogueText)).rejects.toThrow('disk full');
  expect(written).toBe(60);
  expect(await db.papers.count()).toBe(10);
  expect((await getMeta(db, 'catalogue'))?.version).toBe(before.version);
});
