/**
 * Long work written once as a generator that yields between steps, then run either at once or with pauses between
 * the steps (so a worker keeps answering messages meanwhile).
 */

/**
 * Runs every step at once and returns the result.
 *
 * @example
 * const snapshot = runAtOnce(index.snapshotSteps());
 */
export function runAtOnce<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs the steps with `pause()` awaited between each two, and returns the result.
 *
 * @example
 * const snapshot = await runWithPauses(index.snapshotSteps(), () => new Promise((go) => setTimeout(go)));
 */
export async function runWithPauses<T>(steps: Generator<void, T>, pause: () => Promise<void>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}
