/** The options page's library section: export in four formats, import with a preview, the automatic backup, and sync. */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import './theme.css';
import './options.css';

/** The export formats, in the order their buttons appear. */
export const EXPORT_FORMATS = ['BibTeX', 'CSL-JSON', 'CSV', 'JSON'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What an import would do, shown before anything is written. */
export interface ImportPreview {
  fileName: string;
  added: string[];
  updated: { title: string; changes: string }[];
  unchanged: number;
  rejected: { entry: string; reason: string }[];
}

/** The sync status as the options page shows it. */
export interface SyncStatusView {
  enabled: boolean;
  /** A plain sentence: when it last synced, how many bookmarks are not synced and why, or the last error. */
  summary: string;
}

/** Props of {@link LibraryOptions}. */
export interface LibraryOptionsProps {
  onExport: (format: ExportFormat) => void;
  onImportFile: (file: File) => void;
  preview: ImportPreview | null;
  onConfirmImport: () => void;
  onCancelImport: () => void;
  /** A malformed file or a failed write, announced as an alert; the library is untouched. */
  importError: string | null;
  /** What the last confirmed import did. */
  importDone: string | null;
  /** When the automatic backup was last taken, if there is one. */
  backupTakenAt: string | null;
  onRestoreBackup: () => void;
  sync: SyncStatusView | null;
  onSyncChange: (enabled: boolean) => void;
}

/**
 * Export buttons ("Export BibTeX", …), a file input named "Import bookmarks" whose file is previewed (new, updated,
 * unchanged, rejected with reasons) until the user confirms, the backup's restore button, and the sync switch.
 */
export function LibraryOptions(props: LibraryOptionsProps) {
  const syncHelp = useId();
  return (
    <>
      <section aria-labelledby="sn-export">
        <h2 id="sn-export">Export</h2>
        <p class="sn-options__buttons">
          {EXPORT_FORMATS.map((format) => (
            <button key={format} type="button" class="sn-button" onClick={() => props.onExport(format)}>
              Export {format}
            </button>
          ))}
        </p>
        <p class="sn-options__help">JSON is a complete backup: every field, tag, note and date, ready to import again.</p>
      </section>
      <section aria-labelledby="sn-import">
        <h2 id="sn-import">Import</h2>
        <label class="sn-options__file">
          Import bookmarks
          <input
            type="file"
            accept=".json,.bib,.bibtex,application/json,application/x-bibtex,text/plain"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) props.onImportFile(file);
              event.currentTarget.value = '';
            }}
          />
        </label>
        <p class="sn-options__help">A Sidenote JSON backup or a BibTeX file. You see what will change before anything does.</p>
        {props.importError ? (
          <p role="alert" class="sn-message sn-message--error">
            {props.importError}
          </p>
        ) : null}
        {props.importDone ? <p role="status">{props.importDone}</p> : null}
        {props.preview ? <ImportPreviewView {...props} preview={props.preview} /> : null}
      </section>
      <section aria-labelledby="sn-backup">
        <h2 id="sn-backup">Automatic backup</h2>
        <p>
          {props.backupTakenAt
            ? `Sidenote keeps a copy of your library, refreshed daily. Last taken ${props.backupTakenAt}.`
            : 'Sidenote keeps a copy of your library, refreshed daily. None has been taken yet.'}
        </p>
        {props.backupTakenAt ? (
          <button type="button" class="sn-button" onClick={props.onRestoreBackup}>
            Restore backup
          </button>
        ) : null}
      </section>
      <section aria-labelledby="sn-sync">
        <h2 id="sn-sync">Sync</h2>
        <label class="sn-options__check">
          <input
            type="checkbox"
            checked={props.sync?.enabled ?? false}
            disabled={props.sync === null}
            aria-describedby={syncHelp}
            onChange={(event) => props.onSyncChange(event.currentTarget.checked)}
          />
          Sync bookmarks across my devices
        </label>
        <p id={syncHelp} class="sn-options__help">
          Through your browser's own sync, signed in to the same account; no server of ours. {props.sync?.summary ?? ''}
        </p>
      </section>
    </>
  );
}

function ImportPreviewView({ preview, onConfirmImport, onCancelImport }: Pick<LibraryOptionsProps, 'onConfirmImport' | 'onCancelImport'> & { preview: ImportPreview }) {
  const writes = preview.added.length + preview.updated.length;
  return (
    <div class="sn-options__preview" role="region" aria-label={`Import preview: ${preview.fileName}`}>
      <p>
        {preview.added.length} new, {preview.updated.length} updated, {preview.unchanged} unchanged, {preview.rejected.length} rejected.
      </p>
      <PreviewList heading="New">{preview.added.map((title) => <li key={title}>{title}</li>)}</PreviewList>
      <PreviewList heading="Updated">
        {preview.updated.map(({ title, changes }) => (
          <li key={title}>
            {title} <span class="sn-options__help">({changes})</span>
          </li>
        ))}
      </PreviewList>
      <PreviewList heading="Rejected">
        {preview.rejected.map(({ entry, reason }, i) => (
          <li key={i}>
            {entry}: {reason}
          </li>
        ))}
      </PreviewList>
      <p class="sn-options__buttons">
        <button type="button" class="sn-button" disabled={writes === 0} onClick={onConfirmImport}>
          Import {writes} {writes === 1 ? 'bookmark' : 'bookmarks'}
        </button>
        <button type="button" class="sn-button" onClick={onCancelImport}>
          Cancel
        </button>
      </p>
    </div>
  );
}

function PreviewList({ heading, children }: { heading: string; children: ComponentChildren[] }) {
  if (children.length === 0) return null;
  return (
    <details open={children.length <= 10}>
      <summary>
        {heading} ({children.length})
      </summary>
      <ul>{children}</ul>
    </details>
  );
}
