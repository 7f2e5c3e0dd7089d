/** State and actions of the options page's catalogue packs: the list, and a streamed import with progress and Cancel. */
import { signal } from '@preact/signals';
import { describeProblem } from '../catalogue/parse';
import type { RecordProblem } from '../catalogue/record';
import type { PackRow } from '../db/database';
import type { SendMessage } from '../messaging/protocol';
import type { Paper } from '../paper';
import { detectPackFormat, readPack } from '../packs/read-pack';
import { packName, readPackHeader } from '../packs/sidenote-pack';
import { isStorageFull, STORAGE_FULL_ADVICE } from './storage-full';

/** Papers sent to the worker per message: big enough to keep messaging cheap, small enough to answer quickly. */
const BATCH = 500;
/** The start of a file read to tell its format and name. */
const HEAD_BYTES = 64 * 1024;
/** Skipped lines listed after an import; the count says how many more there were. */
const LISTED_PROBLEMS = 5;

/** Where a running import is. */
export interface PackImportProgress {
  fileName: string;
  /** Share of the file read, 0 to 100. */
  percent: number;
  papers: number;
  papersPerSecond: number;
  /** Reading the file and storing its papers, then indexing them (the worker's part, which cannot be cancelled). */
  phase: 'reading' | 'indexing';
}

/**
 * The catalogue packs signals. `importFile` reads the file as a stream (never whole), sends papers to the worker in
 * batches and publishes the pack only at the end: a bad line, a failed write or Cancel removes what was stored, so
 * the catalogue gets the whole pack or nothing. With `skipBadLines` on, bad lines are counted and listed instead.
 *
 * @example
 * const packs = createPackImportModel({ send: sendMessage });
 * await packs.load();
 * await packs.importFile(input.files[0]);
 */
export function createPackImportModel({ send, now = () => performance.now() }: { send: SendMessage; now?: () => number }) {
  const packs = signal<PackRow[]>([]);
  const progress = signal<PackImportProgress | null>(null);
  const skipBadLines = signal(false);
  const result = signal<string | null>(null);
  const error = signal<string | null>(null);
  let cancelled: AbortController | null = null;

  const load = async () => {
    packs.value = await send('listPacks', undefined);
  };

  const importFile = async (file: File) => {
    if (cancelled) return;
    const abort = (cancelled = new AbortController());
    result.value = null;
    error.value = null;
    let packId: string | undefined;
    // The batch the worker is storing while the next one is read, so that reading the file and storing overlap. One at
    // a time: batches arrive in order, and a failure stops the next.
    let storing: Promise<void> = Promise.resolve();
    try {
      const head = await file.slice(0, HEAD_BYTES).text();
      const format = detectPackFormat(file.name, head);
      const pack = await send('beginPackImport', { name: packName(file.name, format === 'sidenote' ? readPackHeader(head) : undefined), bytes: file.size });
      packId = pack.id;
      const started = now();
      let bytesRead = 0;
      let papers = 0;
      const skipped: RecordProblem[] = [];
      const show = (phase: PackImportProgress['phase'] = 'reading') => {
        const seconds = (now() - started) / 1000;
        progress.value = {
          phase,
          fileName: file.name,
          percent: file.size === 0 ? 100 : Math.min(100, Math.round((bytesRead / file.size) * 100)),
          papers,
          papersPerSecond: seconds > 0 ? Math.round(papers / seconds) : 0,
        };
      };
      show();
      let batch: Paper[] = [];
      const sendBatch = async () => {
        if (batch.length === 0) return;
        const sent = batch;
        batch = [];
        await storing;
        storing = resent(() => send('addPackPapers', { packId: pack.id, papers: sent })).then((stored) => {
          papers = stored.papers;
          show();
        });
        // Awaited before the next batch is sent, at the end, or before the pack is removed: not left unhandled meanwhile.
        storing.catch(() => undefined);
      };
      for await (const item of readPack(decodedChunks(file, abort.signal, (bytes) => (bytesRead += bytes)), format)) {
        if ('problem' in item) {
          if (!skipBadLines.peek()) throw new PackLineError(item.problem);
          // A record can break several fields: the user is told of bad lines, once each.
          if (skipped.at(-1)?.line !== item.line) skipped.push(item.problem);
          continue;
        }
        batch.push(item.paper);
        if (batch.length === BATCH) await sendBatch();
      }
      await sendBatch();
      await storing;
      if (papers === 0) throw new Error(`${file.name} holds no papers${skipped.length > 0 ? ' that could be read' : ''}.`);
      bytesRead = file.size;
      if (abort.signal.aborted) throw new ImportCancelled();
      show('indexing');
      await resent(() => send('finishPackImport', { packId: pack.id, skipped: skipped.length }));
      result.value = importedSentence(file.name, papers, skipped);
    } catch (failure) {
      await storing.catch(() => undefined);
      if (packId !== undefined) await send('removePack', { packId }).catch(() => undefined);
      if (failure instanceof ImportCancelled) result.value = `Import of ${file.name} cancelled. Nothing was added.`;
      else error.value = failureSentence(file.name, failure);
    } finally {
      progress.value = null;
      cancelled = null;
      await load();
    }
  };

  return {
    packs,
    progress,
    skipBadLines,
    result,
    error,
    load,
    importFile,
    /** Stops the running import; what it stored is removed. */
    cancel() {
      cancelled?.abort();
    },
    /** Removes a pack; the list shows it as being removed until its papers are gone (a large pack takes a while). */
    async remove(packId: string): Promise<void> {
      packs.value = packs.value.map((pack) => (pack.id === packId ? { ...pack, state: 'removing' } : pack));
      try {
        await send('removePack', { packId });
      } finally {
        await load();
      }
    },
  };
}

