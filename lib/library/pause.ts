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
