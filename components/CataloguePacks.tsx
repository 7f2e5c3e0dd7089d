/** The options page's catalogue packs: the packs the catalogue holds, a streamed import with progress, and removal. */
import { useId, useState } from 'preact/hooks';
import type { PackRow } from '../lib/db/database';
import './theme.css';
import './options.css';

/** A pack as the list shows it. */
export type PackView = Pick<PackRow, 'id' | 'name' | 'state' | 'papers' | 'bytes' | 'importedAt'>;

/** Props of {@link CataloguePacks}. */
export interface CataloguePacksProps {
  packs: PackView[];
  /** The running import, or null. */
  progress: { fileName: string; percent: number; papers: number; papersPerSecond: number; phase: 'reading' | 'indexing' } | null;
  skipBadLines: boolean;
  onSkipBadLinesChange: (skip: boolean) => void;
  onImportFile: (file: File) => void;
  onCancelImport: () => void;
  onRemove: (packId: string) => void;
  /** What the last import did, announced as a status. */
  result: string | null;
  /** Why the last import failed, announced as an alert; nothing was added. */
  error: string | null;
}

/**
 * A table of packs (name, papers, size, date added) with a Remove button each, which asks once more; the "Skip bad
 * lines" choice; a file input named "Import catalogue pack"; and, while importing, a progress bar with papers per
 * second and a Cancel button, then a note that the papers are being indexed.
 */
export function CataloguePacks(props: CataloguePacksProps) {
  const help = useId();
  const [confirming, setConfirming] = useState<string | null>(null);
  const { progress } = props;
  return (
    <section aria-labelledby="sn-packs">
      <h2 id="sn-packs">Catalogue packs</h2>
      <p class="sn-options__help">
        The papers Sidenote relates and searches. Add your field: arXiv's metadata snapshot (JSON Lines), a BibTeX file,
        or a Sidenote pack made with <code>npm run pack</code>. Removing a pack keeps your bookmarks.
      </p>
      <table class="sn-options__packs">
        <thead>
          <tr>
            <th scope="col">Pack</th>
            <th scope="col">Papers</th>
            <th scope="col">Size</th>
            <th scope="col">Added</th>
            <td />
          </tr>
        </thead>
        <tbody>
          {props.packs.map((pack) => (
            <tr key={pack.id}>
              <th scope="row">
                {pack.name}
                {pack.state === 'importing' && !progress ? <span class="sn-options__help"> (import interrupted)</span> : null}
                {pack.state === 'removing' ? <span class="sn-options__help"> (removing…)</span> : null}
              </th>
              <td>{pack.papers.toLocaleString('en')}</td>
              <td>{pack.bytes > 0 ? formatBytes(pack.bytes) : '—'}</td>
              <td>{new Date(pack.importedAt).toLocaleDateString()}</td>
              <td>
                {confirming === pack.id ? (
                  <span class="sn-options__buttons">
                    <button type="button" class="sn-button" onClick={() => (setConfirming(null), props.onRemove(pack.id))}>
                      Remove {pack.papers.toLocaleString('en')} papers
                    </button>
                    <button type="button" class="sn-button" onClick={() => setConfirming(null)}>
                      Keep
                    </button>
                  </span>
                ) : pack.state === 'removing' || (pack.state === 'importing' && progress) ? null : (
                  <button type="button" class="sn-button" aria-label={`Remove ${pack.name}`} onClick={() => setConfirming(pack.id)}>
                    Remove
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <label class="sn-options__check">
        <input
          type="checkbox"
          checked={props.skipBadLines}
          disabled={progress !== null}
          onChange={(event) => props.onSkipBadLinesChange(event.currentTarget.checked)}
        />
        Skip bad lines (otherwise the import stops at the first)
      </label>
      <label class="sn-options__file">
        Import catalogue pack
        <input
          type="file"
          accept=".jsonl,.json,.bib,.bibtex,.txt,application/json,application/x-bibtex,text/plain"
          disabled={progress !== null}
          aria-describedby={help}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) props.onImportFile(file);
            event.currentTarget.value = '';
          }}
        />
      </label>
      <p id={help} class="sn-options__help">
        The pack is added whole or not at all; the panels and search keep working meanwhile.
      </p>
      {progress ? (
        <div class="sn-options__progress">
          <div
            role="progressbar"
            aria-label={`Importing ${progress.fileName}`}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={progress.percent}
            aria-valuetext={
              progress.phase === 'indexing'
                ? `Indexing ${progress.papers.toLocaleString('en')} papers`
                : `${progress.percent}%, ${progress.papers.toLocaleString('en')} papers`
            }
            class="sn-options__bar"
          >
            <div style={{ width: `${progress.percent}%` }} />
          </div>
          {progress.phase === 'indexing' ? (
            <p>Indexing {progress.papers.toLocaleString('en')} papers… The pack appears when this is done.</p>
          ) : (
            <>
              <p>
                {progress.percent}% · {progress.papers.toLocaleString('en')} papers · {progress.papersPerSecond.toLocaleString('en')} papers/s
              </p>
              <button type="button" class="sn-button" onClick={props.onCancelImport}>
                Cancel
              </button>
            </>
          )}
        </div>
      ) : null}
      {props.error ? (
        <p role="alert" class="sn-message sn-message--error">
          {props.error}
        </p>
      ) : null}
      {props.result ? <p role="status">{props.result}</p> : null}
    </section>
  );
}

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
