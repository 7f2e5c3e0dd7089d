/** Syncs bookmarks across the user's devices through the browser's own `storage.sync`, from the background worker. */
import { browser } from 'wxt/browser';
import { announceBookmarksChanged } from '../bookmark-events';
import type { Library } from '../library/library';
import { standardTimers, SyncEngine } from '../sync/engine';

/**
 * A woken worker reconciles this long after waking, once the question that woke it (a panel's related papers, most
 * often) is answered: the pass reads every bookmark, and asked at once it delayed that first answer.
 */
const FIRST_PASS_AFTER_MS = 2_000;

/**
 * Starts sync for this wake of the worker: it reconciles shortly (or when a retry left by an earlier wake is due),
 * follows remote changes, and sends local ones shortly after they are made.
 *
 * @example
 * const sync = startBookmarkSync(library);
 * await sync.setEnabled(false);
 */
export function startBookmarkSync(library: Library): SyncEngine {
  const engine = new SyncEngine({
    area: browser.storage.sync,
    local: {
      read: () => library.exportLibrary(),
      apply: async (changes) => {
        await library.applySyncChanges(changes);
        await announceBookmarksChanged();
      },
    },
    state: browser.storage.local,
    clock: Date.now,
    timers: standardTimers,
  });
  library.onLocalChange = () => engine.localChanged();
  void engine.start({ firstPassAfterMs: FIRST_PASS_AFTER_MS });
  return engine;
}
