/** `npm run bench:browser -- --sizes 1000,10000,100000`: the real extension in headless Chromium, one fresh profile per size. */
import { parseArgs } from 'node:util';
import { CHROMIUM_EXECUTABLE } from '../../e2e/harness/browser';
import { startServer } from '../../e2e/harness/server';
import { printBenchLine, printTable } from '../report';
import { DURING_IMPORT_TARGET_MS } from './import-rows';
import { printNotes } from './notes';
import { runSize, type SizeResult, type SizeSettings } from './size-run';

const USAGE =
  'usage: npm run bench:browser -- [--sizes 1000,10000,100000] [--panels 20] [--queries 20] [--keystroke-sessions 10] ' +
  '[--cold-starts 5] [--import-budget-min 10]';

const { values: options } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    panels: { type: 'string', default: '20' },
    queries: { type: 'string', default: '20' },
    'keystroke-sessions': { type: 'string', default: '10' },
    'cold-starts': { type: 'string', default: '5' },
    'import-budget-min': { type: 'string', default: '10' },
  },
});
const sizes = options.sizes.split(',').map(Number);
const settings: Omit<SizeSettings, 'bundledColdStarts'> = {
  panels: Number(options.panels),
  queries: Number(options.queries),
  keystrokeSessions: Number(options['keystroke-sessions']),
  coldStarts: Number(options['cold-starts']),
  importBudgetMs: Number(options['import-budget-min']) * 60_000,
};
if (![...sizes, ...Object.values(settings)].every((n) => Number.isFinite(n) && n > 0)) {
  console.error(USAGE);
  process.exit(2);
}

const server = await startServer();
const results: SizeResult[] = [];
try {
  for (const size of sizes) {
    const started = performance.now();
    try {
      results.push(await runSize(size, server, { ...settings, bundledColdStarts: results.length === 0 }));
    } catch (error) {
      // A browser that would not launch or crashed: the size has no figures, and the next size still runs.
      const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      results.push({ size, source: '', rows: [], memory: {}, indexLoads: [], errors: [{ stage: 'run', error: message }] });
    }
    console.log(`size ${size.toLocaleString('en-US')} done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
} finally {
  await server.close();
}

const rows = results.flatMap((result) => result.rows);
console.log();
printTable(rows);
printNotes(results);
printBenchLine({
  suite: 'browser',
  rows,
  sizes: Object.fromEntries(
    results.map(({ size, source, memory, indexLoads, errors }) => [
      size,
      { source, memory, indexLoads, ...(errors.length > 0 ? { error: errors.map((e) => `${e.stage}: ${e.error}`).join('; ') } : {}) },
    ]),
  ),
  settings,
  duringImportTargetMs: DURING_IMPORT_TARGET_MS,
  chromium: CHROMIUM_EXECUTABLE,
});
