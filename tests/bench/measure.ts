/** Timing and heap measurement shared by every engine suite. */
import type { KeystrokeSession } from './workload';

/** Per-keystroke latencies of a run over keystroke sessions, and how many results the keystrokes found. */
export interface KeystrokeTimings {
  samplesMs: number[];
  meanHits: number;
  /** Share of keystrokes that found nothing: a sanity check that the workload asks for words the corpus has. */
  noHitShare: number;
}

/**
 * Heap in use after a full garbage collection, in bytes. Without `--expose-gc` the figure includes garbage, so it
 * says so once on stderr.
 *
 * @example
 * const before = heapUsedAfterGc();
 * const index = build(papers);
 * const indexMB = megabytes(heapUsedAfterGc() - before);
 */
export function heapUsedAfterGc(): number {
  if (globalThis.gc) {
    // A second pass collects what the first one's finalizers released.
    globalThis.gc();
    globalThis.gc();
  } else warnOnceWithoutGc();
  return process.memoryUsage().heapUsed;
}

let warnedWithoutGc = false;
function warnOnceWithoutGc() {
  if (warnedWithoutGc) return;
  warnedWithoutGc = true;
  console.error('heap figures include garbage: run node with --expose-gc');
}

/**
 * Bytes as mebibytes.
 *
 * @example
 * megabytes(3 * 2 ** 20); // 3
 */
export function megabytes(bytes: number): number {
  return bytes / 2 ** 20;
}

/**
 * Times `search` on every prefix of every session, in typing order. `search` returns its number of results, or a
 * promise of it; a synchronous engine is not awaited, so it pays no microtask it would not pay in the popup.
 * Nothing is warmed up first: a popup opens cold, so the first keystrokes' cost belongs in the max.
 *
 * @example
 * const { samplesMs } = await measureKeystrokes(workload.sessions, (typed) => engine.search(typed, 10).length);
 */
export async function measureKeystrokes(
  sessions: readonly KeystrokeSession[],
  search: (typed: string) => number | Promise<number>,
): Promise<KeystrokeTimings> {
  const samplesMs: number[] = [];
  let hits = 0;
  let noHits = 0;
  for (const session of sessions) {
    for (const typed of session.prefixes) {
      const started = performance.now();
      const result = search(typed);
      const found = typeof result === 'number' ? result : await result;
      samplesMs.push(performance.now() - started);
      hits += found;
      if (found === 0) noHits++;
    }
  }
  return { samplesMs, meanHits: hits / samplesMs.length, noHitShare: noHits / samplesMs.length };
}

/**
 * Times `run` once per item, in milliseconds, awaiting it when it returns a promise.
 *
 * @example
 * const samplesMs = await measureEach(workload.relatedPapers, (paper) => library.related(paper, 5));
 */
export async function measureEach<T>(items: readonly T[], run: (item: T) => unknown): Promise<number[]> {
  const samplesMs: number[] = [];
  for (const item of items) {
    const started = performance.now();
    const result = run(item);
    if (result instanceof Promise) await result;
    samplesMs.push(performance.now() - started);
  }
  return samplesMs;
}
