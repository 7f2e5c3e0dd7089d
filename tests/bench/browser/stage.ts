/** Runs one step of a size's benchmark so that its failure is recorded and the next steps still run. */

/** A step that failed, for the table's notes and the BENCH line. */
export interface StageError {
  stage: string;
  error: string;
}

/**
 * Runs `step`, logging how long it took; on failure records `{ stage, error }` in `errors` and returns undefined.
 *
 * @example
 * const panels = await stage('panel', errors, () => measurePanels(e2e, papers));
 */
export async function stage<T>(name: string, errors: StageError[], step: () => Promise<T>): Promise<T | undefined> {
  const started = performance.now();
  try {
    const value = await step();
    console.log(`  ${name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return value;
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    console.log(`  ${name}: FAILED after ${((performance.now() - started) / 1000).toFixed(1)} s: ${message}`);
    errors.push({ stage: name, error: message });
    return undefined;
  }
}
