import { PackImportGone } from '../catalogue/pack-store';
import { SidenoteDatabase } from '../db/database';
import { getMeta } from '../db/meta';
import type { Paper } from '../paper';
import { bundledCatalogueText, bundledPaper } from '../../tests/support/catalogue';
import { GENERATED_CATALOGUE_TEST_MS, generatedPapers } from '../../tests/support/generated-catalogue';
import { runAtOnce } from '../steps';
import { Library } from './library';
import { buildShard } from './shard';

const catalogue = () => Promise.resolve(bundledCatalogueText);
const keys = (hits: { paper: Paper }[]) => hits.map((hit) => hit.paper.key);

const TOPICS = ['surface code decoding', 'magic state distillation', 'qubit readout calibration'];

/** Papers of a pack on quantum error correction: a vocabulary the bundled catalogue does not have. */
function quantumPapers(count: number, from = 0): Paper[] {
  return Array.from({ length: count }, (_, i) => {
    const n = from + i;
    const topic = TOPICS[n % TOPICS.length]!;
    return {
      key: `2403.${String(n).padStart(5, '0')}`,
      arxivId: `2403.${String(n).padStart(5, '0')}`,
      title: `Fault-tolerant ${topic} with zebrafish lattices ${n}`,
      authors: [`Quinn Lattice${n % 4}`],
      abstract: `We study ${topic} for fault-tolerant quantum computing on zebrafish lattices, with logical qubits and syndrome extraction.`,
      date: '2024-03-01',
      categories: ['quant-ph'],
      links: [],
    };
  });
}

async function importPack(library: Library, papers: Paper[], batch = 10) {
  const pack = await library.beginPackImport({ name: 'Quantum error correction', bytes: 12_345 });
  for (let i = 0; i < papers.length; i += batch) await library.addPackPapers(pack.id, papers.slice(i, i + batch));
  return library.finishPackImport(pack.id, { skipped: 0 });
}

test('an import loads the index before its first batch: a search during the import finds it ready', async () => {
  const db = new SidenoteDatabase();
  await new Library(db, catalogue).beginPackImport({ name: 'Quantum error correction', bytes: 1 });
  expect(await db.indexShards.get('bundled')).toBeDefined();
  expect(await getMeta(db, 'indexLoad')).toMatchObject({ source: 'rebuilt', builds: 1 });
});

test('a pack is invisible while it is imported and appears whole when finished: search, related, lookups and the pack list', async () => {
  const db = new SidenoteDatabase();
  const library = new Library(db, catalogue);
  const papers = quantumPapers(30);
  const pack = await library.beginPackImport({ name: 'Quantum error correction', bytes: 12_345 }, 1_700_000_000_000);
  await library.addPackPapers(pack.id, papers.slice(0, 20));

  expect(await library.search('zebrafish lattices', 10)).toEqual([]);
  expect(await library.paperByKey(papers[0]!.key)).toBeNull();
  expect(await library.listingMarks([papers[0]!.key])).toEqual({});

  await library.addPackPapers(pack.id, papers.slice(20));
  const published = await library.finishPackImport(pack.id, { skipped: 2 }, 1_700_000_000_500);
  expect(published).toMatchObject({ name: 'Quantum error correction', state: 'ready', papers: 30, bytes: 12_345, skipped: 2, importedAt: 1_700_000_000_500 });

  const hits = await library.search('zebrafish lattices', 50);
  expect(hits).toHaveLength(30);
  expect(hits[0]!.total).toBe(30);
  expect(await library.paperByKey(papers[0]!.key)).toEqual(papers[0]);
  expect(await library.listingMarks([papers[0]!.key])).toEqual({ [papers[0]!.key]: 'catalogued' });
  const related = await library.related(papers[0]!, 5);
  expect(related.length).toBeGreaterThan(0);
  expect(related.every((entry) => entry.paper.title.includes('surface code decoding'))).toBe(true);
  // The bundled catalogue answers as before.
  expect(keys(await library.search('linguistically-motivated', 5))[0]).toBe('2211.05344');

  expect((await library.listPacks()).map((row) => [row.id === 'bundled' ? 'bundled' : row.name, row.papers])).toEqual([
    ['bundled', 119],
    ['Quantum error correction', 30],
  ]);
});

