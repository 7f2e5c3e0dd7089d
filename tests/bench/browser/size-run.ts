/** One corpus size in a fresh browser profile: import the pack, then time panels, popup, warm and cold messages, memory. */
import type { BenchRow } from '../report';
import { bundledSeedPapers } from '../papers';
import { keystrokeSessions, relatedQueries } from '../workload';
import { ExtensionBrowser } from '../../e2e/harness/browser';
import type { Paper } from '../../../lib/paper';
import type { TestServer } from '../../e2e/harness/server';
import { measureColdWorker, measureColdWorkerUnattended, playwrightWorker } from './cold-worker-stage';
import { importPack } from './import-stage';
import { DURING_IMPORT_TARGET_MS, importRows } from './import-rows';
import { measureKeystrokes } from './keystroke-stage';
import { indexedDbMB, workerHeapMB, workerMemoryMB } from './memory';
import { ensurePackFile } from './pack-file';
import { measurePanels } from './panel-stage';
import { measurePopupQueries } from './popup-stage';
import { measureRoundTrips } from './round-trips';
import { latencyRow } from './rows';
import { stage, type StageError } from './stage';

/** How much of each measurement one size takes. */
export interface SizeSettings {
  panels: number;
  queries: number;
  keystrokeSessions: number;
  coldStarts: number;
  importBudgetMs: number;
  /** Also time cold starts before the import, with the bundled catalogue alone (once per run is enough). */
  bundledColdStarts: boolean;
}

/** Memory after the import, in use, and after the cold starts, in MB. */
export interface SizeMemory {
  indexedDbMB?: number;
  /** After the import and the idle round trips: the new shard read back from its snapshot and prepared. */
  workerHeapAfterImportMB?: number;
  /** After the keystrokes, a minute later: the postings searches decoded, as a worker in use holds them. */
  workerHeapInUseMB?: number;
  /** Outside the heap at the same time: the array buffers of the snapshots and decoded postings. */
  workerArrayBuffersInUseMB?: number;
  /** Right after the last cold start. */
  workerHeapAfterColdStartMB?: number;
}

/** Everything one size measured, and what failed. */
export interface SizeResult {
  size: number;
  source: string;
  rows: BenchRow[];
  memory: SizeMemory;
  /** How the cold-started worker got its index each time (`snapshot` or `rebuilt`). */
  indexLoads: string[];
  /** Failed steps, and notes such as pages whose panel never showed. */
  errors: StageError[];
}

/**
 * Runs every measurement of `size` in a browser launched on a new profile (only the bundled catalogue), closed after.
 *
 * @example
 * const result = await runSize(10_000, server, settings);
 */
