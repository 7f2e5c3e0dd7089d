/** Connects the protocol's answers to the browser: message listeners and bookmark change announcements. */
import { browser } from 'wxt/browser';
import { announceBookmarksChanged } from '../bookmark-events';
import type { Library } from '../library/library';
import { onMessage } from '../messaging/protocol';
import { protocolAnswerer } from './serve-protocol';
import type { SyncEngine } from '../sync/engine';
import type { TabPaperFinder } from './tab-paper';

/**
 * Registers a listener for every background message type.
 *
 * @example
 * registerProtocol(library, { paperInTab: browserTabPaperFinder(library), onPageShowsPaper: updateBadge, sync });
 */
export function registerProtocol(
  library: Library,
  { paperInTab, onPageShowsPaper, sync }: { paperInTab: TabPaperFinder; onPageShowsPaper: (tabId: number) => void; sync: SyncEngine },
): void {
  const { types, answer } = protocolAnswerer(library, {
    extensionId: browser.runtime.id,
    announceBookmarksChanged: () => announceBookmarksChanged(),
    paperInTab,
    onPageShowsPaper,
    setSyncEnabled: (enabled) => sync.setEnabled(enabled),
  });
  for (const type of types) onMessage(type, (message) => answer(type, message.data, message.sender));
}
