import { SidenoteDatabase, type CataloguePaper } from '../db/database';
import { packContents } from './pack-pages';

const row = (key: string, packs: string[]): CataloguePaper => ({
  key,
  title: `Paper ${key}`,
  authors: [],
  abstract: '',
  categories: [],
  links: [],
  packs,
});

const keysOf = (papers: { key: string }[]) => papers.map((paper) => paper.key);

test('a pack is read as the papers an earlier ready pack holds, and pages of the rest in key order, each page read afresh', async () => {
  const db = new SidenoteDatabase();
  const own = Array.from({ length: 1_200 }, (_, i) => `2401.${String(i).padStart(5, '0')}`);
  await db.papers.bulkPut([
    ...own.map((key) => row(key, ['pack-b'])),
    // Also in the bundled catalogue, which is ready: it stays there.
    row('2401.00007', ['bundled', 'pack-b']),
    // Also in a pack still importing: the pack being read indexes it.
    row('2401.00008', ['pack-c', 'pack-b']),
    // Between two of the pack's keys, but not in it.
    row('2401.00010a', ['bundled']),
  ]);

  const { others, owned } = await packContents(db, 'pack-b', new Set(['bundled', 'pack-b']));
  expect(keysOf(others)).toEqual(['2401.00007']);
  expect(others[0]).not.toHaveProperty('packs');
  expect(owned.count).toBe(1_199);

  const pages: string[][] = [];
  for await (const page of owned.pages()) pages.push(keysOf([...page]));
  expect(pages.map((page) => page.length)).toEqual([499, 500, 200]);
  expect(pages.flat()).toEqual(own.filter((key) => key !== '2401.00007'));

  await db.papers.delete('2401.00009');
  const again: string[] = [];
  for await (const page of owned.pages()) again.push(...keysOf([...page]));
  expect(again).not.toContain('2401.00009');
});

test('the keys of a pack, when known, are read in the same pages, in whatever order they were noted', async () => {
  const db = new SidenoteDatabase();
  const own = Array.from({ length: 700 }, (_, i) => `2402.${String(i).padStart(5, '0')}`);
  await db.papers.bulkPut([...own.map((key) => row(key, ['pack-b'])), row('2402.00003', ['bundled', 'pack-b'])]);
  const ready = new Set(['bundled', 'pack-b']);
  const read = async (keys?: string[]) => {
    const { others, owned } = await packContents(db, 'pack-b', ready, keys);
    const pages: string[][] = [];
    for await (const page of owned.pages()) pages.push(keysOf([...page]));
    return { others: keysOf(others), count: owned.count, pages };
  };
  const scanned = await read();
  expect(scanned.pages.map((page) => page.length)).toEqual([499, 200]);
  expect(await read([...own].reverse())).toEqual(scanned);
});

test('the next page is asked for while the reader is still on the one before', async () => {
  const db = new SidenoteDatabase();
  let reads = 0;
  // Counts the range reads the pages make, as the database receives them.
  db.use({
    stack: 'dbcore',
    name: 'count-reads',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return { ...table, query: (request) => ((reads += 1), table.query(request)) };
      },
    }),
  });
  const own = Array.from({ length: 1_200 }, (_, i) => `2403.${String(i).padStart(5, '0')}`);
  await db.papers.bulkPut(own.map((key) => row(key, ['pack-b'])));
  const { owned } = await packContents(db, 'pack-b', new Set(['pack-b']), own);

  const readsSeen: number[] = [];
  for await (const page of owned.pages()) {
    // Another turn of the event loop, as a reader indexing the page with pauses takes.
    await new Promise((resolve) => setTimeout(resolve, 0));
    readsSeen.push(reads);
    expect(page.length).toBeGreaterThan(0);
  }
  expect(readsSeen).toEqual([2, 3, 3]);
});