test('a worker stopped mid-import resumes from the stored batches: batches sent again add nothing twice', async () => {
  const db = new SidenoteDatabase();
  const first = new Library(db, catalogue);
  const papers = quantumPapers(25);
  const pack = await first.beginPackImport({ name: 'Quantum', bytes: 1 });
  await first.addPackPapers(pack.id, papers.slice(0, 10));
  await first.addPackPapers(pack.id, papers.slice(10, 20));

  // A new worker: nothing of the first one's memory survives; the options page sends the last batch again.
  const woken = new Library(db, catalogue);
  expect(await woken.search('zebrafish', 10)).toEqual([]);
  expect(await woken.addPackPapers(pack.id, papers.slice(10, 20))).toEqual({ papers: 20 });
  expect(await woken.addPackPapers(pack.id, papers.slice(20))).toEqual({ papers: 25 });
  await woken.finishPackImport(pack.id, { skipped: 0 });

  expect(await db.papers.where('packs').equals(pack.id).count()).toBe(25);
  expect(await woken.search('zebrafish lattices', 50)).toHaveLength(25);
  expect((await db.packs.get(pack.id))?.papers).toBe(25);
});

test('a cancelled import, or one that failed midway, leaves nothing behind, and its late batches are refused', async () => {
  const db = new SidenoteDatabase();
  const library = new Library(db, catalogue);
  await library.listPacks();
  const before = await db.papers.count();
  const pack = await library.beginPackImport({ name: 'Quantum', bytes: 1 });
  await library.addPackPapers(pack.id, quantumPapers(10));
  await library.removePack(pack.id);

  await expect(library.addPackPapers(pack.id, quantumPapers(5, 10))).rejects.toThrow(PackImportGone);
  await expect(library.finishPackImport(pack.id, { skipped: 0 })).rejects.toThrow(PackImportGone);
  expect(await db.papers.count()).toBe(before);
  expect(await db.packs.get(pack.id)).toBeUndefined();
  expect(await library.search('zebrafish', 10)).toEqual([]);
});

test('removing a pack takes its papers out of the index; bookmarks keep theirs, and papers another pack holds stay', async () => {
  const db = new SidenoteDatabase();
  const library = new Library(db, catalogue);
  const lert = bundledPaper('2211.05344');
  const papers = [...quantumPapers(12), lert];
  const pack = await importPack(library, papers);
  const saved = papers[3]!;
  await library.toggleBookmark(saved);

  await library.removePack(pack.id);

  expect(await db.papers.where('packs').equals(pack.id).count()).toBe(0);
  expect(keys(await library.search('zebrafish lattices', 50))).toEqual([saved.key]);
  expect((await library.search('zebrafish lattices', 50))[0]).toMatchObject({ bookmarked: true });
  expect(await library.paperByKey(papers[0]!.key)).toBeNull();
  expect(await library.paperByKey(lert.key)).toEqual(lert);
  expect(keys(await library.search('linguistically-motivated', 5))[0]).toBe(lert.key);
  expect((await library.listBookmarks()).bookmarks.map((bookmark) => bookmark.key)).toEqual([saved.key]);
  expect((await library.listPacks()).map((row) => row.id)).toEqual(['bundled']);
});

test('a worker stopped while removing a pack finishes the removal when it wakes', async () => {
  const db = new SidenoteDatabase();
  const pack = await importPack(new Library(db, catalogue), quantumPapers(12));
  // The removal began (the pack is hidden) and the worker stopped before deleting anything.
  await db.packs.update(pack.id, { state: 'removing' });

  const woken = new Library(db, catalogue);
  expect(await woken.search('zebrafish', 10)).toEqual([]);
  expect(await db.papers.where('packs').equals(pack.id).count()).toBe(0);
  expect(await db.packs.get(pack.id)).toBeUndefined();
});

