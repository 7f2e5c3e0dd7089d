/** Fuzzes the import paths with generated malformed and hostile files: a clear error or a valid partial parse, fast, and no write without consent. */
import { libraryProtocol } from '../../tests/support/protocol';
import { bookmark as checkedBookmark } from '../messaging/validate';
import type { Bookmark } from '../paper';
import { createLibraryModel } from '../ui/library-model';
import { parseBibtex } from './bibtex-reader';
import { ImportError } from './import-error';
import { fuzzInputs, type FuzzInput } from './import-fuzz-inputs';
import { planImport } from './import-plan';
import { parseJsonBackup } from './json-backup';
import { attention, tricky } from './test-bookmarks';

const SEED = 20261127;
const INPUT_COUNT = 1_200;
const MODEL_INPUT_COUNT = 300;
/** One input may take this long at most: a parser that backtracks or loops on some shape shows up here. */
const MAX_MS_PER_INPUT = 1_000;
const MAX_MS_FOR_ALL = 10_000;
const NOW = Date.UTC(2026, 10, 27, 8);

type Outcome = 'error' | 'partial' | 'clean';

/** How the import paths answer `input`, the same way the options page picks the path: by name, then by a leading `{`. */
function importOutcome(input: FuzzInput, existing: Bookmark[]): Outcome {
  const isJson = /\.json$/i.test(input.name) || input.text.trimStart().startsWith('{');
  try {
    if (isJson) {
      const { bookmarks } = parseJsonBackup(input.text);
      expectWritable(planImport(existing, bookmarks, NOW));
      // A backup is all or nothing: what parses is every bookmark in it, each one valid.
      return 'clean';
    }
    const { entries, problems } = parseBibtex(input.text);
    const plan = planImport(existing, entries, NOW);
    expectWritable(plan);
    return problems.length > 0 || plan.rejected.length > 0 ? 'partial' : 'clean';
  } catch (error) {
    if (!(error instanceof ImportError)) throw new Error(`${input.kind}: ${String(error)}`, { cause: error });
    expect(error.message.trim(), input.kind).not.toBe('');
    return 'error';
  }
}

/** Everything a confirmed import would write must pass the worker's own bookmark validator, or the write would fail whole. */
function expectWritable(plan: ReturnType<typeof planImport>): void {
  for (const written of [...plan.added, ...plan.updated.map((update) => update.after)]) {
    expect(() => checkedBookmark(written)).not.toThrow();
  }
}

test(`${INPUT_COUNT} generated bad inputs each get a clear ImportError or a valid parse, quickly`, () => {
  const inputs = fuzzInputs(SEED, INPUT_COUNT);
  const outcomes: Record<Outcome, number> = { error: 0, partial: 0, clean: 0 };
  const byKind = new Map<string, Record<Outcome, number>>();
  let slowest = { ms: 0, kind: '' };
  const started = performance.now();
  for (const input of inputs) {
    const before = performance.now();
    const outcome = importOutcome(input, [attention, tricky]);
    const ms = performance.now() - before;
    if (ms > slowest.ms) slowest = { ms, kind: input.kind };
    outcomes[outcome] += 1;
    const kindOutcomes = byKind.get(input.kind) ?? { error: 0, partial: 0, clean: 0 };
    kindOutcomes[outcome] += 1;
    byKind.set(input.kind, kindOutcomes);
  }
  const total = performance.now() - started;

  console.log(
    `import fuzz: tried ${inputs.length} inputs in ${Math.round(total)} ms (slowest ${Math.round(slowest.ms)} ms, ${slowest.kind}):` +
      ` ${outcomes.error} clear errors, ${outcomes.partial} partial parses, ${outcomes.clean} clean parses`,
  );
  console.table(Object.fromEntries(byKind));
  expect(inputs.length).toBeGreaterThanOrEqual(1_000);
  expect(outcomes.error + outcomes.partial + outcomes.clean).toBe(inputs.length);
  // Every kind of damage must be met somehow, and the generator must reach both the errors and the parses.
  expect(outcomes.error).toBeGreaterThan(0);
  expect(outcomes.partial + outcomes.clean).toBeGreaterThan(0);
  expect(slowest.ms).toBeLessThan(MAX_MS_PER_INPUT);
  expect(total).toBeLessThan(MAX_MS_FOR_ALL);
}, 60_000);

test(`${MODEL_INPUT_COUNT} bad inputs through the options page never change the library before the user confirms`, async () => {
  const { send, library } = libraryProtocol();
  const writes: string[] = [];
  const untypedSend = send as (type: string, data: unknown) => Promise<unknown>;
  const watchedSend = ((type: string, data: unknown) => {
    if (type === 'importBookmarks') writes.push(type);
    return untypedSend(type, data);
  }) as typeof send;
  const model = createLibraryModel({ send: watchedSend, download: () => {}, latestBackup: async () => null, now: () => NOW });
  await library.putBookmarks([attention, tricky]);
  const libraryBefore = JSON.stringify(await library.exportLibrary());

  let errors = 0;
  let previews = 0;
  for (const input of fuzzInputs(SEED + 1, MODEL_INPUT_COUNT)) {
    await model.importFile({ name: input.name, text: async () => input.text });
    if (model.importError.value !== null) {
      expect(model.importError.value, input.kind).toMatch(/\S.*Your library was not changed\.$/s);
      expect(model.preview.value).toBeNull();
      errors += 1;
    } else {
      expect(model.preview.value, input.kind).not.toBeNull();
      previews += 1;
    }
  }

  console.log(`import fuzz through the options page: ${MODEL_INPUT_COUNT} files, ${errors} errors shown, ${previews} previews awaiting consent`);
  expect(writes).toEqual([]);
  expect(JSON.stringify(await library.exportLibrary())).toBe(libraryBefore);
}, 60_000);
