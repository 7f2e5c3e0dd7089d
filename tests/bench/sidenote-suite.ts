/** Sidenote's own engine, through its real `Library` over fake IndexedDB: pack import, keystrokes, related papers, cold wake. */
import 'fake-indexeddb/auto';
import './extension-environment';
import { SidenoteDatabase } from '../../lib/db/database';
import { Library } from '../../lib/library/library';
import type { EngineSuite } from './bench';
import { heapUsedAfterGc, measureEach, measureKeystrokes, megabytes } from './measure';
import { bundledCatalogueText } from './papers';
import { percentiles, type BenchRow } from './report';

const ENGINE = 'Sidenote (MiniSearch shards)';
/** The popup's page of results; the first `COMPARED` of it are checked against an unhurried search. */
const RESULTS_PER_KEYSTROKE = 20;
const COMPARED = 10;
const RELATED_ENTRIES = 5;
/** Papers per message, as the options page sends them. */
const BATCH = 500;
const COLD_WAKES = 5;
/** Keystrokes whose top 10 is compared with an unhurried search's. */
const AGREEMENT_SAMPLE = 300;

/**
 * Imports the papers as one pack the way the options page does (batches, then publish), then measures the popup's
 * search per keystroke, related papers with a warm worker, and a cold wake (a new `Library` on the same database)
 * to its first related answer. Heap figures are the growth over the heap before the library existed.
 *
 * @example
 * const rows = await sidenoteSuite(papers, workload);
 */
export const sidenoteSuite: EngineSuite = async (papers, workload) => {
  const size = papers.length;
  const row = (operation: string, samples: number[], extra: BenchRow['extra'] = {}, memoryMB?: number): BenchRow => ({
    suite: 'node',
    engine: ENGINE,
    size,
    operation,
    ...percentiles(samples),
    ...(memoryMB === undefined ? {} : { memoryMB }),
    extra,
  });
  const heapBefore = heapUsedAfterGc();
  const db = new SidenoteDatabase(`sidenote-bench-${size}-${Date.now()}`);
  const library = benchLibrary(db, () => Promise.resolve(bundledCatalogueText()));
  await library.listPacks();

  const importStarted = performance.now();
  const pack = await library.beginPackImport({ name: `corpus-${size}`, bytes: 0 });
  for (let i = 0; i < papers.length; i += BATCH) await library.addPackPapers(pack.id, papers.slice(i, i + BATCH));
  await library.finishPackImport(pack.id, { skipped: 0 });
  const importMs = performance.now() - importStarted;
  const warmHeapMB = megabytes(heapUsedAfterGc() - heapBefore);

  const sampleEvery = Math.max(1, Math.floor(workload.sessions.flatMap((session) => session.prefixes).length / AGREEMENT_SAMPLE));
  const sampled: { typed: string; keys: string[] }[] = [];
  let keystroke = 0;
  const keystrokes = await measureKeystrokes(workload.sessions, async (typed) => {
    const hits = await library.search(typed, RESULTS_PER_KEYSTROKE);
    if (keystroke++ % sampleEvery === 0) sampled.push({ typed, keys: hits.slice(0, COMPARED).map((hit) => hit.paper.key) });
    return hits.length;
  });
  const related = await measureEach(workload.relatedPapers, (paper) => library.related(paper, RELATED_ENTRIES));
  const agreement = await topTenAgreement(library, sampled);

  const coldWakes: number[] = [];
  let coldHeapMB = 0;
  for (let wake = 0; wake < COLD_WAKES; wake++) {
    const before = heapUsedAfterGc();
    const started = performance.now();
    // Each woken library's background work ends with its measurement, as a worker's ends when it is stopped.
    const stopped = new AbortController();
    const woken = benchLibrary(db, () => Promise.reject(new Error('a woken worker must not reread the catalogue')), stopped.signal);
    await woken.related(workload.relatedPapers[wake % workload.relatedPapers.length]!, RELATED_ENTRIES);
    coldWakes.push(performance.now() - started);
    stopped.abort();
    coldHeapMB = Math.max(coldHeapMB, megabytes(heapUsedAfterGc() - before));
  }
  const storedMB = megabytes(await storedBytes(db));
  db.close();

  return [
    row('pack import', [importMs], { papersPerSecond: Math.round(size / (importMs / 1000)) }, warmHeapMB),
    row('keystroke search', keystrokes.samplesMs, { keystrokes: keystrokes.samplesMs.length, top10SameAsUnhurried: agreement }),
    row('related papers (warm)', related, { queries: related.length }),
    row('cold wake to related', coldWakes, { storedMB: Math.round(storedMB) }, coldHeapMB),
  ];
};

/** A library whose settings are fixed, since the benchmark has no extension storage. */
function benchLibrary(db: SidenoteDatabase, catalogue: () => Promise<string>, signal?: AbortSignal): Library {
  const library = new Library(db, catalogue, { signal });
  library.preferBookmarked = () => Promise.resolve(true);
  return library;
}

/**
 * The share of sampled keystrokes whose top 10 is the same, in the same order, as an unhurried search's, which
 * searches the abstracts as well however many titles match: the popup's early answer must change nothing shown.
 */
async function topTenAgreement(library: Library, sampled: { typed: string; keys: string[] }[]): Promise<string> {
  let same = 0;
  for (const { typed, keys: shown } of sampled) {
    const unhurried = (await library.search(typed, RESULTS_PER_KEYSTROKE, { unhurried: true })).slice(0, COMPARED).map((hit) => hit.paper.key);
    if (unhurried.join() === shown.join()) same++;
  }
  return `${same}/${sampled.length}`;
}

/**
 * What the database holds: the JSON size of its rows, with byte arrays (index snapshots) counted at their length.
 * IndexedDB's own encoding in Chromium is near it.
 */
async function storedBytes(db: SidenoteDatabase): Promise<number> {
  let bytes = 0;
  const countingBinary = (_key: string, value: unknown) => {
    if (!ArrayBuffer.isView(value)) return value;
    bytes += value.byteLength;
    return 0;
  };
  for (const table of db.tables) await table.each((row) => void (bytes += JSON.stringify(row, countingBinary).length));
  return bytes;
}
