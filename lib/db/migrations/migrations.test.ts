import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Dexie from 'dexie';
import { SidenoteDatabase } from '../database';
import { migrations } from '.';

interface DatabaseFixture {
  version: number;
  tables: Record<string, Record<string, unknown>[]>;
}

const fixtureDir = resolve(__dirname, '../../../tests/fixtures/db');
const fixtures: DatabaseFixture[] = readdirSync(fixtureDir)
  .filter((name) => /^v\d+\.json$/.test(name))
  .map((name) => JSON.parse(readFileSync(resolve(fixtureDir, name), 'utf8')) as DatabaseFixture);

/** Creates the database exactly as an extension at `version` left it, using only the migrations up to it. */
async function createAtVersion(fixture: DatabaseFixture): Promise<void> {
  const old = new Dexie('sidenote');
  for (const migration of migrations.filter((step) => step.version <= fixture.version)) {
    old.version(migration.version).stores(migration.stores);
  }
  await old.open();
  for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
  old.close();
}

test('every schema version has a migration file and a fixture database, and each fixture has bookmarks to keep', () => {
  const versions = migrations.map((step) => step.version);
  expect(versions).toEqual(versions.map((_, i) => i + 1));
  expect(fixtures.map((fixture) => fixture.version).sort((a, b) => a - b)).toEqual(versions);
  for (const fixture of fixtures) expect(fixture.tables.bookmarks?.length).toBeGreaterThan(0);
});

describe.each(fixtures.map((fixture) => [fixture.version, fixture] as const))('a version %i database', (_, fixture) => {
  test('opens at the latest version with every row kept', async () => {
    await createAtVersion(fixture);
    const db = new SidenoteDatabase();
    await db.open();
    expect(db.verno).toBe(migrations.at(-1)!.version);
    // Every field of every row survives; later versions may only add fields.
    for (const [table, rows] of Object.entries(fixture.tables)) {
      expect(await db.table(table).toArray(), table).toEqual(expect.arrayContaining(rows.map((row) => expect.objectContaining(row))));
      expect(await db.table(table).count(), table).toBe(rows.length);
    }
    for (const bookmark of await db.bookmarks.toArray()) {
      expect(bookmark).toMatchObject({ updatedAt: expect.any(Number), tags: expect.any(Array), note: expect.any(String), read: expect.any(Boolean) });
    }
    const tagged = fixture.tables.bookmarks!.find((row) => Array.isArray(row.tags) && row.tags.length > 0);
    if (tagged) expect((await db.bookmarks.where('tags').equals((tagged.tags as string[])[0]!).primaryKeys())).toContain(tagged.key);
    db.close();
  });
});

test('bookmarks from before tags and notes get empty ones, and their creation time as last change', async () => {
  await createAtVersion(fixtures.find((fixture) => fixture.version === 1)!);
  const db = new SidenoteDatabase();
  expect(await db.bookmarks.get('2211.05344')).toMatchObject({ tags: [], note: '', read: false, updatedAt: 1700000000000 });
  db.close();
});

test('a new profile opens at the latest version, empty', async () => {
  const db = new SidenoteDatabase();
  await db.open();
  expect(db.verno).toBe(migrations.at(-1)!.version);
  expect(await db.bookmarks.count()).toBe(0);
});

test('papers from before packs belong to the bundled pack, which keeps the catalogue version it was', async () => {
  await createAtVersion(fixtures.find((fixture) => fixture.version === 3)!);
  const db = new SidenoteDatabase();
  expect(await db.papers.get('2211.05344')).toMatchObject({ packs: ['bundled'] });
  expect(await db.packs.get('bundled')).toMatchObject({ state: 'ready', papers: 1, version: '0123456789abcdef' });
  expect(await db.papers.where('packs').equals('bundled').primaryKeys()).toEqual(['2211.05344']);
  db.close();
});