export async function runSize(size: number, server: TestServer, settings: SizeSettings): Promise<SizeResult> {
  const result: SizeResult = { size, source: '', rows: [], memory: {}, indexLoads: [], errors: [] };
  const { errors, rows, memory } = result;
  const add = (...more: (BenchRow | null)[]) => rows.push(...more.filter((row): row is BenchRow => row !== null));
  const notes = (name: string, failures: readonly string[]) => noteFailures(errors, name, failures);

  const pack = await stage('pack file', errors, () => ensurePackFile(size));
  if (!pack) return result;
  result.source = `${pack.source} (${(pack.bytes / 2 ** 20).toFixed(1)} MB)`;
  console.log(`size ${size.toLocaleString('en-US')}: ${result.source}`);
  const sessions = keystrokeSessions(pack.papers, Math.max(settings.queries, settings.keystrokeSessions));
  const queries = sessions.map((session) => session.query);
  const panelPapers = relatedQueries(pack.papers, settings.panels);
  const coldPapers = relatedQueries(pack.papers, settings.coldStarts, 5);

  const browser = await ExtensionBrowser.launch({ server });
  try {
    const e2e = { server, browser };
    if (settings.bundledColdStarts) {
      const bundled = bundledSeedPapers();
      add(...(await coldStartRows(browser, bundled.length, relatedQueries(bundled, settings.coldStarts, 5), 'bundled catalogue', errors)).rows);
    }
    const imported = await stage('import', errors, () =>
      importPack(browser, pack, { queries, relatedTo: panelPapers, budgetMs: settings.importBudgetMs, probeEveryMs: 1000 }),
    );
    if (!imported) return result;
    for (const probe of imported.probes.filter((probe) => probe.ms > DURING_IMPORT_TARGET_MS)) {
      console.log(`    slow probe at ${probe.atS.toFixed(1)} s (${probe.phase}, bar: ${probe.progress}): ${probe.kind} ${probe.ms.toFixed(0)} ms`);
    }
    notes('import probes', [...new Set(imported.probes.filter((probe) => !probe.ok).map((probe) => `${probe.kind}: ${probe.error}`))]);
    const probePage = await browser.openPopup();
    memory.indexedDbMB = await stage('IndexedDB footprint', errors, () => indexedDbMB(probePage));
    add(...importRows(size, pack, imported, memory.indexedDbMB));
    if (imported.error) {
      errors.push({ stage: 'import', error: imported.error });
      return result;
    }
    const warm = await stage('warm round trips', errors, () => measureRoundTrips(probePage, queries.slice(0, settings.queries), panelPapers));
    if (warm) {
      add(latencyRow(size, 'search round trip, idle', warm.searchMs), latencyRow(size, 'related round trip, idle', warm.relatedMs));
      notes('warm round trips', warm.failures);
    }
    // After the round trips, not before: the round trips that followed the collection DevTools forces to read the
    // heap started slow, as if the worker's code were compiled anew (the first search 34 to 40 ms rather than 18 to
    // 23, the first two related-papers questions 57 to 81 ms rather than 18 to 41): the bench's reading set those.
    memory.workerHeapAfterImportMB = await stage('worker heap', errors, () => workerHeapMB(browser, probePage));

    const panels = await stage('panels', errors, () => measurePanels(e2e, panelPapers));
    if (panels) {
      add(latencyRow(size, 'panel: goto → first related entry', panels.samplesMs, { extra: { empty: panels.empty, failed: panels.failures.length } }));
      notes('panels', panels.failures);
    }

    const popup = await stage('popup queries', errors, () => measurePopupQueries(browser, queries.slice(0, settings.queries)));
    if (popup) {
      add(
        latencyRow(size, 'popup: open → search box', popup.openMs),
        latencyRow(size, 'popup: full query → results status', popup.queryMs, { extra: { noMatch: popup.noMatch, failed: popup.failures.length } }),
      );
      notes('popup queries', popup.failures);
    }

    const keys = await stage('popup keystrokes', errors, () => measureKeystrokes(browser, sessions.slice(0, settings.keystrokeSessions)));
    if (keys) {
      add(
        latencyRow(size, 'popup: keystroke → answer received', keys.answeredMs),
        latencyRow(size, 'popup: keystroke → results drawn (one key at a time)', keys.samplesMs, { extra: { failed: keys.failures.length } }),
      );
      notes('popup keystrokes', keys.failures);
      const slowest = keys.samplesMs.map((ms, i) => ({ ms, typed: keys.typed[i]! })).sort((a, b) => b.ms - a.ms).slice(0, 5);
      console.log(`    slowest keys: ${slowest.map(({ ms, typed }) => `"${typed}" ${ms.toFixed(0)} ms`).join(', ')}`);
    }
    const inUse = await stage('worker heap in use', errors, () => workerMemoryMB(browser, probePage));
    memory.workerHeapInUseMB = inUse?.heapMB;
    memory.workerArrayBuffersInUseMB = inUse?.arrayBuffersMB;

    await probePage.close();
    const cold = await coldStartRows(browser, size, coldPapers, `${size.toLocaleString('en-US')} papers`, errors);
    add(...cold.rows);
    result.indexLoads = cold.indexLoads;
    memory.workerHeapAfterColdStartMB = cold.heapMB;
    return result;
  } finally {
    await browser.close();
  }
}

/**
 * Cold starts of the worker holding `catalogueSize` papers, timed twice: driven by Playwright, which holds the woken
 * worker until it has attached, and then in the same profile with no debugger attached, as users have it (the target).
 */
async function coldStartRows(browser: ExtensionBrowser, catalogueSize: number, papers: readonly Paper[], label: string, errors: StageError[]) {
  const page = await browser.openPopup();
  const attached = await stage(`cold worker, ${label}, Playwright attached`, errors, () => measureColdWorker(playwrightWorker(browser, page), papers));
  await page.close();
  const unattended = await stage(`cold worker, ${label}`, errors, () =>
    browser.whileClosed((profile) => measureColdWorkerUnattended(profile, browser.extensionId, papers)),
  );
  const rows: (BenchRow | null)[] = [];
  for (const [cold, name] of [
    [attached, 'cold worker, Playwright attached: relatedPapers → answer'],
    [unattended, 'cold worker: relatedPapers → answer'],
  ] as const) {
    if (!cold) continue;
    rows.push(latencyRow(catalogueSize, name, cold.samplesMs, { ...(cold.heapMB === undefined ? {} : { memoryMB: cold.heapMB }), extra: { indexLoads: summarize(cold.indexLoads) } }));
    noteFailures(errors, `cold worker, ${label}`, cold.failures);
  }
  return { rows, indexLoads: unattended?.indexLoads ?? [], heapMB: unattended?.heapMB };
}

/** Each failure of a stage, as an error of `stage`. */
function noteFailures(errors: StageError[], stage: string, failures: readonly string[]): void {
  for (const failure of failures) errors.push({ stage, error: failure });
}

/** `['snapshot', 'snapshot', 'rebuilt']` as `'snapshot×2, rebuilt×1'`. */
function summarize(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, count]) => `${value}×${count}`).join(', ');
}