test('a woken worker loads every shard from its snapshot, the imported pack included', async () => {
  const db = new SidenoteDatabase();
  const library = new Library(db, catalogue);
  await importPack(library, quantumPapers(15));
  const before = await library.search('magic state', 10);

  const woken = new Library(db, () => Promise.reject(new Error('a woken worker must not reread the catalogue')));
  expect(await woken.search('magic state', 10)).toEqual(before);
  expect(await getMeta(db, 'indexLoad')).toMatchObject({ source: 'snapshot' });
});

test('a large pack’s snapshot is stored with its long parts deflated; a woken worker reads it, and rebuilds a damaged one', async () => {
  const db = new SidenoteDatabase();
  const library = new Library(db, catalogue);
  // Enough papers for long terms, postings and features; their document list (a key and a date each) stays short.
  const papers = generatedPapers(600);
  const pack = await importPack(library, papers, 200);
  const query = papers[7]!.title.split(' ').slice(0, 3).join(' ');
  const before = await library.search(query, 10);
  expect(before.length).toBeGreaterThan(0);
  const stored = (await db.indexShards.get(pack.id))!;
  for (const long of [stored.index.text, stored.index.postings, stored.termStats.features]) expect(long).toHaveProperty('deflated');
  expect(typeof stored.index.documents).toBe('string');

  const woken = new Library(db, () => Promise.reject(new Error('a woken worker must not reread the catalogue')));
  expect(await woken.search(query, 10)).toEqual(before);
  expect(await getMeta(db, 'indexLoad')).toMatchObject({ source: 'snapshot' });

  const { deflated } = stored.index.text as { deflated: Blob };
  expect(deflated).toBeInstanceOf(Blob);
  await db.indexShards.put({ ...stored, index: { ...stored.index, text: { deflated: deflated.slice(0, Math.floor(deflated.size / 2)) } } });
  expect(await new Library(db, catalogue).search(query, 10)).toEqual(before);
  expect(await getMeta(db, 'indexLoad')).toMatchObject({ source: 'rebuilt' });
}, GENERATED_CATALOGUE_TEST_MS);

test('after an import the worker answers from the shard as stored, as it would from one built anew: prefixes, typos, related', async () => {
  const db = new SidenoteDatabase();
  const library = new Library(db, catalogue);
  const papers = generatedPapers(600);
  const pack = await importPack(library, papers, 200);
  const title = papers[11]!.title;
  const typed = [...title.slice(0, 24)].map((_, i) => title.slice(0, i + 1));
  const typo = title.split(' ').map((word) => (word.length > 5 ? word.slice(0, 2) + word.slice(3) : word)).join(' ');
  const answers = async (asked: Library) => ({
    typed: await Promise.all(typed.map((query) => asked.search(query, 10))),
    typo: await asked.search(typo, 10),
    related: await asked.related(papers[3]!, 10),
  });
  const afterImport = await answers(library);
  expect(afterImport.typo.length).toBeGreaterThan(0);
  expect(afterImport.related.length).toBeGreaterThan(0);

  // A worker woken without the pack's stored shard builds it anew from the pack's papers.
  await db.indexShards.delete(pack.id);
  const rebuilt = new Library(db, catalogue);
  expect(await answers(rebuilt)).toEqual(afterImport);
  expect(await getMeta(db, 'indexLoad')).toMatchObject({ source: 'rebuilt' });
}, GENERATED_CATALOGUE_TEST_MS);

