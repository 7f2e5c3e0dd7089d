/** Answers the message protocol in the background worker: checks sender and shape, then asks the library. */
import type { Library } from '../library/library';
import type { Paper } from '../paper';
import type { SyncStatus } from '../sync/engine';
import type { ProtocolMap } from '../messaging/protocol';
import { rejection, type WireMessage, type WireReply } from '../messaging/protocol-port';
import { assertSenderMayAsk, MessageRejected, validateMessage } from '../messaging/validate';

const DEFAULT_RELATED = 5;
const DEFAULT_RESULTS = 20;

/** The browser-facing parts the handlers need, passed in so tests can supply plain functions. */
export interface ProtocolEnvironment {
  extensionId: string;
  paperInTab(tabId: number): Promise<Paper | null>;
  announceBookmarksChanged(): Promise<void>;
  /** A tab's content script found (another) paper: the toolbar's state for that tab may change. */
  onPageShowsPaper(tabId: number): void;
  setSyncEnabled(enabled: boolean): Promise<SyncStatus>;
  /** Forgets settings, backup and sync state kept in extension storage. */
  clearExtensionStorage(): Promise<void>;
}

/** Who sent a message, as the browser reports it. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

type BackgroundType = Exclude<keyof ProtocolMap, 'pagePaper'>;
type Handler<Type extends BackgroundType> = (
  data: Parameters<ProtocolMap[Type]>[0],
  sender: Sender,
) => Promise<ReturnType<ProtocolMap[Type]>>;

/**
 * One function per background message type; `answer` wraps each with the sender and shape checks.
 *
 * @example
 * const { answer, reply } = protocolAnswerer(library, env);
 * await answer('search', { query: 'bert' }, sender);
 * await reply({ id: 1, type: 'search', data: { query: 'bert' }, timestamp: Date.now() }, sender); // { res: [...] }
 */
export function protocolAnswerer(library: Library, env: ProtocolEnvironment) {
  /** Passes a result through once every open view has been told that bookmarks changed. */
  const announced = async <Result>(result: Result): Promise<Result> => {
    await env.announceBookmarksChanged();
    return result;
  };
  const handlers: { [Type in BackgroundType]: Handler<Type> } = {
    relatedPapers: ({ paper, limit }) => library.related(paper, limit ?? DEFAULT_RELATED),
    search: ({ query, limit }) => library.search(query, limit ?? DEFAULT_RESULTS),
    toggleBookmark: async ({ paper }) => announced(await library.toggleBookmark(paper)),
    listBookmarks: ({ filter, offset, limit }) => library.listBookmarks(filter, { offset: offset ?? 0, limit: limit ?? Infinity }),
    updateBookmark: async ({ key, patch }) => announced(await library.updateBookmark(key, patch)),
    renameTag: async ({ from, to }) => announced({ changed: await library.renameTag(from, to) }),
    exportLibrary: () => library.exportLibrary(),
    setSyncEnabled: ({ enabled }) => env.setSyncEnabled(enabled),
    deleteAllData: async () => {
      await env.clearExtensionStorage();
      // After the clear, which also forgot that sync was off: nothing may come back from other devices.
      await env.setSyncEnabled(false);
      await library.deleteAll();
      await env.announceBookmarksChanged();
    },
    importBookmarks: async ({ bookmarks }) => {
      await library.putBookmarks(bookmarks);
      return announced({ imported: bookmarks.length });
    },
    paperByKey: ({ key }) => library.paperByKey(key),
    bookmarkState: ({ keys }) => library.bookmarkState(keys),
    listingMarks: ({ keys }) => library.listingMarks(keys),
    rememberPaper: ({ paper }) => library.rememberPagePaper(paper),
    tabPaper: ({ tabId }) => env.paperInTab(tabId),
    listPacks: () => library.listPacks(),
    beginPackImport: (pack) => library.beginPackImport(pack),
    addPackPapers: ({ packId, papers }) => library.addPackPapers(packId, papers),
    // Bookmarked papers may have joined or left the catalogue: views re-read their marks.
    finishPackImport: async ({ packId, skipped }) => announced(await library.finishPackImport(packId, { skipped })),
    removePack: async ({ packId }) => announced(await library.removePack(packId)),
    pageShowsPaper: async ({ paper }, sender) => {
      if (await library.completeBookmark(paper)) await env.announceBookmarksChanged();
      if (sender.tab?.id !== undefined) env.onPageShowsPaper(sender.tab.id);
    },
  };

  /** Answers `type`; unknown types, and names every object inherits such as `constructor`, are rejected. */
  const answer = <Type extends BackgroundType>(type: Type, data: unknown, sender: Sender | undefined) => {
    if (!Object.hasOwn(handlers, type)) throw new MessageRejected(`unknown message type: ${String(type)}`);
    assertSenderMayAsk(type, sender, env.extensionId);
    return handlers[type](validateMessage(type, data), sender!);
  };
  return {
    types: Object.keys(handlers) as BackgroundType[],
    answer,
    /** Answers a message in the wire format, with its result or the error it raised. */
    reply: (message: WireMessage, sender: Sender | undefined): Promise<WireReply> =>
      Promise.resolve()
        .then(() => answer(message.type as BackgroundType, message.data, sender))
        .then((res) => ({ res }), rejection),
  };
}
