/** Pauses in long work, so the worker answers the messages that arrived meanwhile. */

/**
 * Work done between two pauses: short enough that a message waits little for it, long enough that the pauses cost
 * nothing that shows.
 */
export const SLICE_MS = 20;

/** The task scheduler of browsers that have one (Chromium's workers do); not in Node's or TypeScript's globals. */
type TaskScheduler = { postTask: (task: () => void, options: { priority: 'background' }) => Promise<void> };

/**
 * Resolves once the messages already queued have been handled. Where the browser schedules tasks by priority, the
 * rest of the work goes after every other task, at no cost; `setTimeout` is the fallback, which Chromium holds back
 * 4 ms each time once timeouts nest: 4 s over the thousand pauses of a large import.
 *
 * @example
 * for (const chunk of chunks) { index(chunk); await pause(); }
 */
export function pause(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<TaskScheduler> }).scheduler;
  if (typeof scheduler?.postTask === 'function') return scheduler.postTask(() => undefined, { priority: 'background' });
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Calls `each` on every item, pausing whenever `sliceMs` have passed since the last pause: items of any size,
 * on a fast or a slow machine, hold the worker for about as long.
 *
 * @example
 * await forEachWithPauses(papers, (paper) => stats.add(paper));
 */
export async function forEachWithPauses<T>(items: Iterable<T>, each: (item: T) => void, sliceMs = SLICE_MS): Promise<void> {
  let sliceEnd = performance.now() + sliceMs;
  let started = false;
  for (const item of items) {
    if (started && performance.now() >= sliceEnd) {
      await pause();
      sliceEnd = performance.now() + sliceMs;
    }
    started = true;
    each(item);
  }
}
