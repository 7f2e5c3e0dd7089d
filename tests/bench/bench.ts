/** `npm run bench -- --sizes 1000,10000,100000`: runs every engine suite at every corpus size, prints the table and the BENCH line. */
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Paper } from '../../lib/paper';
import { flexSearchReference } from './flexsearch-reference';
import { sidenoteSuite } from './sidenote-suite';
import { heapUsedAfterGc } from './measure';
import { loadBenchPapers } from './papers';
import { printBenchLine, printTable, type BenchRow } from './report';
import { buildWorkload, type Workload } from './workload';

/**
 * One engine's benchmark: given the papers and the workload of one size, its figures. Every suite gets the same
 * `papers` and `workload` objects, so a suite reads them and never changes them.
 */
export type EngineSuite = (papers: Paper[], workload: Workload) => Promise<BenchRow[]>;

/** The engines benchmarked, in order. To add one: import its suite and add it here. */
const suites: EngineSuite[] = [sidenoteSuite, flexSearchReference];

/** What a child process reports for its size. */
interface SizeResult {
  size: number;
  source: string;
  rows: BenchRow[];
}

const { values: options } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    sessions: { type: 'string', default: '100' },
    related: { type: 'string', default: '50' },
    // Internal: set on the child process that runs one size.
    child: { type: 'boolean', default: false },
  },
});
const sizes = options.sizes.split(',').map(Number);
const counts = { sessions: Number(options.sessions), related: Number(options.related) };
if (![...sizes, counts.sessions, counts.related].every((n) => Number.isInteger(n) && n > 0)) {
  console.error('usage: npm run bench -- [--sizes 1000,10000,100000] [--sessions 100] [--related 50]');
  process.exit(2);
}

if (options.child) await reportToParent(await runSize(sizes[0]!));
else await runAllSizes();

/**
 * Each size runs in a fresh child process: after a 100,000-paper run V8 keeps its grown heap and its optimized
 * code, so a later size would start with different garbage-collection costs and warmer code than an earlier one.
 */
async function runAllSizes() {
  const results: SizeResult[] = [];
  for (const size of sizes) results.push(await runSizeInChild(size));
  const rows = results.flatMap((result) => result.rows);
  console.log();
  printTable(rows);
  printBenchLine({
    rows,
    corpus: Object.fromEntries(results.map((result) => [result.size, result.source])),
    workload: counts,
    gcExposed: typeof globalThis.gc === 'function',
  });
}

async function runSizeInChild(size: number): Promise<SizeResult> {
  const args = ['--child', '--sizes', String(size), '--sessions', String(counts.sessions), '--related', String(counts.related)];
  const child = fork(fileURLToPath(import.meta.url), args, { execArgv: process.execArgv });
  let result: SizeResult | undefined;
  child.on('message', (message) => (result = message as SizeResult));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0 || !result) throw new Error(`the size ${size} run failed (exit code ${code})`);
  return result;
}

async function runSize(size: number): Promise<SizeResult> {
  const { papers, source } = await loadBenchPapers(size);
  console.log(`size ${size.toLocaleString('en-US')}: ${source}`);
  const workload = buildWorkload(papers, counts);
  const rows: BenchRow[] = [];
  for (const suite of suites) {
    const started = performance.now();
    rows.push(...(await suite(papers, workload)));
    console.log(`  ${suite.name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    // The suite's index is garbage now; collect it so the next suite's heap baseline does not include it.
    heapUsedAfterGc();
  }
  return { size, source, rows };
}

async function reportToParent(result: SizeResult) {
  if (!process.send) throw new Error('--child is only for the processes bench.ts starts itself');
  await new Promise<void>((resolve, reject) => process.send?.(result, undefined, undefined, (error) => (error ? reject(error) : resolve())));
  process.disconnect?.();
}
