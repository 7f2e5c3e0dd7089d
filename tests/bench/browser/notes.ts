/** The lines under the table: memory per size, how cold workers loaded their index, and everything that failed. */
import type { SizeResult } from './size-run';

/**
 * Prints, per size, the memory figures and cold-start index loads, then each failed step or page.
 *
 * @example
 * printNotes(results);
 * // memory (MB)  IndexedDB  worker heap after import  in use  array buffers in use  after cold start  cold index loads
 * // 1,000        4.1        12.3                      14.0    2.1                   9.8               snapshot×5
 */
export function printNotes(results: readonly SizeResult[]): void {
  const mb = (value: number | undefined) => (value === undefined ? '-' : value.toFixed(1));
  const lines = [['memory (MB)', 'IndexedDB', 'worker heap after import', 'in use', 'array buffers in use', 'after cold start', 'cold index loads']];
  for (const { size, memory, indexLoads } of results) {
    const heaps = [memory.workerHeapAfterImportMB, memory.workerHeapInUseMB, memory.workerArrayBuffersInUseMB, memory.workerHeapAfterColdStartMB];
    lines.push([size.toLocaleString('en-US'), mb(memory.indexedDbMB), ...heaps.map(mb), indexLoads.join(' ') || '-']);
  }
  const widths = lines[0]!.map((_, column) => Math.max(...lines.map((line) => line[column]!.length)));
  console.log();
  for (const line of lines) console.log(line.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd());
  const failures = results.flatMap(({ size, errors }) => errors.map(({ stage, error }) => `  ${size.toLocaleString('en-US')} ${stage}: ${error}`));
  if (failures.length > 0) {
    console.log();
    console.log('failures');
    for (const failure of failures) console.log(failure);
  }
}
