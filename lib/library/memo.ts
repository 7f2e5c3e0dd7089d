/** Memoises an async task for the worker's lifetime, forgetting it on failure or on demand so the next call runs it again. */

/** A memoised task: `get` runs it once and shares the promise; `reset` forgets it; `replace` gives the value outright. */
export interface Memo<T> {
  get(): Promise<T>;
  reset(): void;
  replace(value: T): void;
}

/**
 * @example
 * const index = memo(() => loadIndexState(db));
 * await index.get(); // loads once
 * index.reset();     // the catalogue changed: load again on next use
 * index.replace(updated); // or hand it the state already updated
 */
export function memo<T>(task: () => Promise<T>): Memo<T> {
  let pending: Promise<T> | undefined;
  return {
    get() {
      pending ??= task().catch((error: unknown) => {
        pending = undefined;
        throw error;
      });
      return pending;
    },
    reset() {
      pending = undefined;
    },
    replace(value) {
      pending = Promise.resolve(value);
    },
  };
}
