/** Benchmark figures: percentiles, the table people read, and the one `BENCH {json}` line machines read. */
import { cpus, platform, release, totalmem } from 'node:os';

/** Latency percentiles of one operation, in milliseconds. */
export interface Percentiles {
  p50: number;
  p95: number;
  max: number;
}

/** One engine's figures for one operation at one corpus size. */
export interface BenchRow extends Percentiles {
  /** The suite that measured it (`reference`, `sidenote`). */
  suite: string;
  engine: string;
  size: number;
  operation: string;
  memoryMB?: number;
  extra?: Record<string, number | string>;
}

/** Everything a benchmark run measured, for `printBenchLine`. */
export interface BenchSummary {
  rows: BenchRow[];
  [context: string]: unknown;
}

/**
 * Nearest-rank percentiles: the smallest sample with at least p% of the samples at or below it.
 *
 * @example
 * percentiles([4, 1, 3, 2]); // { p50: 2, p95: 4, max: 4 }
 */
export function percentiles(samplesMs: readonly number[]): Percentiles {
  if (samplesMs.length === 0) throw new RangeError('percentiles of no samples');
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const rank = (percent: number) => sorted[Math.max(0, Math.ceil((percent / 100) * sorted.length) - 1)]!;
  return { p50: rank(50), p95: rank(95), max: sorted.at(-1)! };
}

/**
 * The rows as an aligned plain-text table: one block per operation, one line per engine, one column per corpus size.
 * A cell reads `p50 / p95 / max ms`, then the memory when the row has one.
 *
 * @example
 * formatTable(rows);
 * // operation / engine            1,000                            10,000
 * // keystroke search
 * //   FlexSearch 0.8 (reference)  0.012 / 0.051 / 0.41 ms          0.030 / 0.12 / 1.3 ms
 * // index build
 * //   FlexSearch 0.8 (reference)  95 / 95 / 95 ms, 3.1 MB           880 / 880 / 880 ms, 30.2 MB
 */
export function formatTable(rows: readonly BenchRow[]): string {
  const sizes = [...new Set(rows.map((row) => row.size))].sort((a, b) => a - b);
  const operations = [...new Set(rows.map((row) => row.operation))];
  const lines: string[][] = [['operation / engine', ...sizes.map((size) => size.toLocaleString('en-US'))]];
  for (const operation of operations) {
    lines.push([operation]);
    const ofOperation = rows.filter((row) => row.operation === operation);
    const engines = [...new Map(ofOperation.map((row) => [`${row.suite}\u0000${row.engine}`, row.engine])).entries()];
    for (const [engineKey, engine] of engines) {
      const cells = sizes.map((size) => {
        const row = ofOperation.find((candidate) => `${candidate.suite}\u0000${candidate.engine}` === engineKey && candidate.size === size);
        return row ? formatCell(row) : '-';
      });
      lines.push([`  ${engine}`, ...cells]);
    }
  }
  const widths = lines[0]!.map((_, column) => Math.max(...lines.map((line) => (line.length > 1 ? (line[column] ?? '').length : 0))));
  return lines
    .map((line) => (line.length === 1 ? line[0]! : line.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()))
    .join('\n');
}

/**
 * Prints `formatTable(rows)`.
 *
 * @example
 * printTable(rows);
 */
export function printTable(rows: readonly BenchRow[]): void {
  console.log(formatTable(rows));
}

/**
 * The summary and the machine it ran on as one line, `BENCH ` then JSON, for scripts that collect runs.
 *
 * @example
 * benchLine({ rows }); // 'BENCH {"rows":[…],"machine":{"cpu":"AMD EPYC …","cpus":2,…},"date":"2026-…"}'
 */
export function benchLine(summary: BenchSummary, date = new Date()): string {
  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cpus: cpus().length,
    totalMemoryGB: totalmem() / 2 ** 30,
    node: process.version,
    os: `${platform()} ${release()}`,
  };
  return `BENCH ${JSON.stringify({ ...summary, machine, date: date.toISOString() }, toFourSignificantDigits)}`;
}

/**
 * Prints `benchLine(summary)`; meant to be the run's last line.
 *
 * @example
 * printBenchLine({ rows, sessions: 100 });
 */
export function printBenchLine(summary: BenchSummary): void {
  console.log(benchLine(summary));
}

function formatCell(row: BenchRow): string {
  const latency = `${formatMs(row.p50)} / ${formatMs(row.p95)} / ${formatMs(row.max)} ms`;
  return row.memoryMB === undefined ? latency : `${latency}, ${row.memoryMB.toFixed(1)} MB`;
}

/** About three significant digits: enough to compare engines, few enough to read down a column. */
function formatMs(ms: number): string {
  if (ms < 1) return ms.toFixed(3);
  if (ms < 10) return ms.toFixed(2);
  if (ms < 100) return ms.toFixed(1);
  return ms.toFixed(0);
}

/** Timer noise is far above the fourth digit, and sixteen-digit floats bury the figures. */
function toFourSignificantDigits(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isInteger(value) ? Number(value.toPrecision(4)) : value;
}
