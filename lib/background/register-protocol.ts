/** Connects the protocol's answers to the browser: message listeners and bookmark change announcements. */
import { browser } from 'wxt/browser';
import { announceBookmarksChanged } from '../bookmark-events';
import type { Library } from '../library/library';
import { onMessage } from '../messaging/protocol';
import { protocolAnswerer } from './serve-protocol';
import type { TabPaperFinder } from './tab-paper';

/**
 * Registers a listener for every background message type.
 *
 * @example
 * registerProtocol(library, browserTabPaperFinder(library), (tabId) => void badge.update(tabId));
 */
export function registerProtocol(library: Library, paperInTab: TabPaperFinder, onPageShowsPaper: (tabId: number) => void): void {
  const { types, answer } = protocolAnswerer(library, {
    extensionId: browser.runtime.id,
    announceBookmarksChanged: () => announceBookmarksChanged(),
    paperInTab,
    onPageShowsPaper,
  });
  for (const type of types) onMessage(type, (message) => answer(type, message.data, message.sender));
}
