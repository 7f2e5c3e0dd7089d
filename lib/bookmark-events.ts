/** Tells every open view (panels, popup) that bookmarks changed, through `storage.onChanged`, which reaches them all. */
import { browser } from 'wxt/browser';

const CHANGED_KEY = 'bookmarksChangedAt';

/**
 * Announces a bookmark change to every extension context, including content scripts in all tabs.
 *
 * @example
 * await library.toggleBookmark(paper);
 * await announceBookmarksChanged();
 */
export async function announceBookmarksChanged(now = Date.now()): Promise<void> {
  await browser.storage.local.set({ [CHANGED_KEY]: now });
}

/**
 * Calls `onChange` whenever bookmarks change anywhere, until `signal` aborts.
 *
 * @example
 * onBookmarksChanged(() => void refresh(), controller.signal);
 */
export function onBookmarksChanged(onChange: () => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && CHANGED_KEY in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
