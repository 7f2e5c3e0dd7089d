/** A `SendMessage` answered by a real library over fake IndexedDB, for testing views without a browser. */
import { protocolAnswerer } from '../../lib/background/serve-protocol';
import { SidenoteDatabase } from '../../lib/db/database';
import { Library } from '../../lib/library/library';
import type { SendMessage } from '../../lib/messaging/protocol';
import { answerOverPort, portMessenger } from '../../lib/messaging/protocol-port';
import type { Paper } from '../../lib/paper';
import { bundledCatalogueText } from './catalogue';
import { portPair } from './port-pair';

/**
 * The protocol as views see it, with a real library behind it: `send` asks it directly, `sendOverPort` over an
 * in-memory port, as the popup does. `tabPapers` says which paper each tab shows; `announcements` counts bookmark
 * change notices; a different `profile` is another browser profile's database.
 */
export function libraryProtocol(tabPapers: Record<number, Paper> = {}, profile = 'sidenote') {
  const library = new Library(new SidenoteDatabase(profile), () => Promise.resolve(bundledCatalogueText));
  let announcements = 0;
  const { answer, reply } = protocolAnswerer(library, {
    extensionId: 'sidenote',
    paperInTab: async (tabId) => tabPapers[tabId] ?? null,
    announceBookmarksChanged: async () => void (announcements += 1),
    onPageShowsPaper: () => {},
    setSyncEnabled: async (enabled) => ({ enabled, lastSyncAt: null, syncedCount: 0, notSyncedCount: 0 }),
    clearExtensionStorage: () => browser.storage.local.clear(),
  });
  const popup = { id: 'sidenote', url: 'chrome-extension://sidenote/popup.html' };
  const send = ((type: Parameters<typeof answer>[0], data: unknown) => answer(type, data, popup)) as SendMessage;
  const sendOverPort = portMessenger(() => {
    const { view, worker } = portPair();
    answerOverPort(worker, (message) => reply(message, popup));
    return view;
  });
  return { send, sendOverPort, library, announcements: () => announcements };
}
