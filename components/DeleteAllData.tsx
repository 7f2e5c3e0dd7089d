/** "Delete all Sidenote data", behind a typed confirmation so it cannot happen by a slip. */
import { useState } from 'preact/hooks';
import './theme.css';
import './options.css';

/** The word the reader types to confirm. */
export const DELETE_CONFIRMATION = 'DELETE';

/** Props of {@link DeleteAllData}. */
export interface DeleteAllDataProps {
  onDelete: () => Promise<void>;
}

/** A field asking to type DELETE, and the button it unlocks; says when everything is gone. */
export function DeleteAllData({ onDelete }: DeleteAllDataProps) {
  const [typed, setTyped] = useState('');
  const [done, setDone] = useState(false);
  return (
    <section aria-labelledby="sn-delete">
      <h2 id="sn-delete">Delete all Sidenote data</h2>
      <p class="sn-options__help">
        Removes every bookmark, tag and note, the catalogue packs you imported, the papers cached for PDFs, the daily
        backup and your settings from this browser, and switches sync off so nothing comes back. Copies on your other devices are left as they are. Export a
        JSON backup first if you may want them again.
      </p>
      <p class="sn-options__row">
        <label>
          Type {DELETE_CONFIRMATION} to confirm{' '}
          <input type="text" autocomplete="off" value={typed} onInput={(event) => setTyped(event.currentTarget.value)} />
        </label>{' '}
        <button
          type="button"
          class="sn-button sn-button--danger"
          disabled={typed !== DELETE_CONFIRMATION}
          onClick={() =>
            void onDelete().then(() => {
              setTyped('');
              setDone(true);
            })
          }
        >
          Delete all Sidenote data
        </button>
      </p>
      <p role="status">{done ? 'All Sidenote data on this browser was deleted.' : ''}</p>
    </section>
  );
}
