/** Tells a write refused for lack of disk space from other failures, so views can say what the reader can do. */

/**
 * Whether `error` (as the worker's answer carries it) is IndexedDB's quota error.
 *
 * @example
 * if (isStorageFull(error)) message += ' Your disk is full: free some space and try again.';
 */
export function isStorageFull(error: unknown): boolean {
  return error instanceof Error && /quota/i.test(`${error.name} ${error.message}`);
}

/** What to add to a failure message when the disk is full. */
export const STORAGE_FULL_ADVICE = 'Your disk is full: free some space and try again.';