export type PackImportModel = ReturnType<typeof createPackImportModel>;

class ImportCancelled extends Error {}

/** How often a batch is sent again when the worker stopped before answering. */
const RESENDS = 2;

/**
 * Sends again when the browser stopped the worker while it worked on the message (the channel closed without an
 * answer): batches are keyed by paper and publishing checks the pack's state, so sending twice does nothing twice.
 */
async function resent<Answer>(sendOnce: () => Promise<Answer>): Promise<Answer> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await sendOnce();
    } catch (error) {
      if (attempt === RESENDS || !isWorkerGone(error)) throw error;
    }
  }
}

function isWorkerGone(error: unknown): boolean {
  return error instanceof Error && /message channel closed|message port closed|Receiving end does not exist/i.test(error.message);
}

/** A bad line in a pack imported without skipping: the import stops there. */
class PackLineError extends Error {
  constructor(readonly problem: RecordProblem) {
    super(describeProblem(problem));
  }
}

/** The file's text, decoded as it is read, counting bytes read; it throws `ImportCancelled` once `signal` is aborted. */
async function* decodedChunks(file: File, signal: AbortSignal, onBytes: (bytes: number) => void): AsyncGenerator<string> {
  const reader = file.stream().getReader();
  const decoder = new TextDecoder();
  try {
    for (;;) {
      // Thrown, not returned: a line cut short by Cancel must not be read as the last line of the file.
      if (signal.aborted) throw new ImportCancelled();
      const { done, value } = await reader.read();
      if (done) break;
      onBytes(value.byteLength);
      yield decoder.decode(value, { stream: true });
    }
    const tail = decoder.decode();
    if (tail) yield tail;
  } finally {
    reader.releaseLock();
  }
}

function importedSentence(fileName: string, papers: number, skipped: readonly RecordProblem[]): string {
  const added = `Imported ${papers.toLocaleString('en')} papers from ${fileName}.`;
  if (skipped.length === 0) return added;
  const listed = skipped.slice(0, LISTED_PROBLEMS).map(describeProblem).join('; ');
  const more = skipped.length > LISTED_PROBLEMS ? `; and ${skipped.length - LISTED_PROBLEMS} more` : '';
  return `${added} Skipped ${skipped.length} bad ${skipped.length === 1 ? 'line' : 'lines'}: ${listed}${more}.`;
}

function failureSentence(fileName: string, failure: unknown): string {
  const reason = (failure instanceof Error ? failure.message : String(failure)).replace(/[.\s]+$/, '');
  const advice =
    failure instanceof PackLineError
      ? ' Fix that line, or tick "Skip bad lines" and import again.'
      : isStorageFull(failure)
        ? ` ${STORAGE_FULL_ADVICE}`
        : '';
  return `${fileName} was not imported: ${reason}. Nothing was added.${advice}`;
}
