/** Connects the protocol's answers to the browser: messages sent one by one and over views' ports, and bookmark change announcements. */
import { browser } from 'wxt/browser';
import { announceBookmarksChanged } from '../bookmark-events';
import type { Library } from '../library/library';
import { answerOverPort, isWireMessage, PROTOCOL_PORT } from '../messaging/protocol-port';
import type { SyncEngine } from '../sync/engine';
import { protocolAnswerer, type Sender } from './serve-protocol';
import type { TabPaperFinder } from './tab-paper';

/**
 * Answers every message in the protocol's wire format (`{ res }` or `{ err }`), itself rather than through one
 * listener per type, so that an unknown type, or a name every object inherits, gets a clean rejection too; sent one
 * by one, or over the port a view keeps open (see `protocol-port.ts`).
 *
 * @example
 * registerProtocol(library, { paperInTab: browserTabPaperFinder(library), onPageShowsPaper: updateBadge, sync });
 */
export function registerProtocol(
  library: Library,
  { paperInTab, onPageShowsPaper, sync }: { paperInTab: TabPaperFinder; onPageShowsPaper: (tabId: number) => void; sync: SyncEngine },
): void {
  const { reply } = protocolAnswerer(library, {
    extensionId: browser.runtime.id,
    announceBookmarksChanged: () => announceBookmarksChanged(),
    paperInTab,
    onPageShowsPaper,
    setSyncEnabled: (enabled) => sync.setEnabled(enabled),
    clearExtensionStorage: () => browser.storage.local.clear(),
  });
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender, sendResponse: (response: unknown) => void) => {
    if (!isWireMessage(message)) return false;
    void reply(message, sender).then(sendResponse);
    return true;
  });
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === PROTOCOL_PORT) answerOverPort(port, (message) => reply(message, port.sender));
  });
}
