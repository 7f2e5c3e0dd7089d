/** State and actions of the options page's library section: export, import with a preview, backup restore. */
import { signal } from '@preact/signals';
import type { ExportFormat, ImportPreview } from '../../components/LibraryOptions';
import { parseBibtex } from '../exchange/bibtex-reader';
import { toBibtex } from '../exchange/bibtex-writer';
import { toCslJson } from '../exchange/csl-json';
import { toCsv } from '../exchange/csv';
import { planImport, type ImportPlan, type ParsedBookmark } from '../exchange/import-plan';
import { parseJsonBackup, toJsonBackup } from '../exchange/json-backup';
import type { SendMessage } from '../messaging/protocol';
import type { Bookmark, Tombstone } from '../paper';

/** How each format is written, and the file it goes to. */
const EXPORTS: Record<ExportFormat, { extension: string; type: string; write(library: { bookmarks: Bookmark[]; tombstones: Tombstone[] }, now: number): string }> = {
  BibTeX: { extension: 'bib', type: 'application/x-bibtex', write: ({ bookmarks }) => toBibtex(bookmarks) },
  'CSL-JSON': { extension: 'csl.json', type: 'application/vnd.citationstyles.csl+json', write: ({ bookmarks }) => toCslJson(bookmarks) },
  CSV: { extension: 'csv', type: 'text/csv', write: ({ bookmarks }) => toCsv(bookmarks) },
  JSON: { extension: 'json', type: 'application/json', write: ({ bookmarks, tombstones }, now) => toJsonBackup(bookmarks, tombstones, now) },
};

/** What the section needs from its page, passed in so tests can supply plain functions. */
export interface LibraryEnvironment {
  send: SendMessage;
  /** Saves a file the user downloads. */
  download(fileName: string, text: string, type: string): void;
  /** The automatic backup, if one was taken. */
  latestBackup(): Promise<{ takenAt: number; json: string } | null>;
  now(): number;
}

/**
 * The library section's signals. An import is read and planned first (`preview`); nothing is written until
 * `confirmImport`, which writes every new and updated bookmark in one transaction.
 *
 * @example
 * const model = createLibraryModel({ send: sendMessage, download, latestBackup: () => latestBackup.getValue(), now: Date.now });
 * await model.importFile(file);
 * await model.confirmImport();
 */
export function createLibraryModel(env: LibraryEnvironment) {
  const preview = signal<ImportPreview | null>(null);
  const importError = signal<string | null>(null);
  const importDone = signal<string | null>(null);
  const backupTakenAt = signal<number | null>(null);
  let pending: ImportPlan | null = null;

  async function prepareImport(source: string, read: () => ParsedBookmark[] & { rejectedEarly?: ImportPreview['rejected'] }) {
    preview.value = null;
    importError.value = null;
    importDone.value = null;
    pending = null;
    try {
      const incoming = read();
      const { bookmarks } = await env.send('exportLibrary', undefined);
      const plan = planImport(bookmarks, incoming, env.now());
      pending = plan;
      preview.value = {
        fileName: source,
        added: plan.added.map((bookmark) => bookmark.paper.title),
        updated: plan.updated.map((update) => ({ title: update.after.paper.title, changes: describeUpdate(update) })),
        unchanged: plan.unchanged.length,
        rejected: [
          ...(incoming.rejectedEarly ?? []),
          ...plan.rejected.map(({ entry, reason }) => ({ entry: entry.paper.title || entry.paper.key, reason })),
        ],
      };
    } catch (error) {
      importError.value = `${source}: ${(error as Error).message} Your library was not changed.`;
    }
  }

  return {
    preview,
    importError,
    importDone,
    backupTakenAt,
    async load(): Promise<void> {
      backupTakenAt.value = (await env.latestBackup())?.takenAt ?? null;
    },
    async exportAs(format: ExportFormat): Promise<void> {
      const library = await env.send('exportLibrary', undefined);
      const now = env.now();
      const { extension, type, write } = EXPORTS[format];
      env.download(`sidenote-bookmarks-${new Date(now).toISOString().slice(0, 10)}.${extension}`, write(library, now), type);
    },
    /** Reads a JSON backup or a BibTeX file and shows what importing it would do. */
    async importFile(file: { name: string; text(): Promise<string> }): Promise<void> {
      const text = await file.text();
      const isJson = /\.json$/i.test(file.name) || text.trimStart().startsWith('{');
      await prepareImport(file.name, () => (isJson ? fromBackup(text) : fromBibtex(text)));
    },
    async restoreBackup(): Promise<void> {
      const backup = await env.latestBackup();
      if (!backup) return;
      await prepareImport(`the automatic backup of ${new Date(backup.takenAt).toLocaleString()}`, () => fromBackup(backup.json));
    },
    async confirmImport(): Promise<void> {
      if (!pending) return;
      const bookmarks = [...pending.added, ...pending.updated.map((update) => update.after)];
      try {
        const { imported } = await env.send('importBookmarks', { bookmarks });
        importDone.value = `Imported ${imported} ${imported === 1 ? 'bookmark' : 'bookmarks'}.`;
        preview.value = null;
        pending = null;
      } catch (error) {
        importError.value = `The import failed and nothing was written: ${(error as Error).message}`;
      }
    },
    cancelImport(): void {
      preview.value = null;
      pending = null;
    },
  };
}

export type LibraryModel = ReturnType<typeof createLibraryModel>;

function fromBackup(text: string): ParsedBookmark[] {
  return parseJsonBackup(text).bookmarks;
}

function fromBibtex(text: string): ParsedBookmark[] & { rejectedEarly: ImportPreview['rejected'] } {
  const { entries, problems } = parseBibtex(text);
  return Object.assign(entries, {
    rejectedEarly: problems.map((problem) => ({ entry: `line ${problem.line}`, reason: problem.message })),
  });
}

function describeUpdate(update: ImportPlan['updated'][number]): string {
  const parts = [
    ...(update.addedTags.length ? [`tags added: ${update.addedTags.join(', ')}`] : []),
    ...(update.note === 'set' ? ['note added'] : update.note === 'appended' ? ['note appended'] : []),
    ...(update.markedRead ? ['marked read'] : []),
    ...(update.filledFields.length ? [`filled in: ${update.filledFields.join(', ')}`] : []),
  ];
  return parts.join('; ');
}
