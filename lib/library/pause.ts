/** A pause in long work, so the worker answers the messages that arrived meanwhile. */

/**
 * Resolves once the messages already queued have been handled.
 *
 * @example
 * for (const chunk of chunks) { index(chunk); await pause(); }
 */
export function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Calls `each` on every item, `chunkSize` items at a time, with a pause between two chunks.
 *
 * @example
 * await forEachInChunks(papers, 100, (paper) => stats.add(paper));
 */
export async function forEachInChunks<T>(items: readonly T[], chunkSize: number, each: (item: T) => void): Promise<void> {
  for (let start = 0; start < items.length; start += chunkSize) {
    if (start > 0) await pause();
    for (const item of items.slice(start, start + chunkSize)) each(item);
  }
}
