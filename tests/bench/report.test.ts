// @vitest-environment node
/** Benchmark report: nearest-rank percentiles, the aligned table, and the BENCH line. */
import { benchLine, formatTable, percentiles, type BenchRow } from './report';

describe('percentiles', () => {
  it('takes the nearest rank', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentiles(hundred)).toEqual({ p50: 50, p95: 95, max: 100 });
    expect(percentiles([4, 1, 3, 2])).toEqual({ p50: 2, p95: 4, max: 4 });
    expect(percentiles([7])).toEqual({ p50: 7, p95: 7, max: 7 });
  });

  it('refuses no samples', () => {
    expect(() => percentiles([])).toThrow(RangeError);
  });
});

const row = (size: number, operation: string, p50: number, memoryMB?: number): BenchRow => ({
  suite: 'reference',
  engine: 'FlexSearch',
  size,
  operation,
  p50,
  p95: p50 * 2,
  max: p50 * 10,
  ...(memoryMB === undefined ? {} : { memoryMB }),
});

describe('formatTable', () => {
  it('groups by operation, with a column per size in ascending order', () => {
    const rows = [row(10_000, 'keystroke search', 0.0351), row(1000, 'index build', 95, 3.14), row(1000, 'keystroke search', 0.0123)];
    expect(formatTable(rows).split('\n')).toEqual([
      'operation / engine  1,000                        10,000',
      'keystroke search',
      '  FlexSearch        0.012 / 0.025 / 0.123 ms     0.035 / 0.070 / 0.351 ms',
      'index build',
      '  FlexSearch        95.0 / 190 / 950 ms, 3.1 MB  -',
    ]);
  });

  it('gives each suite and engine its own line', () => {
    const rows = [row(1000, 'keystroke search', 1), { ...row(1000, 'keystroke search', 2), suite: 'sidenote', engine: 'MiniSearch' }];
    expect(formatTable(rows).split('\n').slice(2)).toEqual(['  FlexSearch        1.00 / 2.00 / 10.0 ms', '  MiniSearch        2.00 / 4.00 / 20.0 ms']);
  });
});

describe('benchLine', () => {
  it('is one line: BENCH, then JSON with the rows and the machine', () => {
    const line = benchLine({ rows: [row(1000, 'index build', 95.123456)] }, new Date('2026-01-02T03:04:05Z'));
    expect(line).not.toContain('\n');
    expect(line.startsWith('BENCH {')).toBe(true);
    const parsed = JSON.parse(line.slice('BENCH '.length));
    expect(parsed.rows[0].p50).toBe(95.12);
    expect(parsed.date).toBe('2026-01-02T03:04:05.000Z');
    expect(parsed.machine).toEqual(expect.objectContaining({ cpus: expect.any(Number), node: process.version }));
  });
});
