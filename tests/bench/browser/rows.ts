/** Turns the browser benchmark's samples into report rows for `printTable` and the BENCH line. */
import { percentiles, type BenchRow } from '../report';

/** The suite and engine every row of this benchmark carries. */
export const SUITE = 'browser';
export const ENGINE = 'Sidenote (Chromium)';

/**
 * A row of latency percentiles for one operation at one size; null when there are no samples.
 *
 * @example
 * latencyRow(10_000, 'panel: goto → first related entry', [412, 380, 455]);
 */
export function latencyRow(
  size: number,
  operation: string,
  samplesMs: readonly number[],
  more: { memoryMB?: number; extra?: Record<string, number | string> } = {},
): BenchRow | null {
  if (samplesMs.length === 0) return null;
  return { suite: SUITE, engine: ENGINE, size, operation, ...percentiles(samplesMs), ...more, extra: { samples: samplesMs.length, ...more.extra } };
}
