/** The report rows of a pack import: its wall time and papers per second, and the round trips probed while it ran. */
import type { BenchRow } from '../report';
import type { ImportProbe, ImportResult } from './import-stage';
import type { PackFile } from './pack-file';
import { ENGINE, latencyRow, SUITE } from './rows';

/** The round trip a popup or panel should keep to while a pack imports. */
export const DURING_IMPORT_TARGET_MS = 200;

/**
 * The import row (one sample: its wall time, with the IndexedDB footprint after it) and a row per probed message.
 *
 * @example
 * rows.push(...importRows(10_000, pack, imported, 31.5));
 */
export function importRows(size: number, pack: PackFile, imported: ImportResult, indexedDbMB: number | undefined): BenchRow[] {
  const seconds = imported.wallMs / 1000;
  // The file is read until the bar reaches 100%; indexing and publishing follow. Known to within a probe's period.
  const indexingFrom = imported.probes.find((probe) => probe.phase === 'finishing')?.atS;
  const importRow: BenchRow = {
    suite: SUITE,
    engine: ENGINE,
    size,
    operation: 'pack import: file chosen → "Imported" status',
    p50: imported.wallMs,
    p95: imported.wallMs,
    max: imported.wallMs,
    ...(indexedDbMB === undefined ? {} : { memoryMB: indexedDbMB }),
    extra: {
      papers: imported.papers,
      papersPerSecond: Math.round(imported.papers / seconds),
      fileMB: pack.bytes / 2 ** 20,
      ...(indexingFrom === undefined ? {} : { fileReadS: Math.round(indexingFrom * 10) / 10 }),
      ...(imported.error ? { error: imported.error } : {}),
    },
  };
  const probeRow = (kind: ImportProbe['kind'], operation: string) => {
    const probes = imported.probes.filter((probe) => probe.kind === kind);
    const answered = probes.filter((probe) => probe.ok);
    const phaseMax = (phase: ImportProbe['phase']) => Math.max(0, ...answered.filter((probe) => probe.phase === phase).map((probe) => probe.ms));
    return latencyRow(
      size,
      operation,
      answered.map((probe) => probe.ms),
      {
        extra: {
          overTarget: answered.filter((probe) => probe.ms > DURING_IMPORT_TARGET_MS).length,
          failed: probes.length - answered.length,
          maxWhileReading: phaseMax('reading'),
          maxWhileFinishing: phaseMax('finishing'),
        },
      },
    );
  };
  return [
    importRow,
    ...[probeRow('search', 'search round trip during import'), probeRow('relatedPapers', 'related round trip during import')].filter(
      (row): row is BenchRow => row !== null,
    ),
  ];
}