test('a paper in a pack and in the bundled catalogue is found once, and stays when the pack goes', async () => {
  const db = new SidenoteDatabase();
  const library = new Library(db, catalogue);
  const lert = bundledPaper('2211.05344');
  const pack = await importPack(library, [{ ...lert, title: 'A different title the pack gives it' }, ...quantumPapers(3)]);
  expect(keys(await library.search('LERT', 10)).filter((key) => key === lert.key)).toHaveLength(1);
  // The paper keeps the metadata it was first stored with.
  expect((await library.paperByKey(lert.key))?.title).toBe(lert.title);
  await library.removePack(pack.id);
  expect(await library.paperByKey(lert.key)).toEqual(lert);
});

test('deleting all data removes imported packs too, and keeps the bundled catalogue', async () => {
  const db = new SidenoteDatabase();
  const library = new Library(db, catalogue);
  await importPack(library, quantumPapers(12));
  await library.toggleBookmark(quantumPapers(1)[0]!);

  await library.deleteAll();

  expect((await library.listPacks()).map((row) => row.id)).toEqual(['bundled']);
  expect(await library.search('zebrafish', 10)).toEqual([]);
  expect(await db.papers.count()).toBe(119);
  expect(keys(await library.search('linguistically-motivated', 5))[0]).toBe('2211.05344');
});

describe('statistics counted while batches arrive', () => {
  /** The statistics a pack's shard was stored with, as the snapshot holds them. */
  const storedStats = async (db: SidenoteDatabase, packId: string) => (await db.indexShards.get(packId))!.termStats;
  /** What counting the pack's own papers from scratch gives: the shard's statistics must be these. */
  const countedFromScratch = async (papers: Paper[]) => runAtOnce((await buildShard(papers, 'v', { lean: false })).stats.snapshotSteps());

  test('are those of the papers the pack indexes: a batch sent twice counts once, a paper another pack holds not at all', async () => {
    const db = new SidenoteDatabase();
    const library = new Library(db, catalogue);
    const papers = quantumPapers(30);
    const bundled = bundledPaper('2211.05344');
    const pack = await library.beginPackImport({ name: 'Quantum error correction', bytes: 1 });
    await library.addPackPapers(pack.id, papers.slice(0, 15));
    await library.addPackPapers(pack.id, papers.slice(0, 15));
    await library.addPackPapers(pack.id, [...papers.slice(15), bundled]);
    await library.finishPackImport(pack.id, { skipped: 0 });
    expect(await storedStats(db, pack.id)).toEqual(await countedFromScratch(papers));
  });

  test('are counted from the database when the worker stopped mid-import and lost them', async () => {
    const db = new SidenoteDatabase();
    const papers = quantumPapers(30);
    const before = new Library(db, catalogue);
    const pack = await before.beginPackImport({ name: 'Quantum error correction', bytes: 1 });
    await before.addPackPapers(pack.id, papers.slice(0, 12));
    const woken = new Library(db, catalogue);
    await woken.addPackPapers(pack.id, papers.slice(12));
    await woken.finishPackImport(pack.id, { skipped: 0 });
    expect(await storedStats(db, pack.id)).toEqual(await countedFromScratch(papers));
    expect((await woken.search('zebrafish lattices', 50)).length).toBe(30);
  });
});

test('a snippet kept from an earlier search gives way to the paper’s new abstract when its pack is imported again', async () => {
  const library = new Library(new SidenoteDatabase(), catalogue);
  const [first] = quantumPapers(1);
  const snippetOf = async () => (await library.search('zebrafish', 5)).find((hit) => hit.paper.key === first!.key)?.snippet;
  const pack = await importPack(library, [first!]);
  expect(await snippetOf()).toBe(first!.abstract);
  expect(await snippetOf()).toBe(first!.abstract);

  await library.removePack(pack.id);
  const rewritten = { ...first!, abstract: 'Zebrafish lattices revisited: a shorter abstract.' };
  await importPack(library, [rewritten]);
  expect(await snippetOf()).toBe(rewritten.abstract);
});
