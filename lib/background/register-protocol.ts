/** Connects the protocol's answers to the browser: one message listener, and bookmark change announcements. */
import { browser } from 'wxt/browser';
import { announceBookmarksChanged } from '../bookmark-events';
import type { Library } from '../library/library';
import type { SyncEngine } from '../sync/engine';
import { protocolAnswerer, type Sender } from './serve-protocol';
import type { TabPaperFinder } from './tab-paper';

/** A message in @webext-core/messaging's wire format, which the views send. */
interface WireMessage {
  type: string;
  data?: unknown;
  timestamp: number;
}

/**
 * Answers every message in the protocol's wire format (`{ res }` or `{ err }`), itself rather than through one
 * listener per type, so that an unknown type, or a name every object inherits, gets a clean rejection too.
 *
 * @example
 * registerProtocol(library, { paperInTab: browserTabPaperFinder(library), onPageShowsPaper: updateBadge, sync });
 */
export function registerProtocol(
  library: Library,
  { paperInTab, onPageShowsPaper, sync }: { paperInTab: TabPaperFinder; onPageShowsPaper: (tabId: number) => void; sync: SyncEngine },
): void {
  const { answer } = protocolAnswerer(library, {
    extensionId: browser.runtime.id,
    announceBookmarksChanged: () => announceBookmarksChanged(),
    paperInTab,
    onPageShowsPaper,
    setSyncEnabled: (enabled) => sync.setEnabled(enabled),
    clearExtensionStorage: () => browser.storage.local.clear(),
  });
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender, sendResponse: (response: unknown) => void) => {
    if (!isWireMessage(message)) return false;
    Promise.resolve()
      .then(() => answer(message.type as Parameters<typeof answer>[0], message.data, sender))
      .then(
        (res) => sendResponse({ res }),
        (error: Error) => sendResponse({ err: { name: error.name, message: error.message, stack: error.stack ?? '' } }),
      );
    return true;
  });
}

function isWireMessage(message: unknown): message is WireMessage {
  return typeof message === 'object' && message !== null && typeof (message as WireMessage).type === 'string' && typeof (message as WireMessage).timestamp === 'number';
}
