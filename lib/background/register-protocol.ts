/** Connects the protocol's answers to the browser: message listeners, tabs, and bookmark change announcements. */
import { browser } from 'wxt/browser';
import { announceBookmarksChanged } from '../bookmark-events';
import type { Library } from '../library/library';
import { onMessage, sendMessage } from '../messaging/protocol';
import { protocolAnswerer } from './serve-protocol';
import { paperInTab } from './tab-paper';

/**
 * Registers a listener for every background message type.
 *
 * @example
 * registerProtocol(library);
 */
export function registerProtocol(library: Library): void {
  const { types, answer } = protocolAnswerer(library, {
    extensionId: browser.runtime.id,
    announceBookmarksChanged: () => announceBookmarksChanged(),
    paperInTab: (tabId) =>
      paperInTab(tabId, {
        askContentScript: (id) => sendMessage('pagePaper', undefined, id),
        tabUrl: async (id) => (await browser.tabs.get(id)).url,
        paperByKey: (key) => library.paperByKey(key),
      }),
  });
  for (const type of types) onMessage(type, (message) => answer(type, message.data, message.sender));
}
