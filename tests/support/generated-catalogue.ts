/** A large generated catalogue for unit tests that need one, and the time such a test is given. */
import type { Paper } from '../../lib/paper';
import { generateCorpus } from '../bench/corpus';
import { bundledSeedPapers, recordToPaper } from '../bench/papers';

/**
 * `count` papers of the benchmark's generated corpus (deterministic: the same papers every time).
 *
 * @example
 * const library = generatedPapers(3_000);
 */
export function generatedPapers(count: number): Paper[] {
  return Array.from(generateCorpus(bundledSeedPapers(), count), recordToPaper);
}

/** Hundreds of searches over a generated catalogue take seconds, and more on a loaded machine. */
export const GENERATED_CATALOGUE_TEST_MS = 60_000;
